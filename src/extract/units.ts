// Units a report writes after a number, and how they convert. Durations are kept in seconds,
// sizes in bytes, so "2 hours 15 minutes" and "135 min" compare equal.

export type Dimension = 'percent' | 'points' | 'duration' | 'size' | 'throughput' | 'multiplier' | 'money' | 'count'

export interface UnitInfo {
  dimension: Dimension
  /** Factor to the dimension's base unit. */
  factor: number
  /** How to write it back in a message. */
  symbol: string
}

const DURATIONS: Array<[RegExp, number, string]> = [
  [/^(?:ns|nanoseconds?)$/i, 1e-9, 'ns'],
  [/^(?:µs|μs|us|microseconds?)$/i, 1e-6, 'µs'],
  [/^(?:ms|msec|msecs|millis|milliseconds?)$/i, 1e-3, 'ms'],
  [/^(?:s|sec|secs|seconds?)$/i, 1, 's'],
  [/^(?:m|min|mins|minutes?)$/i, 60, 'min'],
  [/^(?:h|hr|hrs|hours?)$/i, 3600, 'h'],
  [/^(?:d|days?)$/i, 86400, 'days'],
  [/^(?:w|wk|wks|weeks?)$/i, 604800, 'weeks']
]

const SIZES: Array<[RegExp, number, string]> = [
  [/^(?:B|bytes?)$/, 1, 'B'],
  [/^(?:KB|kB|KiB)$/, 1024, 'KB'],
  [/^(?:MB|MiB)$/, 1024 ** 2, 'MB'],
  [/^(?:GB|GiB)$/, 1024 ** 3, 'GB'],
  [/^(?:TB|TiB)$/, 1024 ** 4, 'TB']
]

/** Sizes are read in binary units (1 KB = 1024 B); a report may mean decimal ones (1 KB = 1000 B). */
export function decimalSizeRatio(symbol: string | null): number {
  const power = ['B', 'KB', 'MB', 'GB', 'TB'].indexOf(symbol ?? '')
  return power <= 0 ? 1 : 1000 ** power / 1024 ** power
}

export const UNIT_PATTERN =
  'percentage points?|percent|pp|p\\.p\\.|%|' +
  'req(?:uests)?/s(?:ec)?|rps|RPS|qps|QPS|ops/s(?:ec)?|tps|TPS|' +
  'nanoseconds?|microseconds?|milliseconds?|millis|msecs?|ms|µs|μs|us|ns|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|hr|h|days?|d|weeks?|wks?|wk|w|' +
  'bytes?|KiB|MiB|GiB|TiB|KB|kB|MB|GB|TB|B|×|x|X'

export function unitInfo(raw: string): UnitInfo | null {
  if (raw === '%' || /^percent$/i.test(raw)) return { dimension: 'percent', factor: 1, symbol: '%' }
  if (/^(?:pp|p\.p\.|percentage points?)$/i.test(raw)) return { dimension: 'points', factor: 1, symbol: ' pp' }
  if (/^(?:req(?:uests)?\/s(?:ec)?|rps|qps|ops\/s(?:ec)?|tps)$/i.test(raw)) return { dimension: 'throughput', factor: 1, symbol: ' req/s' }
  if (/^[×xX]$/.test(raw)) return { dimension: 'multiplier', factor: 1, symbol: '×' }
  for (const [pattern, factor, symbol] of DURATIONS) if (pattern.test(raw)) return { dimension: 'duration', factor, symbol }
  for (const [pattern, factor, symbol] of SIZES) if (pattern.test(raw)) return { dimension: 'size', factor, symbol }
  return null
}

export const MAGNITUDES: Record<string, number> = {
  k: 1e3, K: 1e3, thousand: 1e3, M: 1e6, million: 1e6, mn: 1e6, B: 1e9, bn: 1e9, billion: 1e9
}

const WORD_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']
export const WORD_NUMBER_VALUES: Record<string, number> = Object.fromEntries(WORD_NUMBERS.map((w, i) => [w, i]))

/** Writes a duration in seconds the way a person would ("2 h 15 min", "240 ms"). */
export function formatDuration(seconds: number): string {
  if (seconds !== 0 && seconds < 1e-6) return `${trimNumber(seconds * 1e9)} ns`
  if (seconds !== 0 && seconds < 1e-3) return `${trimNumber(seconds * 1e6)} µs`
  if (seconds < 1) return `${trimNumber(seconds * 1000)} ms`
  if (seconds < 120) return `${trimNumber(seconds)} s`
  if (seconds < 7200) return `${trimNumber(seconds / 60)} min`
  const hours = Math.floor(seconds / 3600)
  const minutes = Math.round((seconds - hours * 3600) / 60)
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`
}

export function trimNumber(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return String(value)
  return trimZeros(value.toFixed(digits))
}

/** "87.50" → "87.5", "12.00" → "12", "120" stays (a scan: a regular expression backtracks on long runs of zeros). */
export function trimZeros(text: string): string {
  if (!text.includes('.')) return text
  let end = text.length
  while (text[end - 1] === '0') end--
  if (text[end - 1] === '.') end--
  return text.slice(0, end)
}
