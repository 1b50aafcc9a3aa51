import { type Metric } from '../model.js';
/** lcov.info, read line by line: the LF/LH, FNF/FNH and BRF/BRH summaries of every record, added up. */
export declare function parseLcov(file: string): Promise<Metric[]>;
