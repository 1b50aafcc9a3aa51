import type { Dimension } from '../extract/units.js';
/** Where a measured value came from: "coverage/coverage-summary.json" and "total.lines.pct". */
export interface MetricSource {
    file: string;
    path: string;
}
/**
 * One measured value from a metrics file. `value` is in the dimension's base unit, as quantities
 * in reports are (percent for %, seconds for durations); `unitless` values compare with the number
 * a report writes, whatever its unit.
 */
export interface Metric {
    name: string;
    aliases: string[];
    value: number;
    dimension: Dimension | 'unitless';
    /** How to write the value in a message ("84.31%", "168 ms"). */
    display: string;
    source: MetricSource;
    /** True when the file says this is a target, not a measurement. */
    target?: boolean;
}
export declare class MetricsError extends Error {
    readonly file: string;
    readonly place: string | null;
    constructor(file: string, place: string | null, detail: string);
}
export type MetricsFormat = 'recount' | 'junit' | 'coverage-summary' | 'coverage-final' | 'lcov' | 'k6' | 'autocannon' | 'prometheus';
export declare const METRICS_FORMATS: MetricsFormat[];
