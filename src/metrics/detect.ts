import type { MetricsFormat } from './model.js'

const PROMETHEUS_SAMPLE = /^[a-zA-Z_:][a-zA-Z0-9_:]*(?:\{[^}]*\})?[ \t]+[-+0-9.eE]+(?:[ \t]+\d+)?$/

/** Tells a metrics file's format from its first bytes; null when it is none that recount reads. */
export function detectFormat(head: string): MetricsFormat | null {
  const text = head.replace(/^\uFEFF/, '').trimStart()
  if (text.startsWith('<')) return 'junit'
  if (/^(?:TN|SF):/m.test(text.slice(0, 2000)) && /^SF:/m.test(text)) return 'lcov'
  if (text.startsWith('{')) {
    if (/"statementMap"\s*:/.test(text)) return 'coverage-final'
    if (/^\{\s*"total"\s*:/.test(text) || (/"total"\s*:\s*\{/.test(text) && /"pct"\s*:/.test(text))) return 'coverage-summary'
    if (/"http_req_duration"|"http_req_failed"|"http_reqs"|"vus_max"/.test(text)) return 'k6'
    if (/"latency"\s*:/.test(text) && /"requests"\s*:/.test(text)) return 'autocannon'
    if (/"metrics"\s*:/.test(text)) return 'recount'
    return null
  }
  if (/^metrics\s*:/m.test(text)) return 'recount'
  if (/^# (?:HELP|TYPE) /m.test(text) || text.split('\n').some((line) => PROMETHEUS_SAMPLE.test(line.trim()))) return 'prometheus'
  return null
}
