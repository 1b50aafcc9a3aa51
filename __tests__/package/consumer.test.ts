import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// A project that installs the packed tarball, as a user's would: its code imports recount,
// recount/remark and recount/markdownlint, type-checks with strict settings (no skipLibCheck) and runs.
const root = new URL('../../', import.meta.url).pathname
const modules = join(root, 'node_modules')
let project: string

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'recount-consumer-'))
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))
  const installed = join(project, 'node_modules', 'recount')
  mkdirSync(installed, { recursive: true })
  execFileSync('tar', ['-xzf', join(project, packed[0].filename), '-C', installed, '--strip-components=1'])
  // recount's own dependencies (type packages only) and what the project itself uses.
  for (const name of ['@types/mdast', '@types/unist', '@types/node', 'unified', 'remark-parse', 'vfile']) {
    mkdirSync(join(project, 'node_modules', name, '..'), { recursive: true })
    symlinkSync(join(modules, name), join(project, 'node_modules', name))
  }
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }))
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', skipLibCheck: false, types: ['node'], outDir: 'out' },
    files: ['main.ts']
  }))
  writeFileSync(join(project, 'main.ts'), `import { check, type FileResult, type Finding } from 'recount'
import remarkRecount from 'recount/remark'
import markdownlintRule from 'recount/markdownlint'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import { VFile } from 'vfile'

const text = '## Shipped (3)\\n\\n- login page\\n- export\\n\\nCoverage: 24 of 45 (60%)\\n'
const result: FileResult = check(text, { file: 'status.md', rules: { 'list-count': 'warning' } })
const found: string[] = result.findings.map((f: Finding) => \`\${f.line}:\${f.rule}:\${f.severity}\`)

const file = new VFile({ path: 'status.md', value: text })
const processor = unified().use(remarkParse).use(remarkRecount, { rules: { 'list-count': 'warning' } })
await processor.run(processor.parse(file), file)
const messages = file.messages.map((m) => \`\${m.line}:\${m.column}:\${m.ruleId}:\${m.source}:\${m.fatal}\`)

// @ts-expect-error: the declarations are real types, not any; a misspelt option is refused
check(text, { rulez: {} })

console.log(JSON.stringify({ found, messages, rule: markdownlintRule.names }))
`)
})

afterAll(() => rmSync(project, { recursive: true, force: true }))

test('the installed package type-checks with strict settings and no skipLibCheck', () => {
  const tsc = spawnSync(process.execPath, [join(modules, 'typescript/bin/tsc'), '-p', project], { encoding: 'utf8' })
  expect(tsc.stdout + tsc.stderr).toBe('')
  expect(tsc.status).toBe(0)
})

test('the compiled project runs: check(), the remark plugin and the markdownlint rule load from the tarball', () => {
  const run = spawnSync(process.execPath, [join(project, 'out/main.js')], { cwd: project, encoding: 'utf8' })
  expect(run.stderr).toBe('')
  expect(JSON.parse(run.stdout)).toEqual({
    found: ['1:list-count:warning', '6:ratio-percent:error'],
    messages: ['1:13:list-count:recount:false', '6:21:ratio-percent:recount:true'],
    rule: ['recount']
  })
})

test('markdownlint-cli2 runs the rule from recount/markdownlint, as the README configures it, and --fix applies corrections', () => {
  const dir = join(project, 'lint')
  mkdirSync(dir)
  // The README's example, with markdownlint's own rules off so that only recount's findings show.
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  const example = /\*\*markdownlint-cli2\.\*\*[\s\S]*?```jsonc\n\/\/[^\n]*\n([\s\S]*?)```/.exec(readme)?.[1]
  const options = JSON.parse(example!)
  expect(options.customRules).toEqual(['recount/markdownlint'])
  writeFileSync(join(dir, '.markdownlint-cli2.jsonc'), JSON.stringify({ ...options, config: { default: false, ...options.config } }))
  const report = '# Sprint 9\n\n## Shipped (3)\n\n- login page\n- export\n\nCoverage: 24 of 45 (60%)\n'
  writeFileSync(join(dir, 'status.md'), report)
  const bin = join(modules, 'markdownlint-cli2/markdownlint-cli2-bin.mjs')
  const lint = spawnSync(process.execPath, [bin, 'status.md'], { cwd: dir, encoding: 'utf8' })
  const lines = (lint.stdout + lint.stderr).split('\n').filter((l) => l.startsWith('status.md:'))
  expect(lines).toEqual([
    'status.md:3:13 error recount Numbers that contradict each other (recount) [[warning] "Shipped (3)" states 3 but 2 list items follow (list-count)] [Context: "3"]',
    'status.md:8:21 error recount Numbers that contradict each other (recount) [[error] "60%" does not match 24 of 45: 24 / 45 = 53.3% (ratio-percent)] [Context: "60%"]'
  ])
  expect(lint.status).toBe(1)

  const fix = spawnSync(process.execPath, [bin, '--fix', 'status.md'], { cwd: dir, encoding: 'utf8' })
  expect(fix.status).toBe(1)
  expect(readFileSync(join(dir, 'status.md'), 'utf8')).toBe(report.replace('(60%)', '(53%)'))
})

test("the README's .remarkrc.mjs is a preset that reports recount's findings through remark", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  const example = /```js\n(\/\/ \.remarkrc\.mjs[\s\S]*?)```/.exec(readme)?.[1]
  expect(example).toBeDefined()
  writeFileSync(join(project, '.remarkrc.mjs'), example!)
  writeFileSync(join(project, 'remark-run.mjs'), `import { unified } from 'unified'
import remarkParse from 'remark-parse'
import { VFile } from 'vfile'
import preset from './.remarkrc.mjs'
const file = new VFile({ path: 'status.md', value: '## Shipped (3)\\n\\n- login page\\n- export\\n\\nCoverage: 24 of 45 (60%)\\n' })
const processor = unified().use(remarkParse).use(preset)
await processor.run(processor.parse(file), file)
console.log(JSON.stringify(file.messages.map((m) => [m.ruleId, m.fatal])))
`)
  const run = spawnSync(process.execPath, ['remark-run.mjs'], { cwd: project, encoding: 'utf8' })
  expect(run.stderr).toBe('')
  expect(JSON.parse(run.stdout)).toEqual([['list-count', false], ['ratio-percent', true]])
})
