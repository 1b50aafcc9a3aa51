import type { ReportDocument } from '../parse/document.js';
import type { TextUnit } from '../parse/text-unit.js';
import type { Tokens } from '../extract/quantity.js';
import type { Policy } from '../check/policy.js';
import type { Claim } from './model.js';
/** What every claim reader gets: the document, its tokens (read once per unit) and the policy in force. */
export interface ClaimContext {
    doc: ReportDocument;
    tokens(unit: TextUnit): Tokens;
    policy: Policy;
}
/** Reads one kind of relation from a document. */
export type ClaimReader = (context: ClaimContext) => Claim[];
