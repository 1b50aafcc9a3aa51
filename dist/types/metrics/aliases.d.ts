export declare const COVERAGE: {
    lines: string[];
    statements: string[];
    functions: string[];
    branches: string[];
};
export declare const TESTS: {
    total: string[];
    passed: string[];
    failed: string[];
    errors: string[];
    skipped: string[];
    passRate: string[];
};
export declare const LOAD: {
    p50: string[];
    p90: string[];
    p95: string[];
    p99: string[];
    average: string[];
    max: string[];
    errorRate: string[];
    requests: string[];
    throughput: string[];
    errors: string[];
    iterations: string[];
    vus: string[];
};
