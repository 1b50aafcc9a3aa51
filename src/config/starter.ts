/** Where the JSON Schema of .recount.yml lies once recount is installed (editors read the first line). */
export const SCHEMA_COMMENT = '# yaml-language-server: $schema=./node_modules/recount/schema/recount.schema.json'

/**
 * The starter file `recount --init` writes. Every setting is a commented-out example, so the file
 * changes nothing until a line is uncommented: the defaults stay in force. Prose comments start
 * with "# " and a capital or a backquote; examples are YAML after "# ".
 */
export const STARTER_CONFIG = `${SCHEMA_COMMENT}
# recount configuration. recount uses the nearest .recount.yml (or .recount.yaml, .recount.json)
# from a report's directory up to the repository root; \`recount --config FILE\` overrides it.
# A report's YAML front matter may set the same keys under \`recount:\` for that file alone.
# Every line below is an example: uncomment what you need. \`recount --print-config FILE\` shows
# what is in force for a report.

# Severity per rule: off, notice, warning or error. A rule may also take { severity, ignore }, where
# ignore lists labels the rule leaves alone (conflicting-values, metric-mismatch).
# rules:
#   list-count: warning
#   conflicting-values: { severity: warning, ignore: ["duration"] }

# How a stated number may have been rounded: half-up (the default; truncation is accepted too),
# half-even (truncation accepted too), truncate (only), any (either direction).
# rounding: half-up

# Extra slack, in percentage points, for percentages (default 0: none).
# tolerance: 0.5

# How much "~" / "about" widens a number, as a fraction of it (default 0.1: 10%).
# approximate: 0.1

# Which files directories and globs pick up (files named on the command line are always checked).
# include: ["docs/reports/**"]
# exclude:
#   - "CHANGELOG.md"
#   - "docs/archive/**"

# Fenced code blocks: auto (the default: read those that hold plain status text, never code),
# always, never.
# codeBlocks: auto

# More labels for a metric name, shared by metric-mismatch and conflicting-values.
# aliases:
#   p95_latency: ["response time p95", "p95 response time"]

# Which way is better for a metric, when "improvement" is written without a sign.
# changeBase:
#   queue depth: lower
`
