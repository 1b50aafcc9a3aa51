import type { ClaimContext } from './context.js';
import type { Claim } from './model.js';
export declare function readRankings(context: ClaimContext): Claim[];
