import type { ClaimCounts, ClaimView, Finding, Severity } from '../model.js';
import type { ReportDocument } from '../parse/document.js';
import type { Rule } from './rule.js';
import type { Metric } from '../metrics/model.js';
import { type Policy } from './policy.js';
export interface RunOptions {
    file: string;
    rules: Rule[];
    /** Severity per rule id, overriding the rule's default; 'off' disables it. */
    severities?: Record<string, Severity | 'off'>;
    metrics?: Metric[];
    policy?: Policy;
    /** Labels each rule leaves alone, by rule id. */
    ignore?: Record<string, string[]>;
    /** Report recount-disable directives that suppressed nothing. */
    reportUnusedDisable?: boolean;
    /** Also return every claim with its verdict. */
    listClaims?: boolean;
}
export interface RunResult {
    findings: Finding[];
    claims: ClaimCounts;
    claimList?: ClaimView[];
}
/** claims → check: every claim goes to the enabled rule for its kind, and each contradiction becomes a finding. */
export declare function runRules(doc: ReportDocument, options: RunOptions): RunResult;
