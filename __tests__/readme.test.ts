import { readFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

// The README shows what `node dist/cli.js examples/reports` prints; keep the two in step.
test('the README shows the real output of the examples', () => {
  const root = new URL('..', import.meta.url).pathname
  const readme = readFileSync(`${root}README.md`, 'utf8')
  const block = /`node dist\/cli\.js examples\/reports` prints[^\n]*\n\n```\n([\s\S]*?)```/.exec(readme)?.[1]
  const output = spawnSync(process.execPath, ['dist/cli.js', '--no-color', 'examples/reports'], { cwd: root, encoding: 'utf8' }).stdout
  expect(block).toBe(output)
})

test('the README shows the real output of the metrics example', () => {
  const root = new URL('..', import.meta.url).pathname
  const readme = readFileSync(`${root}README.md`, 'utf8')
  const block = /`node dist\/cli\.js --metrics 'examples\/metrics\/\*' examples\/metrics\/release-report\.md`[\s\S]*?prints:\n\n```\n([\s\S]*?)```/.exec(readme)?.[1]
  const output = spawnSync(process.execPath, ['dist/cli.js', '--no-color', '--metrics', 'examples/metrics/*', 'examples/metrics/release-report.md'], { cwd: root, encoding: 'utf8' }).stdout
  expect(block).toBe(output)
})

test('the README shows the JSON output with its real members, in their order, and the real totals', () => {
  const root = new URL('..', import.meta.url).pathname
  const readme = readFileSync(`${root}README.md`, 'utf8')
  const block = /### JSON output[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
  const shown = JSON.parse(block) as Record<string, unknown>
  const output = JSON.parse(spawnSync(process.execPath, ['dist/cli.js', '--format', 'json', 'examples/reports'], { cwd: root, encoding: 'utf8' }).stdout) as Record<string, unknown>
  expect(Object.keys(shown)).toEqual(Object.keys(output))
  expect(shown.files).toBe(output.files)
  expect(shown.claims).toEqual(output.claims)
  expect(Object.keys((shown.findings as object[])[0] as object)).toEqual(Object.keys((output.findings as object[])[0] as object))
})

test('the README shows the real beginning of --format claims on the example', () => {
  const root = new URL('..', import.meta.url).pathname
  const readme = readFileSync(`${root}README.md`, 'utf8')
  const block = /`node dist\/cli\.js --claims examples\/reports\/contradictory-status-report\.md` begins:\n\n```\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
  const output = spawnSync(process.execPath, ['dist/cli.js', '--claims', '--no-color', 'examples/reports/contradictory-status-report.md'], { cwd: root, encoding: 'utf8' }).stdout
  expect(block.length).toBeGreaterThan(200)
  expect(output.startsWith(block)).toBe(true)
})
