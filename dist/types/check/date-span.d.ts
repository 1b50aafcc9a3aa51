import type { DateSpanClaim } from '../claims/model.js';
import type { Verdict, VerifyContext } from './rule.js';
export declare function verifyDateSpan(claim: DateSpanClaim, context: VerifyContext): Verdict;
