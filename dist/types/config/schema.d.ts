import { z } from '../schema-zod.js';
import type { ConfigFile } from './config-file.js';
export declare const RULE_IDS: string[];
export declare const SeverityOrOff: z.ZodMiniEnum<{
    error: "error";
    warning: "warning";
    notice: "notice";
    off: "off";
}>;
export declare const ConfigSchema: z.ZodMiniObject<{
    rules: z.ZodMiniOptional<z.ZodMiniObject<{
        [x: string]: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniEnum<{
            error: "error";
            warning: "warning";
            notice: "notice";
            off: "off";
        }>, z.ZodMiniObject<{
            severity: z.ZodMiniOptional<z.ZodMiniEnum<{
                error: "error";
                warning: "warning";
                notice: "notice";
                off: "off";
            }>>;
            ignore: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
        }, z.core.$strict>]>>;
    }, z.core.$strict>>;
    rounding: z.ZodMiniOptional<z.ZodMiniEnum<{
        any: "any";
        "half-up": "half-up";
        "half-even": "half-even";
        truncate: "truncate";
    }>>;
    tolerance: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    approximate: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    include: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
    exclude: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
    codeBlocks: z.ZodMiniOptional<z.ZodMiniEnum<{
        never: "never";
        auto: "auto";
        always: "always";
    }>>;
    aliases: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniArray<z.ZodMiniString<string>>>>;
    changeBase: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniEnum<{
        higher: "higher";
        lower: "lower";
    }>>>;
}, z.core.$strict>;
export type { ConfigFile } from './config-file.js';
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type ConfigFileMatchesSchema = Assert<Same<ConfigFile, z.infer<typeof ConfigSchema>>>;
export declare const TOP_LEVEL_KEYS: string[];
export declare const RULE_OPTION_KEYS: string[];
