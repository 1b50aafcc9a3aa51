import type { Metric } from './model.js';
/** Builds metrics with a consistent display and source; parsers only say what they measured. */
export declare class MetricList {
    readonly file: string;
    readonly metrics: Metric[];
    constructor(file: string);
    private source;
    private checkNumber;
    count(name: string, aliases: string[], path: string, value: unknown): number;
    /** A share in percent (0–100). */
    percent(name: string, aliases: string[], path: string, value: unknown): void;
    /** A rate between 0 and 1, reported as a percentage ("0.0002" is 0.02%). */
    rate(name: string, aliases: string[], path: string, value: unknown): void;
    /** A duration given in milliseconds. */
    milliseconds(name: string, aliases: string[], path: string, value: unknown): void;
    perSecond(name: string, aliases: string[], path: string, value: unknown): void;
    add(metric: Omit<Metric, 'source'> & {
        path: string;
    }): void;
}
