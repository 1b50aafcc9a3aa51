import type { Severity } from '../model.js';
import type { ClaimKind, ClaimOf, Place } from '../claims/model.js';
import type { Metric, MetricSource } from '../metrics/model.js';
import type { Policy } from './policy.js';
export interface RuleMeta<K extends ClaimKind = ClaimKind> {
    id: string;
    description: string;
    /** The severity of a contradiction the text binds tightly; looser claims report lower (see severityFor). */
    severity: Severity;
    /** The kinds of claim this rule verifies. */
    claims: readonly K[];
}
/** A rule verifies claims of its kinds; it never looks for them itself. */
export interface Rule<K extends ClaimKind = ClaimKind> {
    meta: RuleMeta<K>;
    verify(claim: ClaimOf<K>, context: VerifyContext): Verdict;
}
export interface VerifyContext {
    /** Measurements from metrics files (empty when none were given). */
    metrics: Metric[];
    /** Rounding, tolerance and polarity settings from configuration. */
    policy: Policy;
    /** Normalised labels configuration tells this rule to leave alone (`rules.<id>.ignore`). */
    ignoredLabels: Set<string>;
    /** 1-based line of a place, for messages that cite another line. */
    lineOf(place: Place): number;
}
export interface Verified {
    status: 'verified';
    /** The numbers the rule found consistent. */
    checked: Place[];
}
export interface Unverifiable {
    status: 'unverifiable';
    reason: string;
    /** Also tell the author, as a notice at the claim (a claim that matches several metrics). */
    notice?: {
        message: string;
        sources?: MetricSource[];
    };
}
export interface Contradicted {
    status: 'contradicted';
    message: string;
    /** Where to report, when not at the claim's own place (the odd value out of several). */
    at?: Place;
    computed?: string;
    /** Replacement text for the claim's place, only where the stated value is derived from the others. */
    suggestion?: string;
    related?: Place[];
    /** Fields of metrics files the finding is measured against. */
    sources?: MetricSource[];
    /** The highest severity this reading allows (a percentage-point change written with "%"). */
    atMost?: Severity;
}
export type Verdict = Verified | Unverifiable | Contradicted;
export declare const verified: (...checked: Place[]) => Verified;
export declare const unverifiable: (reason: string) => Unverifiable;
/** Places of a claim's quantities, for `verified(...)`. */
export declare function placesOf(unit: Place['unit'], ...spans: Array<{
    start: number;
    end: number;
}>): Place[];
/** Declares a rule over claim kinds K, typed for its own claims and stored with the others. */
export declare function defineRule<K extends ClaimKind>(rule: Rule<K>): Rule;
