import { z } from '../schema-zod.js';
import type { ConfigFile } from './config-file.js';
export declare const RULE_IDS: string[];
export declare const SeverityOrOff: import("zod/mini").ZodMiniEnum<{
    error: "error";
    warning: "warning";
    notice: "notice";
    off: "off";
}>;
export type { ConfigFile } from './config-file.js';
/** The schema of a configuration file (and of a report's `recount:` front matter). */
export declare const configSchema: () => import("zod/mini").ZodMiniObject<{
    rules: import("zod/mini").ZodMiniOptional<import("zod/mini").ZodMiniObject<{
        [x: string]: import("zod/mini").ZodMiniOptional<import("zod/mini").ZodMiniUnion<readonly [import("zod/mini").ZodMiniEnum<{
            error: "error";
            warning: "warning";
            notice: "notice";
            off: "off";
        }>, import("zod/mini").ZodMiniObject<{
            severity: import("zod/mini").ZodMiniOptional<import("zod/mini").ZodMiniEnum<{
                error: "error";
                warning: "warning";
                notice: "notice";
                off: "off";
            }>>;
            ignore: import("zod/mini").ZodMiniOptional<import("zod/mini").ZodMiniArray<import("zod/mini").ZodMiniString<string>>>;
        }, z.core.$strict>]>>;
    }, z.core.$strict>>;
    rounding: import("zod/mini").ZodMiniOptional<import("zod/mini").ZodMiniEnum<{
        any: "any";
        "half-up": "half-up";
        "half-even": "half-even";
        truncate: "truncate";
    }>>;
    tolerance: import("zod/mini").ZodMiniOptional<import("zod/mini").ZodMiniNumber<number>>;
    approximate: import("zod/mini").ZodMiniOptional<import("zod/mini").ZodMiniNumber<number>>;
    include: import("zod/mini").ZodMiniOptional<import("zod/mini").ZodMiniArray<import("zod/mini").ZodMiniString<string>>>;
    exclude: import("zod/mini").ZodMiniOptional<import("zod/mini").ZodMiniArray<import("zod/mini").ZodMiniString<string>>>;
    codeBlocks: import("zod/mini").ZodMiniOptional<import("zod/mini").ZodMiniEnum<{
        never: "never";
        auto: "auto";
        always: "always";
    }>>;
    aliases: import("zod/mini").ZodMiniOptional<import("zod/mini").ZodMiniRecord<import("zod/mini").ZodMiniString<string>, import("zod/mini").ZodMiniArray<import("zod/mini").ZodMiniString<string>>>>;
    changeBase: import("zod/mini").ZodMiniOptional<import("zod/mini").ZodMiniRecord<import("zod/mini").ZodMiniString<string>, import("zod/mini").ZodMiniEnum<{
        higher: "higher";
        lower: "lower";
    }>>>;
}, z.core.$strict>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type ConfigFileMatchesSchema = Assert<Same<ConfigFile, z.infer<ReturnType<typeof configSchema>>>>;
export declare const topLevelKeys: () => string[];
export declare const ruleOptionKeys: () => string[];
