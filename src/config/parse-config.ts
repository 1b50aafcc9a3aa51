import type { Document } from 'yaml'
import type { z } from 'zod'
import { configSchema, RULE_IDS, ruleOptionKeys, topLevelKeys } from './schema.js'
import type { ConfigFile } from './config-file.js'
import { deepestIssue } from './zod-issue.js'
import { didYouMean } from './did-you-mean.js'
import { lineColumnOf } from '../parse/source-map.js'
import { parseYaml, yamlValue, YamlLimitError } from './yaml-limits.js'

// Validating config text needs nothing of Node: the browser playground reads front matter with it.
export class ConfigError extends Error {}

/**
 * Validates configuration text (a config file, or a front matter `recount:` block). Errors name the
 * file, the place, the key path and what is allowed:
 * `.recount.yml:3:19: rules.change-percent: expected "off" | "notice" | "warning" | "error"`.
 */
export function parseConfig(file: string, text: string, baseLine = 0, key: string[] = []): ConfigFile {
  const place = (offset: number) => {
    const [line, column] = lineColumnOf(text, offset).split(':').map(Number) as [number, number]
    return `${line + baseLine}:${column}`
  }
  const refused = (error: unknown): never => {
    if (!(error instanceof YamlLimitError)) throw error
    throw new ConfigError(`${file}${error.offset === null ? '' : `:${place(error.offset)}`}: refused: ${error.message}`)
  }
  let doc: Document
  let value: unknown
  try {
    doc = parseYaml(text)
    const syntax = doc.errors[0]
    if (syntax) throw new ConfigError(`${file}:${place(syntax.pos[0])}: invalid YAML/JSON: ${syntax.message.split('\n')[0]}`)
    value = yamlValue(doc, key.length > 0 ? doc.getIn(key, true) : doc)
  } catch (error) {
    return refused(error)
  }
  const parsed = configSchema().safeParse(value ?? {})
  if (parsed.success) return parsed.data
  const first = parsed.error.issues[0] as z.core.$ZodIssue
  const valueAt = (path: PropertyKey[]) => path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), value)
  const input = valueAt(first.path)
  const issue = deepestIssue(first, input)
  const path = [...key, ...issue.path.map(String)]
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined
  const where = node?.range ? place(node.range[0]) : null
  let message = issue.message
  // A misspelt choice ("eror"): name the one meant.
  const given = valueAt(issue.path)
  if (issue.code === 'invalid_value' && typeof given === 'string') message += didYouMean(given, (issue as { values: unknown[] }).values.map(String))
  if (issue.code === 'unrecognized_keys') {
    const keys = (issue as { keys: string[] }).keys
    const what = issue.path.length === 0 ? 'key' : issue.path.length === 1 && issue.path[0] === 'rules' ? 'rule' : 'option'
    const allowed = what === 'key' ? topLevelKeys() : what === 'rule' ? RULE_IDS : ruleOptionKeys()
    message = `unknown ${what} ${keys.map((k) => `"${k}"`).join(', ')}${didYouMean(keys[0] as string, allowed)}; expected one of ${allowed.join(', ')}`
    const keyNode = doc.getIn([...path, keys[0] as string], true) as { range?: [number, number, number] } | undefined
    const keyPlace = findKey(text, keys[0] as string)
    return fail(`${file}:${keyPlace !== null ? place(keyPlace) : keyNode?.range ? place(keyNode.range[0]) : where ?? '1:1'}: ${path.length > 0 ? `${path.join('.')}: ` : ''}${message}`)
  }
  return fail(`${file}${where ? `:${where}` : ''}: ${path.join('.') || '(top level)'}: ${message}`)
}

function findKey(text: string, key: string): number | null {
  const match = new RegExp(`(^|[\\s{,"'])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`, 'm').exec(text)
  return match ? match.index + match[1]!.length : null
}

function fail(message: string): never {
  throw new ConfigError(message)
}
