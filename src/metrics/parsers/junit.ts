import { createReadStream } from 'node:fs'
import { SaxesParser } from 'saxes'
import { MetricList } from '../build.js'
import { TESTS } from '../aliases.js'
import { MetricsError, type Metric } from '../model.js'

interface Counts {
  tests: number
  failures: number
  errors: number
  skipped: number
}

const zero = (): Counts => ({ tests: 0, failures: 0, errors: 0, skipped: 0 })

/** Counts as an element's attributes state them; an attribute left out is null, not zero. */
type Declared = { [K in keyof Counts]: number | null }

/**
 * JUnit XML (jest-junit, pytest --junitxml, Maven Surefire), read as a stream. Totals come from the
 * <testsuites> attributes when present, else from the suites, else from counting <testcase>s.
 */
export async function parseJunit(file: string): Promise<Metric[]> {
  const parser = new SaxesParser({ fileName: file, position: true })
  const suites: Array<{ name: string; declared: Declared | null; counted: Counts }> = []
  let root: string | null = null
  let rootDeclared: Declared | null = null
  let inCase = false
  let caseOutcome: keyof Counts | null = null
  let error: Error | null = null

  const declared = (attributes: Record<string, string>, element: string): Declared | null => {
    if (attributes.tests === undefined) return null
    const read = (name: string) => {
      const raw = attributes[name]
      if (raw === undefined || raw === '') return null
      const n = Number(raw)
      if (!Number.isInteger(n) || n < 0) throw new MetricsError(file, `${parser.line}:${parser.column}`, `<${element} ${name}="${raw}">: expected a whole number of tests, not negative`)
      return n
    }
    const skipped = read('skipped')
    const disabled = read('disabled')
    return { tests: read('tests'), failures: read('failures'), errors: read('errors'), skipped: skipped === null && disabled === null ? null : (skipped ?? 0) + (disabled ?? 0) }
  }

  parser.on('opentag', (tag) => {
    const attributes = tag.attributes as Record<string, string>
    if (root === null) {
      root = tag.name
      if (root !== 'testsuites' && root !== 'testsuite') throw new MetricsError(file, `${parser.line}:${parser.column}`, `not a JUnit XML file: the root element is <${root}>, expected <testsuites> or <testsuite>`)
      if (root === 'testsuites') rootDeclared = declared(attributes, root)
    }
    if (tag.name === 'testsuite') suites.push({ name: attributes.name ?? `suite ${suites.length + 1}`, declared: declared(attributes, 'testsuite'), counted: zero() })
    else if (tag.name === 'testcase') {
      inCase = true
      caseOutcome = null
    } else if (inCase && (tag.name === 'failure' || tag.name === 'error' || tag.name === 'skipped')) {
      caseOutcome = tag.name === 'failure' ? 'failures' : tag.name === 'error' ? 'errors' : 'skipped'
    }
  })
  parser.on('closetag', (tag) => {
    if (tag.name !== 'testcase') return
    inCase = false
    const suite = suites[suites.length - 1]
    if (!suite) return
    suite.counted.tests++
    if (caseOutcome) suite.counted[caseOutcome]++
  })
  parser.on('error', (e) => {
    error ??= e
  })

  await new Promise<void>((resolve, reject) => {
    const stream = createReadStream(file, { encoding: 'utf8' })
    stream.on('data', (chunk) => {
      try {
        parser.write(chunk as string)
      } catch (e) {
        stream.destroy()
        reject(e)
      }
      if (error) {
        stream.destroy()
        reject(error)
      }
    })
    stream.on('end', () => {
      try {
        parser.close()
        if (error) reject(error)
        else resolve()
      } catch (e) {
        reject(e)
      }
    })
    stream.on('error', reject)
  }).catch((e: unknown) => {
    if (e instanceof MetricsError) throw e
    const message = (e as Error).message
    const place = /:(\d+:\d+): /.exec(message)?.[1] ?? null
    throw new MetricsError(file, place, `invalid XML: ${message.replace(/^.*?:\d+:\d+: /, '')}`)
  })

  if (root === null) throw new MetricsError(file, null, 'not a JUnit XML file: no root element')
  // jest-junit states tests and failures on <testsuites> but skipped only on each <testsuite>:
  // take each count from the root when it states it, else from the suites.
  const suiteCounts = suites.map((s) => resolve(s.declared, s.counted))
  const summed = suiteCounts.reduce(add, zero())
  const totals = rootDeclared ? resolve(rootDeclared, summed) : summed
  const list = new MetricList(file)
  const fromRoot = (field: keyof Counts) => (rootDeclared?.[field] != null ? `testsuites@${field}` : `Σ testsuite@${field}`)
  addCounts(list, totals, '', { tests: fromRoot('tests'), failures: fromRoot('failures'), errors: fromRoot('errors'), skipped: fromRoot('skipped') })
  if (suites.length > 1) {
    suites.forEach((s, i) => {
      const at = (field: keyof Counts) => `testsuite[name="${s.name}"]${s.declared?.[field] != null ? `@${field}` : ` (counted <testcase>s)`}`
      addCounts(list, suiteCounts[i] as Counts, `${s.name} `, { tests: at('tests'), failures: at('failures'), errors: at('errors'), skipped: at('skipped') })
    })
  }
  return list.metrics
}

function resolve(declared: Declared | null, fallback: Counts): Counts {
  if (!declared) return fallback
  return { tests: declared.tests ?? fallback.tests, failures: declared.failures ?? fallback.failures, errors: declared.errors ?? fallback.errors, skipped: declared.skipped ?? fallback.skipped }
}

function add(a: Counts, b: Counts): Counts {
  return { tests: a.tests + b.tests, failures: a.failures + b.failures, errors: a.errors + b.errors, skipped: a.skipped + b.skipped }
}

function addCounts(list: MetricList, c: Counts, prefix: string, from: Record<keyof Counts, string>): void {
  const passed = c.tests - c.failures - c.errors - c.skipped
  if (passed < 0) throw new MetricsError(list.file, from.tests, `failures, errors and skipped (${c.failures + c.errors + c.skipped}) exceed the ${c.tests} tests`)
  const names = (aliases: string[]) => aliases.map((a) => `${prefix}${a}`)
  list.count(`${prefix}tests`, names(TESTS.total), from.tests, c.tests)
  list.count(`${prefix}failures`, names(TESTS.failed), from.failures, c.failures)
  list.count(`${prefix}errors`, names(TESTS.errors), from.errors, c.errors)
  list.count(`${prefix}skipped`, names(TESTS.skipped), from.skipped, c.skipped)
  list.count(`${prefix}passed`, names(TESTS.passed), `tests − failures − errors − skipped (${from.tests})`, passed)
  const executed = c.tests - c.skipped
  if (executed > 0) list.percent(`${prefix}pass rate`, names(TESTS.passRate), `passed / (tests − skipped) (${from.tests})`, (passed / executed) * 100)
}
