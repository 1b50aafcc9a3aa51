import type { ClaimContext } from './context.js';
import type { Claim } from './model.js';
export declare const CHANGE_HEADER: RegExp;
/** A word that names a number as a change ("95% reduction", "42% faster"). */
export declare const CHANGE_WORD: RegExp;
export declare function readChanges({ doc, tokens }: ClaimContext): Claim[];
