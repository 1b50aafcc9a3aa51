import { MetricsError, type Metric, type MetricsFormat } from './model.js';
export interface LoadedMetrics {
    metrics: Metric[];
    /** Files that could not be read or parsed, each naming the file and the place. */
    errors: MetricsError[];
}
/**
 * recount, coverage-summary, k6 and autocannon files are parsed whole, as one string: larger ones
 * are refused (they are kilobytes in practice; a string cannot pass about 512 MB in V8 at all).
 * JUnit, lcov, Prometheus and large coverage-final files are streamed and have no such limit.
 */
export declare const MAX_WHOLE_METRICS_BYTES: number;
export declare function parseMetricsFile(file: string, forced?: MetricsFormat): Promise<Metric[]>;
/** Loads every metrics file the paths and globs name; a bad file is an error for that file only. */
export declare function loadMetrics(patterns: string[], forced?: MetricsFormat): Promise<LoadedMetrics>;
