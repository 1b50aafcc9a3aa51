import { type Finding, type Metric, type Severity } from '../index.js';
export interface LinterOptions {
    /** Severity per rule id, or 'off', applied over the configuration. */
    rules?: Record<string, Severity | 'off'>;
    /** A configuration file to use instead of the nearest .recount.yml. */
    config?: string;
    /** Measurements to check claims against (see loadMetrics). */
    metrics?: Metric[];
}
export type FindingsForFile = (text: string, path: string | undefined) => Finding[];
/** Returns a checker that keeps one configuration lookup (cached per directory) across files. */
export declare function checkerForLinter(options?: LinterOptions): FindingsForFile;
/** The page that explains a rule, for linters that link messages to documentation. */
export declare function ruleUrl(rule: string): string | undefined;
