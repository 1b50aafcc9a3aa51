import type { FileResult, Severity } from './model.js';
import type { Metric } from './metrics/model.js';
import { type EffectiveConfig } from './config/effective.js';
export interface CheckOptions {
    /** Name used in findings; defaults to "<input>". */
    file?: string;
    /** Severity per rule id, or 'off' (applied over `config`). */
    rules?: Record<string, Severity | 'off'>;
    /** Measurements to check claims against (see loadMetrics). */
    metrics?: Metric[];
    /** Configuration in force for this file (see ConfigResolver); the report's front matter applies over it. */
    config?: EffectiveConfig;
    /** Report recount-disable directives that suppressed nothing (rule id "directive", warning). */
    reportUnusedDisable?: boolean;
    /** Also return every claim read, with its reading, scope and verdict, as `claimList`. */
    listClaims?: boolean;
}
/** How many characters of Markdown this process has checked: the compiled-code cache's measure of a run's reach. */
export declare function charactersCheckedSoFar(): number;
/**
 * Checks one Markdown report and returns its findings and claim counts. Throws ConfigError when the
 * report's front matter `recount:` block is invalid.
 */
export declare function check(markdown: string, options?: CheckOptions): FileResult;
