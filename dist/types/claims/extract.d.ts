import type { ReportDocument } from '../parse/document.js';
import type { TextUnit } from '../parse/text-unit.js';
import type { Tokens } from '../extract/quantity.js';
import type { Policy } from '../check/policy.js';
import type { Claim } from './model.js';
/** parse → claims: every relation the report asserts between its numbers, each read once. */
export declare function extractClaims(doc: ReportDocument, options: {
    tokens(unit: TextUnit): Tokens;
    policy: Policy;
}): Claim[];
