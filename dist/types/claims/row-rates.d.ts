import type { ClaimContext } from './context.js';
import type { Claim } from './model.js';
export declare function readRowRates(context: ClaimContext): Claim[];
