import type { Quantity } from '../extract/quantity.js';
import type { ClaimContext } from './context.js';
import type { Claim } from './model.js';
export declare function readDurations(context: ClaimContext): Claim[];
/** Days against hours ("2.5 days (60 h)"), weeks against days ("3 weeks (21 days)"): a day or a week may be a working one. */
export declare function calendarPair(a: Quantity, b: Quantity): boolean;
