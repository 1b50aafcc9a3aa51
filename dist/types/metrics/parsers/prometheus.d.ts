import { type Metric } from '../model.js';
/**
 * A Prometheus text-exposition snapshot. Each unlabelled sample becomes a metric named as the
 * series ("http_requests_total", also "http requests total"); the unit follows the name's suffix
 * (_seconds, _ratio, _percent, _bytes), otherwise the value is compared as written.
 */
export declare function parsePrometheus(file: string): Promise<Metric[]>;
