/** The commented starter file `recount --init` writes. */
export const STARTER_CONFIG = `# recount configuration. recount uses the nearest .recount.yml (or .recount.yaml, .recount.json)
# from a report's directory up to the repository root; \`recount --config FILE\` overrides it.
# A report's YAML front matter may set the same keys under \`recount:\` for that file alone.

# Severity per rule: off, notice, warning or error. A rule may also take { severity, ignore }, where
# ignore lists labels the rule leaves alone (conflicting-values, metric-mismatch).
rules:
  ratio-percent: error
  change-percent: error
  sum-total: error
  list-count: error
  conflicting-values: error
  threshold-status: error
  derived-rate: error
  time-arithmetic: error
  impossible-value: error
  aggregate: error
  metric-mismatch: error
  rank-order: error
  # conflicting-values: { severity: warning, ignore: ["duration"] }

# How a stated number may have been rounded: half-up (default; truncation is accepted too),
# half-even (truncation accepted too), truncate (only), any (either direction).
rounding: half-up

# Extra slack, in percentage points, for percentages (0 = none).
tolerance: 0

# How much "~" / "about" widens a number, as a fraction of it (0.1 = 10%).
approximate: 0.1

# Which files directories and globs pick up (files named on the command line are always checked).
include: []
exclude:
  - "node_modules/**"
  - "CHANGELOG.md"

# Fenced code blocks: auto (read those that hold plain status text, never code), always, never.
codeBlocks: auto

# More labels for a metric name, shared by metric-mismatch and conflicting-values.
aliases:
  p95_latency: ["response time p95", "p95 response time"]

# Which way is better for a metric, when "improvement" is written without a sign.
changeBase:
  queue depth: lower
`
