import type { ClaimContext } from './context.js';
import type { Claim } from './model.js';
/** Every pattern built here, for the ReDoS check in the test suite. */
export declare const SEQUENCE_PATTERNS: RegExp[];
export declare function readSequenceProgress({ doc, tokens }: ClaimContext): Claim[];
