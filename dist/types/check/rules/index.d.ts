import type { Rule } from '../rule.js';
/** Every rule; each verifies the claims of its kinds. */
export declare const RULES: Rule[];
