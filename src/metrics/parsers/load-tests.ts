import { MetricList } from '../build.js'
import { LOAD } from '../aliases.js'
import { MetricsError, type Metric } from '../model.js'
import { at, parseJson } from '../json-source.js'

/**
 * k6 results: the `--summary-export` file (values on the metric: `http_req_duration.p(95)`) and the
 * JSON a `handleSummary` writes (values under `.values`). Durations are milliseconds; `http_req_failed`
 * is a rate between 0 and 1.
 */
export function parseK6(file: string, text: string): Metric[] {
  const json = parseJson(file, text)
  const metrics = at(json, 'metrics')
  if (!metrics || typeof metrics !== 'object') throw new MetricsError(file, null, 'not a k6 summary: no "metrics" object')
  const list = new MetricList(file)
  const value = (metric: string, key: string): [string, unknown] | null => {
    for (const path of [`metrics.${metric}.values.${key}`, `metrics.${metric}.${key}`]) {
      const found = pick(json, path)
      if (found !== undefined) return [path, found]
    }
    return null
  }
  const durations: Array<[keyof typeof LOAD, string]> = [['p50', 'med'], ['p90', 'p(90)'], ['p95', 'p(95)'], ['p99', 'p(99)'], ['average', 'avg'], ['max', 'max']]
  for (const [name, key] of durations) {
    const found = value('http_req_duration', key)
    if (found) list.milliseconds(`http_req_duration ${key}`, LOAD[name], found[0], found[1])
  }
  const failed = value('http_req_failed', 'rate') ?? value('http_req_failed', 'value')
  if (failed) list.rate('http_req_failed', LOAD.errorRate, failed[0], failed[1])
  const requests = value('http_reqs', 'count')
  if (requests) list.count('http_reqs', LOAD.requests, requests[0], requests[1])
  const rate = value('http_reqs', 'rate')
  if (rate) list.perSecond('http_reqs rate', LOAD.throughput, rate[0], rate[1])
  const iterations = value('iterations', 'count')
  if (iterations) list.count('iterations', LOAD.iterations, iterations[0], iterations[1])
  const vus = value('vus_max', 'max') ?? value('vus_max', 'value')
  if (vus) list.count('vus_max', LOAD.vus, vus[0], vus[1])
  if (list.metrics.length === 0) throw new MetricsError(file, 'metrics', 'a k6 summary without http_req_duration, http_req_failed, http_reqs, iterations or vus_max')
  return list.metrics
}

/** k6 keys contain dots and parentheses ("p(95)"), so paths are split only on the first segments. */
function pick(json: unknown, path: string): unknown {
  const [, metric, ...rest] = path.split('.')
  const base = at(json, `metrics.${metric}`)
  if (base === undefined || base === null) return undefined
  const key = rest.join('.')
  if (key.startsWith('values.')) return (at(base, 'values') as Record<string, unknown> | undefined)?.[key.slice(7)]
  return (base as Record<string, unknown>)[key]
}

/** autocannon `--json`: latency in milliseconds, request totals and averages, errors and non-2xx responses. */
export function parseAutocannon(file: string, text: string): Metric[] {
  const json = parseJson(file, text)
  if (at(json, 'latency') === undefined || at(json, 'requests') === undefined) throw new MetricsError(file, null, 'not an autocannon result: no "latency" and "requests"')
  const list = new MetricList(file)
  const durations: Array<[keyof typeof LOAD, string]> = [['p50', 'p50'], ['p90', 'p90'], ['p99', 'p99'], ['average', 'average'], ['max', 'max']]
  for (const [name, key] of durations) if (at(json, `latency.${key}`) !== undefined) list.milliseconds(`latency ${key}`, LOAD[name], `latency.${key}`, at(json, `latency.${key}`))
  const total = list.count('requests total', LOAD.requests, 'requests.total', at(json, 'requests.total'))
  list.perSecond('requests average', LOAD.throughput, 'requests.average', at(json, 'requests.average'))
  const errors = list.count('errors', LOAD.errors, 'errors', at(json, 'errors') ?? 0)
  const non2xx = list.count('non2xx', ['non 2xx responses', 'non-2xx responses'], 'non2xx', at(json, 'non2xx') ?? 0)
  const attempts = total + errors
  if (attempts > 0) list.percent('error rate', LOAD.errorRate, '(errors + non2xx) / (requests.total + errors)', Math.min(100, ((errors + non2xx) / attempts) * 100))
  return list.metrics
}
