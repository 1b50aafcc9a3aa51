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

/**
 * JUnit XML (jest-junit, pytest --junitxml, Maven Surefire), read as a stream. Totals come from the
 * <testsuites> attributes when present, else from the suites, else from counting <testcase>s.
 */
export async function parseJunit(file: string): Promise<Metric[]> {
  const parser = new SaxesParser({ fileName: file, position: true })
  const suites: Array<{ name: string; declared: Counts | null; counted: Counts }> = []
  let root: string | null = null
  let rootDeclared: Counts | null = null
  let inCase = false
  let caseOutcome: keyof Counts | null = null
  let error: Error | null = null

  const declared = (attributes: Record<string, string>, element: string): Counts | null => {
    if (attributes.tests === undefined) return null
    const read = (name: string) => {
      const raw = attributes[name]
      if (raw === undefined || raw === '') return 0
      const n = Number(raw)
      if (!Number.isInteger(n) || n < 0) throw new MetricsError(file, `${parser.line}:${parser.column}`, `<${element} ${name}="${raw}">: expected a whole number of tests, not negative`)
      return n
    }
    return { tests: read('tests'), failures: read('failures'), errors: read('errors'), skipped: read('skipped') + read('disabled') }
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
  const totals = rootDeclared ?? suites.reduce((sum, s) => add(sum, s.declared ?? s.counted), zero())
  const list = new MetricList(file)
  addCounts(list, totals, '', rootDeclared ? 'testsuites' : 'testsuite (sum)')
  if (suites.length > 1) for (const s of suites) addCounts(list, s.declared ?? s.counted, `${s.name} `, `testsuite[name="${s.name}"]`)
  return list.metrics
}

function add(a: Counts, b: Counts): Counts {
  return { tests: a.tests + b.tests, failures: a.failures + b.failures, errors: a.errors + b.errors, skipped: a.skipped + b.skipped }
}

function addCounts(list: MetricList, c: Counts, prefix: string, where: string): void {
  const passed = c.tests - c.failures - c.errors - c.skipped
  if (passed < 0) throw new MetricsError(list.file, where, `failures, errors and skipped (${c.failures + c.errors + c.skipped}) exceed the ${c.tests} tests`)
  const names = (aliases: string[]) => aliases.map((a) => `${prefix}${a}`)
  list.count(`${prefix}tests`, names(TESTS.total), `${where}@tests`, c.tests)
  list.count(`${prefix}failures`, names(TESTS.failed), `${where}@failures`, c.failures)
  list.count(`${prefix}errors`, names(TESTS.errors), `${where}@errors`, c.errors)
  list.count(`${prefix}skipped`, names(TESTS.skipped), `${where}@skipped`, c.skipped)
  list.count(`${prefix}passed`, names(TESTS.passed), `${where}: tests − failures − errors − skipped`, passed)
  const executed = c.tests - c.skipped
  if (executed > 0) list.percent(`${prefix}pass rate`, names(TESTS.passRate), `${where}: passed / (tests − skipped)`, (passed / executed) * 100)
}
