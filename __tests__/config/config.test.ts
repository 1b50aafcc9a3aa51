import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigResolver, isIncluded } from '../../src/config/resolve.js'
import { ConfigError, parseConfig } from '../../src/config/load.js'
import { STARTER_CONFIG } from '../../src/config/starter.js'
import { check } from '../../src/index.js'
import { checkFiles } from '../../src/check-files.js'
import { MAX_GLOB_LENGTH } from '../../src/config/glob-limit.js'
import picomatch from 'picomatch'
import picomatchConstants from 'picomatch/lib/constants.js'

/** A repository (with .git) inside its own temporary directory, so files "above the root" stay ours. */
function tree(files: Record<string, string>): string {
  const root = join(mkdtempSync(join(tmpdir(), 'recount-config-')), 'repo')
  mkdirSync(join(root, '.git'), { recursive: true })
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true })
    writeFileSync(join(root, name), text)
  }
  return root
}

const CHANGE = '- Health: 2/8 → 7/8 (+350%)\n'

describe('schema errors name the file, the place, the key path and what is allowed', () => {
  test.each([
    ['rules:\n  change-percent: warn\n', '.recount.yml:2:19: rules.change-percent: expected "off" | "notice" | "warning" | "error" (did you mean "warning"?)'],
    ['rules:\n  change-percent: { severity: loud }\n', '.recount.yml:2:31: rules.change-percent.severity: expected "off" | "notice" | "warning" | "error"'],
    ['rules:\n  change-percent: { level: error }\n', '.recount.yml:2:21: rules.change-percent: unknown option "level"; expected one of severity, ignore'],
    ['rules:\n  ratio-pct: off\n', '.recount.yml:2:3: rules: unknown rule "ratio-pct" (did you mean "ratio-percent"?); expected one of ratio-percent, change-percent, sum-total, list-count, conflicting-values, threshold-status, derived-rate, time-arithmetic, impossible-value, aggregate, metric-mismatch'],
    ['colour: red\n', '.recount.yml:1:1: unknown key "colour"; expected one of rules, rounding, tolerance, approximate, include, exclude, codeBlocks, aliases, changeBase'],
    ['rounding: up\n', '.recount.yml:1:11: rounding: expected "half-up" | "half-even" | "truncate" | "any"'],
    ['tolerance: "0.5"\n', '.recount.yml:1:12: tolerance: expected a number of percentage points (e.g. 0.5)'],
    ['tolerance: -1\n', '.recount.yml:1:12: tolerance: must not be negative'],
    ['approximate: 2\n', '.recount.yml:1:14: approximate: must be at most 1 (100%)'],
    ['include: "*.md"\n', '.recount.yml:1:10: include: expected a list of globs'],
    ['codeBlocks: sometimes\n', '.recount.yml:1:13: codeBlocks: expected "auto" | "always" | "never"'],
    ['aliases:\n  p95: "latency"\n', '.recount.yml:2:8: aliases.p95: Invalid input: expected array, received string'],
    ['changeBase:\n  latency: down\n', '.recount.yml:2:12: changeBase.latency: expected "higher" (higher is better) | "lower" (lower is better)'],
    ['rules: [\n', '.recount.yml:2:1: invalid YAML/JSON: ']
  ])('%j', (text, message) => {
    expect(() => parseConfig('.recount.yml', text)).toThrow(ConfigError)
    expect(() => parseConfig('.recount.yml', text)).toThrow(message)
  })

  test('a glob longer than picomatch takes is refused where it stands, not when a file is matched', () => {
    const text = `include: ["docs/**"]\nexclude: ["docs/**/draft-*.md", "${'a'.repeat(70_000)}"]\n`
    expect(() => parseConfig('.recount.yml', text)).toThrow('.recount.yml:2:33: exclude.1: a glob may be at most 65,536 characters long')
    expect(() => parseConfig('.recount.yml', `exclude: ["${'a'.repeat(65_536)}"]\n`)).not.toThrow()
    expect(() => parseConfig('.recount.yml', `exclude: ["${'a'.repeat(65_537)}"]\n`)).toThrow('exclude.0: a glob may be at most 65,536 characters long')
    // The limit is picomatch's own: at it, a glob is read; one over, picomatch throws.
    expect(MAX_GLOB_LENGTH).toBe((picomatchConstants as { MAX_LENGTH: number }).MAX_LENGTH)
    expect(() => picomatch('a'.repeat(65_536))).not.toThrow()
    expect(() => picomatch('a'.repeat(65_537))).toThrow(/length/)
  })

  test('JSON configs report places too', () => {
    expect(() => parseConfig('.recount.json', '{\n  "rules": { "sum-total": "loud" }\n}')).toThrow('.recount.json:2:27: rules.sum-total: expected "off" | "notice" | "warning" | "error"')
  })

  test.each([
    ['rules:\n  sum-total: eror\n', '.recount.yml:2:14: rules.sum-total: expected "off" | "notice" | "warning" | "error" (did you mean "error"?)'],
    ['rules:\n  sum-total: { severity: warnign }\n', '.recount.yml:2:26: rules.sum-total.severity: expected "off" | "notice" | "warning" | "error" (did you mean "warning"?)'],
    ['rules:\n  sum-totals: error\n', '.recount.yml:2:3: rules: unknown rule "sum-totals" (did you mean "sum-total"?); expected one of'],
    ['rouding: any\n', '.recount.yml:1:1: unknown key "rouding" (did you mean "rounding"?); expected one of'],
    ['rounding: half_up\n', '.recount.yml:1:11: rounding: expected "half-up" | "half-even" | "truncate" | "any" (did you mean "half-up"?)'],
    ['---\nrecount:\n  rules:\n    list-count: notise\n', 'report.md:4:17: recount.rules.list-count: expected "off" | "notice" | "warning" | "error" (did you mean "notice"?)']
  ])('a misspelt severity, rule or key names the one meant: %j', (text, message) => {
    const file = text.startsWith('---') ? 'report.md' : '.recount.yml'
    const parse = () => (file === 'report.md' ? parseConfig(file, text.split('---\n')[1] as string, 1, ['recount']) : parseConfig(file, text))
    expect(parse).toThrow(message)
  })

  test('no "did you mean" when nothing is close', () => {
    expect(() => parseConfig('.recount.yml', 'rules:\n  sum-total: loud\n')).toThrow(/"error"$/)
    expect(() => parseConfig('.recount.yml', 'colour: red\n')).toThrow('unknown key "colour"; expected')
  })

  test('the starter file written by --init changes nothing until a line is uncommented, and every example is valid', () => {
    expect(STARTER_CONFIG.split('\n')[0]).toBe('# yaml-language-server: $schema=./node_modules/recount/schema/recount.schema.json')
    expect(parseConfig('.recount.yml', STARTER_CONFIG)).toEqual({})
    // Examples are the comment lines whose text after "# " is YAML: a key, or an indented line under one.
    const examples = STARTER_CONFIG.split('\n').filter((line) => /^# ([a-zA-Z]+:|  )/.test(line))
    const uncommented = examples.map((line) => line.slice(2)).join('\n')
    const parsed = parseConfig('.recount.yml', uncommented)
    expect(Object.keys(parsed).sort()).toEqual(['aliases', 'approximate', 'changeBase', 'codeBlocks', 'exclude', 'include', 'rounding', 'rules', 'tolerance'])
    expect(parsed.aliases).toEqual({ p95_latency: ['response time p95', 'p95 response time'] })
  })
})

describe('discovery and precedence', () => {
  test('the nearest config from the file upward wins; none above the repository root is read', () => {
    const root = tree({
      '.recount.yml': 'rules:\n  change-percent: warning\n',
      'reports/q3/.recount.yml': 'rules:\n  change-percent: notice\n',
      'reports/q3/a.md': CHANGE,
      'reports/b.md': CHANGE
    })
    writeFileSync(join(root, '..', '.recount.yml'), 'rules: [ broken\n')
    const resolver = new ConfigResolver()
    expect(resolver.forFile(join(root, 'reports/q3/a.md')).severities['change-percent']).toBe('notice')
    expect(resolver.forFile(join(root, 'reports/b.md')).severities['change-percent']).toBe('warning')
  })

  test('--config overrides discovery; front matter overrides both for its file', () => {
    const root = tree({ '.recount.yml': 'rules:\n  change-percent: warning\n', 'other.yml': 'rules:\n  change-percent: notice\n' })
    const explicit = new ConfigResolver(join(root, 'other.yml')).forFile(join(root, 'a.md'))
    expect(explicit.severities['change-percent']).toBe('notice')
    const withFrontMatter = check(`---\ntitle: Q3\nrecount:\n  rules:\n    change-percent: "off"\n---\n${CHANGE}`, { config: explicit })
    expect(withFrontMatter.findings).toEqual([])
    expect(check(CHANGE, { config: explicit }).findings.map((f) => f.severity)).toEqual(['notice'])
  })

  test('an invalid front matter block is an error with its line in the file', () => {
    expect(() => check('---\ntitle: Q3\nrecount:\n  rounding: sideways\n---\n# R\n', { file: 'r.md' })).toThrow('r.md:4:13: recount.rounding: expected "half-up" | "half-even" | "truncate" | "any"')
  })

  test('a bad config is an error for the files under it; the other files are still checked', async () => {
    const root = tree({ 'good/r.md': CHANGE, 'bad/.recount.yml': 'rules:\n  sum-total: loud\n', 'bad/r.md': CHANGE })
    const { results } = await checkFiles([join(root, 'good'), join(root, 'bad')], { configs: new ConfigResolver() })
    expect(results.map((r) => [r.file.replace(root, ''), r.findings.length, r.error?.replace(root, '') ?? null])).toEqual([
      ['/bad/r.md', 0, expect.stringContaining('bad/.recount.yml:2:14: rules.sum-total: expected "off" | "notice" | "warning" | "error"')],
      ['/good/r.md', 1, null]
    ])
  })

  test('include and exclude apply to directories and globs, not to files named directly', async () => {
    const root = tree({ '.recount.yml': 'exclude: ["drafts/**"]\n', 'drafts/d.md': CHANGE, 'reports/r.md': CHANGE })
    const configs = new ConfigResolver()
    expect(isIncluded(configs.forFile(join(root, 'drafts/d.md')), join(root, 'drafts/d.md'))).toBe(false)
    expect((await checkFiles([root], { configs })).results.map((r) => r.file.replace(root, ''))).toEqual(['/reports/r.md'])
    expect((await checkFiles([join(root, 'drafts/d.md')], { configs })).results).toHaveLength(1)
  })
})

describe('settings change what is accepted', () => {
  const config = (yaml: string) => new ConfigResolver(tree({ 'c.yml': yaml }) + '/c.yml').forFile('x.md')

  test('rounding: truncate rejects a rounded-up share; any accepts rounding either way', () => {
    expect(check('- 2/3 (67%)', { config: config('rounding: truncate\n') }).findings.map((f) => f.rule)).toEqual(['ratio-percent'])
    expect(check('- 2/3 (67%)').findings).toEqual([])
    expect(check('- 1/8 (13%)', { config: config('rounding: half-even\n') }).findings.map((f) => f.rule)).toEqual(['ratio-percent'])
    expect(check('- 1/8 (13%)').findings).toEqual([])
    expect(check('- 2/3 (66%)', { config: config('rounding: any\n') }).findings).toEqual([])
  })

  test('tolerance widens percentages; approximate widens "~"', () => {
    expect(check('- 7/8 (89%)').findings).toHaveLength(1)
    expect(check('- 7/8 (89%)', { config: config('tolerance: 1\n') }).findings).toEqual([])
    expect(check('From 100ms → 130ms (~+20%)').findings).toHaveLength(1)
    expect(check('From 100ms → 130ms (~+20%)', { config: config('approximate: 0.5\n') }).findings).toEqual([])
  })

  test('codeBlocks: never skips fenced status text; always reads fences that look like code', () => {
    const fenced = '```\n09:00 → 10:30 UTC (45 minutes elapsed)\n```\n'
    expect(check(fenced).findings).toHaveLength(1)
    expect(check(fenced, { config: config('codeBlocks: never\n') }).findings).toEqual([])
    const code = '```python\nx = 1  # Health: 2/8 → 7/8 (+350%)\n```\n'
    expect(check(code).findings).toEqual([])
    expect(check(code, { config: config('codeBlocks: always\n') }).findings).toHaveLength(1)
  })

  test('aliases make two labels one metric; ignore leaves a label alone', () => {
    const md = '- Response time P95: 120ms\n- P95 Latency: 240ms\n'
    expect(check(md).findings).toEqual([])
    expect(check(md, { config: config('aliases:\n  p95 latency: ["response time p95"]\n') }).findings.map((f) => f.rule)).toEqual(['conflicting-values'])
    const conflict = '- Error rate: 1%\n- Error rate: 3%\n'
    expect(check(conflict).findings).toHaveLength(1)
    expect(check(conflict, { config: config('rules:\n  conflicting-values: { ignore: ["error rate"] }\n') }).findings).toEqual([])
  })

  test('changeBase sets which way "improvement" goes for a label', () => {
    const md = 'Queue depth: 40 → 50 (25% improvement)'
    expect(check(md).findings).toEqual([])
    expect(check(md, { config: config('changeBase:\n  queue depth: lower\n') }).findings.map((f) => f.message)).toEqual(['"25%" has the wrong sign: 40 → 50 is +25%'])
  })
})
