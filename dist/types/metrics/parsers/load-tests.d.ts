import { type Metric } from '../model.js';
/**
 * k6 results: the `--summary-export` file (values on the metric: `http_req_duration.p(95)`) and the
 * JSON a `handleSummary` writes (values under `.values`). Durations are milliseconds; `http_req_failed`
 * is a rate between 0 and 1.
 */
export declare function parseK6(file: string, text: string): Metric[];
/** autocannon `--json`: latency in milliseconds, request totals and averages, errors and non-2xx responses. */
export declare function parseAutocannon(file: string, text: string): Metric[];
