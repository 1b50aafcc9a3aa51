export { check, type CheckOptions } from './check-markdown.js';
export type { Finding, FileResult, ClaimCounts, ClaimView, Severity, Place } from './model.js';
export { RULES } from './check/rules/index.js';
export { parseMarkdown } from './parse/markdown.js';
export { loadMetrics } from './metrics/load.js';
export { ConfigResolver, type EffectiveConfig } from './config/resolve.js';
export { ConfigError } from './config/load.js';
export type { Metric, MetricSource, MetricsFormat } from './metrics/model.js';
