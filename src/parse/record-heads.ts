/**
 * A line whose label names one thing ("File: tests/a.test.ts", "Scenario: Peak load", "Service:
 * api"): the lines after it describe that thing.
 */
export const IDENTITY_FIELD = /^[\s*_]*(?:file|files|name|service|model|component|module|endpoint|dataset|suite|class|function|package|repo|repository|host|node|region|environment|env|scenario|run|test|case|project|branch|commit|version|session|partner|user|customer|client|tenant|device|platform|browser|entity|benchmark|workload|configuration|config|profile)[\s*_]*:/i
