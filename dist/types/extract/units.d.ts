export type Dimension = 'percent' | 'points' | 'duration' | 'size' | 'throughput' | 'multiplier' | 'money' | 'count';
export interface UnitInfo {
    dimension: Dimension;
    /** Factor to the dimension's base unit. */
    factor: number;
    /** How to write it back in a message. */
    symbol: string;
}
/** Sizes are read in binary units (1 KB = 1024 B); a report may mean decimal ones (1 KB = 1000 B). */
export declare function decimalSizeRatio(symbol: string | null): number;
export declare const UNIT_PATTERN: string;
export declare function unitInfo(raw: string): UnitInfo | null;
export declare const MAGNITUDES: Record<string, number>;
export declare const WORD_NUMBER_VALUES: Record<string, number>;
/** Writes a duration in seconds the way a person would ("2 h 15 min", "240 ms"). */
export declare function formatDuration(seconds: number): string;
export declare function trimNumber(value: number, digits?: number): string;
/** "87.50" → "87.5", "12.00" → "12", "120" stays (a scan: a regular expression backtracks on long runs of zeros). */
export declare function trimZeros(text: string): string;
