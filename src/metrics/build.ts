import { trimNumber } from '../extract/units.js'
import type { Metric, MetricSource } from './model.js'
import { MetricsError } from './model.js'

/** Builds metrics with a consistent display and source; parsers only say what they measured. */
export class MetricList {
  readonly metrics: Metric[] = []

  constructor(readonly file: string) {}

  private source(path: string): MetricSource {
    return { file: this.file, path }
  }

  private checkNumber(path: string, value: unknown): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new MetricsError(this.file, path, `expected a number, got ${JSON.stringify(value)}`)
    return value
  }

  count(name: string, aliases: string[], path: string, value: unknown): number {
    const n = this.checkNumber(path, value)
    if (n < 0) throw new MetricsError(this.file, path, `a count cannot be negative (${n})`)
    this.metrics.push({ name, aliases, value: n, dimension: 'count', display: trimNumber(n, 4), source: this.source(path) })
    return n
  }

  /** A share in percent (0–100). */
  percent(name: string, aliases: string[], path: string, value: unknown): void {
    const n = this.checkNumber(path, value)
    if (n < 0 || n > 100) throw new MetricsError(this.file, path, `a percentage must lie between 0 and 100, got ${n}`)
    this.metrics.push({ name, aliases, value: n, dimension: 'percent', display: `${trimNumber(n, 4)}%`, source: this.source(path) })
  }

  /** A rate between 0 and 1, reported as a percentage ("0.0002" is 0.02%). */
  rate(name: string, aliases: string[], path: string, value: unknown): void {
    const n = this.checkNumber(path, value)
    if (n < 0 || n > 1) throw new MetricsError(this.file, path, `a rate must lie between 0 and 1, got ${n}`)
    this.metrics.push({ name, aliases, value: n * 100, dimension: 'percent', display: `${trimNumber(n, 6)} (${trimNumber(n * 100, 4)}%)`, source: this.source(path) })
  }

  /** A duration given in milliseconds. */
  milliseconds(name: string, aliases: string[], path: string, value: unknown): void {
    const n = this.checkNumber(path, value)
    if (n < 0) throw new MetricsError(this.file, path, `a duration cannot be negative (${n})`)
    this.metrics.push({ name, aliases, value: n / 1000, dimension: 'duration', display: `${trimNumber(n, 3)} ms`, source: this.source(path) })
  }

  perSecond(name: string, aliases: string[], path: string, value: unknown): void {
    const n = this.checkNumber(path, value)
    if (n < 0) throw new MetricsError(this.file, path, `a rate cannot be negative (${n})`)
    this.metrics.push({ name, aliases, value: n, dimension: 'throughput', display: `${trimNumber(n, 3)} req/s`, source: this.source(path) })
  }

  add(metric: Omit<Metric, 'source'> & { path: string }): void {
    const { path, ...rest } = metric
    this.metrics.push({ ...rest, source: this.source(path) })
  }
}

