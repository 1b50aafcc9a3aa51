import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { configJsonSchema } from '../../src/config/json-schema.js'
import { parseConfig } from '../../src/config/load.js'
import { STARTER_CONFIG } from '../../src/config/starter.js'

// schema/recount.schema.json, for editors, must say what recount's own validation says.
const root = new URL('../../', import.meta.url).pathname
const committed = JSON.parse(readFileSync(`${root}schema/recount.schema.json`, 'utf8'))
const ajv = new Ajv2020({ strict: true, allErrors: true })
const validate = ajv.compile(committed)

test('the committed schema is what the build generates from the zod schema', () => {
  expect(committed).toEqual(configJsonSchema())
  expect(committed.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
})

function readmeConfigExample(): string {
  const readme = readFileSync(`${root}README.md`, 'utf8')
  const section = readme.slice(readme.indexOf('## Configuration'))
  const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1]
  if (!block) throw new Error('no yaml block under ## Configuration')
  return block
}

const VALID: Array<[string, string]> = [
  ['the README example', readmeConfigExample()],
  ['the file recount --init writes', STARTER_CONFIG],
  ['an empty file', ''],
  ['rule objects', 'rules:\n  sum-total: { severity: warning }\n  conflicting-values: { ignore: ["duration", "p99"] }\n'],
  ['numbers at their bounds', 'tolerance: 0\napproximate: 1\nrounding: any\ncodeBlocks: never\n']
]

test.each(VALID)('accepts %s, as recount does', (_name, text) => {
  const data = parse(text) ?? {}
  expect(() => parseConfig('.recount.yml', text)).not.toThrow()
  expect(validate(data) ? [] : validate.errors).toEqual([])
})

const INVALID: Array<[string, string]> = [
  ['a misspelt severity', 'rules:\n  change-percent: fatal\n'],
  ['an unknown rule', 'rules:\n  ratio-pct: error\n'],
  ['an unknown rule option', 'rules:\n  sum-total: { level: error }\n'],
  ['an unknown key', 'colour: red\n'],
  ['a negative tolerance', 'tolerance: -1\n'],
  ['approximate over 1', 'approximate: 2\n'],
  ['a glob that is not in a list', 'include: "reports/**"\n'],
  ['an empty glob', 'exclude: [""]\n'],
  ['a direction that is neither higher nor lower', 'changeBase:\n  latency: down\n'],
  ['a rounding mode that does not exist', 'rounding: nearest\n']
]

test.each(INVALID)('rejects %s, as recount does', (_name, text) => {
  expect(() => parseConfig('.recount.yml', text)).toThrow()
  expect(validate(parse(text))).toBe(false)
})

test('every rule is a property editors can complete', () => {
  const rules = committed.properties.rules
  expect(rules.additionalProperties).toBe(false)
  expect(Object.keys(rules.properties)).toEqual(expect.arrayContaining(['ratio-percent', 'sum-total', 'rank-order']))
})
