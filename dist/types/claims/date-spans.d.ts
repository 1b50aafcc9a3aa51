import type { ClaimContext } from './context.js';
import type { Claim, DateAt } from './model.js';
export declare function readDateSpans(context: ClaimContext): Claim[];
export declare function writtenDate(d: DateAt): string;
