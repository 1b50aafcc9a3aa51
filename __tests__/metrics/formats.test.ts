import { createWriteStream, mkdtempSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { detectFormat } from '../../src/metrics/detect.js'
import { loadMetrics, parseMetricsFile } from '../../src/metrics/load.js'
import type { Metric } from '../../src/metrics/model.js'

const fixtures = new URL('../fixtures/metrics/', import.meta.url).pathname
const dir = mkdtempSync(join(tmpdir(), 'recount-metrics-'))
const write = (name: string, text: string) => {
  const file = join(dir, name)
  writeFileSync(file, text)
  return file
}
const byName = (metrics: Metric[]) => Object.fromEntries(metrics.map((m) => [m.name, m.value]))

describe('k6 (files following the documented formats: k6 is not installable from npm)', () => {
  test.each(['k6-summary-export.json', 'k6-handle-summary.json'])('%s', async (name) => {
    const metrics = byName(await parseMetricsFile(join(fixtures, name)))
    expect(metrics['http_req_duration p(95)']).toBeCloseTo(0.1684)
    expect(metrics['http_req_duration med']).toBeCloseTo(0.1102)
    expect(metrics.http_req_failed).toBeCloseTo(0.008)
    expect(metrics.http_reqs).toBe(150000)
    expect(metrics['http_reqs rate']).toBe(245.1)
    expect(metrics.vus_max).toBe(50)
  })
})

describe('Prometheus text exposition', () => {
  test('samples by name, units from suffixes, labelled series by their full name', async () => {
    const metrics = await parseMetricsFile(join(fixtures, 'prometheus.txt'))
    expect(byName(metrics)).toEqual({ http_requests_total: 18200000, 'http_requests_total{code="500"}': 1456, process_uptime_ratio: expect.closeTo(99.95), request_duration_p95_seconds: 0.168 })
    expect(metrics.find((m) => m.name === 'http_requests_total')?.aliases).toContain('http requests')
  })
})

describe('recount metrics files', () => {
  test('YAML: units, shares of a whole, unit-less numbers and aliases', async () => {
    const metrics = await parseMetricsFile(join(fixtures, 'recount-metrics.yml'))
    expect(byName(metrics)).toEqual({ error_rate: 0.008, p95_latency: 0.168, services_healthy: 7, 'services_healthy share': 87.5, uptime: 99.95 })
    expect(metrics.find((m) => m.name === 'uptime')?.dimension).toBe('unitless')
    expect(metrics.find((m) => m.name === 'p95_latency')?.aliases).toEqual(['p95 latency', 'P95', 'p95 latency'])
  })

  test('JSON', async () => {
    expect(byName(await parseMetricsFile(join(fixtures, 'recount-metrics.json')))).toEqual({ build_time: 720, deploys: 14 })
  })
})

describe('format detection', () => {
  test.each([
    ['<?xml version="1.0"?><testsuites>', 'junit'],
    ['TN:\nSF:src/a.js\nLF:3\n', 'lcov'],
    ['{"total": {"lines": {"pct": 80}}}', 'coverage-summary'],
    ['{"/src/a.js": {"path": "/src/a.js", "statementMap": {}}}', 'coverage-final'],
    ['{"metrics": {"http_req_duration": {}}}', 'k6'],
    ['{"latency": {}, "requests": {}, "throughput": {}}', 'autocannon'],
    ['{"metrics": {"uptime": 99.9}}', 'recount'],
    ['metrics:\n  uptime: 99.9\n', 'recount'],
    ['# TYPE x gauge\nx 1\n', 'prometheus'],
    ['hello world', null]
  ])('%s', (head, format) => {
    expect(detectFormat(head)).toBe(format)
  })
})

describe('errors name the file and the place', () => {
  test.each([
    ['bad.xml', '<testsuites tests="3">\n  <testsuite name="a" tests="3">\n    <testcase name="x">\n  </testsuite>\n</testsuites>\n', /bad\.xml:4:\d+: invalid XML: /],
    ['root.xml', '<coverage lines="3"/>', /root\.xml:1:\d+: not a JUnit XML file: the root element is <coverage>/],
    ['negative.xml', '<testsuite tests="-2"></testsuite>', /negative\.xml:1:\d+: <testsuite tests="-2">: expected a whole number of tests, not negative/],
    ['over.xml', '<testsuite tests="2" failures="3"></testsuite>', /over\.xml:testsuites@tests|over\.xml:Σ testsuite@tests: failures, errors and skipped \(3\) exceed the 2 tests/],
    ['summary.json', '{\n  "total": {\n    "lines": { "total": 10, "covered": 5, "pct": 50 },\n  }\n}', /summary\.json:4:3: invalid JSON: /],
    ['pct.json', '{"total": {"lines": {"total": 10, "covered": 5, "pct": 150}}}', /pct\.json:total\.lines\.pct: a percentage must lie between 0 and 100, got 150/],
    ['nan.json', '{"total": {"lines": {"total": "ten", "covered": 5, "pct": 50}}}', /nan\.json:total\.lines\.total: expected a number, got "ten"/],
    ['covered.json', '{"total": {"lines": {"total": 10, "covered": 11, "pct": 100}}}', /covered\.json:total\.lines: covered \(11\) exceeds total \(10\)/],
    ['lcov.info', 'SF:a.js\nLF:x\nend_of_record\n', /lcov\.info:2: LF: expected a whole number, got "x"/],
    ['m.yml', 'metrics:\n  uptime:\n    value: 99.9\n    unit: parsecs\n', /m\.yml:4:11: metrics\.uptime\.unit: unknown unit "parsecs"/],
    ['t.yml', 'metrics:\n  uptime: [1\n', /t\.yml:\d+:\d+: invalid YAML\/JSON: /],
    ['share.yml', 'metrics:\n  healthy: { value: 9, of: 8 }\n', /share\.yml:2:21: metrics\.healthy\.value: 9 is not between 0 and of \(8\)/],
    ['rate.yml', 'metrics:\n  pass_rate: { value: 105, unit: "%" }\n', /rate\.yml:metrics\.pass_rate\.value: a percentage must lie between 0 and 100, got 105/],
    ['k6.json', '{"metrics": {"http_req_failed": {"value": 1.5}}}', /k6\.json:metrics\.http_req_failed\.value: a rate must lie between 0 and 1, got 1\.5/],
    ['prom.txt', '# TYPE x gauge\nx one\n', /prom\.txt:2: x: the value is not a number/],
    ['notes.txt', 'just some notes\n', /notes\.txt: unsupported metrics file: expected one of recount, junit/]
  ])('%s', async (name, text, message) => {
    await expect(parseMetricsFile(write(name, text))).rejects.toThrow(message)
  })

  test('a bad file does not lose the good ones', async () => {
    const good = write('good.yml', 'metrics:\n  uptime: 99.9\n')
    const bad = write('bad.yml', 'metrics: [\n')
    const { metrics, errors } = await loadMetrics([bad, good, join(dir, 'missing.json')])
    expect(metrics.map((m) => m.name)).toEqual(['uptime'])
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/bad\.yml:\d+:\d+: invalid YAML/), `${join(dir, 'missing.json')}: no such file or directory`])
  })
})

