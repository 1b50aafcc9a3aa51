import { spawn, spawnSync } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseMetricsFile } from '../../src/metrics/load.js'
import type { Metric } from '../../src/metrics/model.js'
import { check } from '../../src/index.js'

// Metrics files produced by the real tools on this machine: jest with jest-junit and --coverage on
// a tiny fixture project, and autocannon against a local server on 127.0.0.1.
const root = new URL('../../', import.meta.url).pathname
const value = (metrics: Metric[], name: string) => metrics.find((m) => m.name === name)?.value

describe('jest, jest-junit and Istanbul output of a real run', () => {
  const project = mkdtempSync(join(tmpdir(), 'recount-fixture-'))
  beforeAll(() => {
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'fixture', private: true }))
    writeFileSync(join(project, 'math.js'), [
      'function add(a, b) { return a + b }',
      'function sub(a, b) { return a - b }',
      'function div(a, b) {',
      '  if (b === 0) throw new Error("zero")',
      '  return a / b',
      '}',
      'function unused() { return 1 }',
      'module.exports = { add, sub, div, unused }',
      ''
    ].join('\n'))
    writeFileSync(join(project, 'math.test.js'), [
      'const { add, sub, div } = require("./math")',
      'test("adds", () => expect(add(1, 2)).toBe(3))',
      'test("subtracts, wrongly", () => expect(sub(3, 1)).toBe(1))',
      'test.skip("divides", () => expect(div(4, 2)).toBe(2))',
      'test("divides by one", () => expect(div(4, 1)).toBe(4))',
      ''
    ].join('\n'))
    const env = { ...process.env, JEST_JUNIT_OUTPUT_DIR: join(project, 'reports'), NODE_OPTIONS: '' }
    const result = spawnSync(process.execPath, [
      join(root, 'node_modules/jest/bin/jest.js'), '--rootDir', project, '--ci', '--watchman=false', '--coverage',
      '--coverageDirectory', join(project, 'coverage'), '--coverageReporters=json-summary', '--coverageReporters=json', '--coverageReporters=lcov',
      '--reporters=default', `--reporters=${join(root, 'node_modules/jest-junit')}`
    ], { cwd: project, env, encoding: 'utf8' })
    // One test fails on purpose.
    expect(result.status).toBe(1)
  })

  test('JUnit XML: tests, failures, skipped, passed and pass rate', async () => {
    const metrics = await parseMetricsFile(join(project, 'reports/junit.xml'))
    expect([value(metrics, 'tests'), value(metrics, 'failures'), value(metrics, 'skipped'), value(metrics, 'passed')]).toEqual([4, 1, 1, 2])
    expect(value(metrics, 'pass rate')).toBeCloseTo((2 / 3) * 100)
  })

  test('coverage-final.json and lcov.info total the same as coverage-summary.json', async () => {
    const summary = await parseMetricsFile(join(project, 'coverage/coverage-summary.json'))
    const final = await parseMetricsFile(join(project, 'coverage/coverage-final.json'))
    const lcov = await parseMetricsFile(join(project, 'coverage/lcov.info'))
    for (const kind of ['lines', 'statements', 'functions', 'branches']) {
      expect(value(final, `${kind} coverage`)).toBeCloseTo(value(summary, `${kind} coverage`) as number, 1)
      expect(value(final, `${kind} total`)).toBe(value(summary, `${kind} total`))
    }
    expect(value(lcov, 'lines coverage')).toBeCloseTo(value(summary, 'lines coverage') as number, 1)
    expect(value(lcov, 'functions total')).toBe(value(summary, 'functions total'))
    expect(value(summary, 'functions coverage')).toBe(75)
  })

  test('a report is checked against them', async () => {
    const metrics = [...(await parseMetricsFile(join(project, 'coverage/coverage-summary.json'))), ...(await parseMetricsFile(join(project, 'reports/junit.xml')))]
    const lines = value(metrics, 'lines coverage') as number
    const report = `- Coverage: ${Math.round(lines)}%\n- Function coverage: 80%\n- Tests passing: 2\n- Failures: 0\n`
    const findings = check(report, { metrics }).findings
    expect(findings.map((f) => f.message)).toEqual([
      `Function coverage is 80% here but ${join(project, 'coverage/coverage-summary.json')} has total.functions.pct = 75%`,
      `Failures is 0 here but ${join(project, 'reports/junit.xml')} has testsuites@failures = 1`
    ])
    expect(findings[0]?.related).toEqual([{ file: join(project, 'coverage/coverage-summary.json'), path: 'total.functions.pct' }])
  })
})

describe('autocannon --json of a real run', () => {
  test('latency, requests and the error rate from non-2xx responses', async () => {
    let served = 0
    const server = createServer((_req, res) => {
      served++
      res.statusCode = served % 10 === 0 ? 500 : 200
      res.end('ok')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as AddressInfo).port
    const child = spawn(process.execPath, [join(root, 'node_modules/autocannon/autocannon.js'), '-a', '100', '-c', '2', '--json', `http://127.0.0.1:${port}/`], { env: { ...process.env, NODE_OPTIONS: '' } })
    let stdout = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    await new Promise((resolve) => child.on('close', resolve))
    await new Promise<void>((resolve) => server.close(() => resolve()))
    const dir = mkdtempSync(join(tmpdir(), 'recount-autocannon-'))
    const file = join(dir, 'autocannon.json')
    writeFileSync(file, stdout)
    const metrics = await parseMetricsFile(file)
    expect(value(metrics, 'requests total')).toBe(100)
    expect(value(metrics, 'non2xx')).toBe(10)
    expect(value(metrics, 'error rate')).toBeCloseTo(10)
    expect(value(metrics, 'latency p99')).toBeGreaterThanOrEqual(0)
    expect(check('- Error rate: 10%\n', { metrics }).findings).toEqual([])
    expect(check('- Error rate: 1%\n', { metrics }).findings[0]?.message).toBe(`Error rate is 1% here but ${file} has (errors + non2xx) / (requests.total + errors) = 10%`)
  })
})
