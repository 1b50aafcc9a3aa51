import { type Severity } from '../model.js';
import type { Binding } from '../claims/model.js';
/** The lowest of the rule's configured severity, the claim's certainty and the verdict's own ceiling. */
export declare function severityFor(configured: Severity, binding: Binding, atMost?: Severity): Severity;
