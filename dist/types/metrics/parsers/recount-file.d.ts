import { z } from '../../schema-zod.js';
import { type Metric } from '../model.js';
export declare const RecountMetricsFileSchema: z.ZodMiniObject<{
    metrics: z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniObject<{
        value: z.ZodMiniNumber<number>;
        unit: z.ZodMiniOptional<z.ZodMiniString<string>>;
        of: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        aliases: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
        target: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
    }, z.core.$strict>]>>;
}, z.core.$strict>;
/** recount's own metrics file, JSON or YAML (YAML is a superset of JSON, so one parser reads both). */
export declare function parseRecountFile(file: string, text: string): Metric[];
