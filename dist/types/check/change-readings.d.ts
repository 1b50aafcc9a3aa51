import type { Quantity } from '../extract/quantity.js';
import { type Policy } from './policy.js';
import type { Operand } from '../claims/operand.js';
export interface ChangeVerdict {
    ok: boolean;
    message?: string;
    computed?: string;
    suggestion?: string;
    /** A reading that may be what the author meant (points written with "%"): at most a warning. */
    atMost?: 'warning';
}
/**
 * The direction a stated change claims: from its sign, else from the words around it
 * ("95% reduction", "42% improvement" of a latency), else unknown (compare magnitudes).
 */
export declare function claimedDirection(change: Quantity, words: string, label: string, policy: Policy): 1 | -1 | 0;
/** Checks one stated change (percent, points, multiplier or signed delta) against before → after. */
export declare function judgeChange(text: string, writtenBefore: Operand, writtenAfter: Operand, change: Quantity, words: string, label: string, policy: Policy): ChangeVerdict | null;
