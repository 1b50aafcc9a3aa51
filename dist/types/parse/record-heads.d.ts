/**
 * A line whose label names one thing ("File: tests/a.test.ts", "Scenario: Peak load", "Service:
 * api"): the lines after it describe that thing.
 */
export declare const IDENTITY_FIELD: RegExp;
