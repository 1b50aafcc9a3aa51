import { type Metric } from '../model.js';
/** Istanbul/nyc/jest `coverage-summary.json`: the `total` block. */
export declare function parseCoverageSummary(file: string, text: string): Metric[];
/**
 * Istanbul `coverage-final.json`, totalled as Istanbul does (a line is covered when a statement
 * starting on it ran). Large files are streamed one source file at a time, so memory stays bounded.
 */
export declare function parseCoverageFinal(file: string): Promise<Metric[]>;
