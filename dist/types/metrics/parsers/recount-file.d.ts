import { z } from '../../schema-zod.js';
import { type Metric } from '../model.js';
export declare const RecountMetricsFileSchema: import("zod/mini").ZodMiniObject<{
    metrics: import("zod/mini").ZodMiniRecord<import("zod/mini").ZodMiniString<string>, import("zod/mini").ZodMiniUnion<readonly [import("zod/mini").ZodMiniNumber<number>, import("zod/mini").ZodMiniObject<{
        value: import("zod/mini").ZodMiniNumber<number>;
        unit: import("zod/mini").ZodMiniOptional<import("zod/mini").ZodMiniString<string>>;
        of: import("zod/mini").ZodMiniOptional<import("zod/mini").ZodMiniNumber<number>>;
        aliases: import("zod/mini").ZodMiniOptional<import("zod/mini").ZodMiniArray<import("zod/mini").ZodMiniString<string>>>;
        target: import("zod/mini").ZodMiniOptional<import("zod/mini").ZodMiniBoolean<boolean>>;
    }, z.core.$strict>]>>;
}, z.core.$strict>;
/** recount's own metrics file, JSON or YAML (YAML is a superset of JSON, so one parser reads both). */
export declare function parseRecountFile(file: string, text: string): Metric[];