describe('large coverage-final.json', () => {
  test('is streamed above 16 MB and totals the same as a direct count', async () => {
    const file = join(dir, 'coverage-final.json')
    const out = createWriteStream(file)
    const files = 4000
    let covered = 0
    out.write('{')
    for (let i = 0; i < files; i++) {
      const s: Record<string, number> = {}
      const statementMap: Record<string, { start: { line: number }; end: { line: number } }> = {}
      for (let k = 0; k < 40; k++) {
        const hits = (i + k) % 3 === 0 ? 0 : k
        s[k] = hits
        statementMap[k] = { start: { line: k + 1 }, end: { line: k + 1 } }
        if (hits > 0) covered++
      }
      const entry = { path: `/src/f${i}.js`, statementMap, s, fnMap: {}, f: { 0: i % 2 }, branchMap: {}, b: { 0: [1, 0] }, padding: 'x'.repeat(2500) }
      out.write(`${i > 0 ? ',' : ''}${JSON.stringify(`/src/f${i}.js`)}:${JSON.stringify(entry)}`)
    }
    out.write('}')
    await new Promise((resolve) => out.end(resolve))
    expect(statSync(file).size).toBeGreaterThan(16 * 1024 * 1024)
    const metrics = byName(await parseMetricsFile(file))
    expect(metrics['statements total']).toBe(files * 40)
    expect(metrics['statements covered']).toBe(covered)
    expect(metrics['lines coverage']).toBeCloseTo((covered / (files * 40)) * 100)
    expect(metrics['functions coverage']).toBe(50)
    expect(metrics['branches coverage']).toBe(50)
  })
})
