import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import Ajv, { type ValidateFunction } from 'ajv'

// ajv and ajv-formats are CommonJS: their classes sit on `.default` when imported from ESM.
import addFormats from 'ajv-formats'

// GitHub's published OpenAPI description (the @octokit/openapi package), used to check that every
// request the action sends exists as a route and carries a valid body.
const require = createRequire(import.meta.url)
const spec = JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')) as {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema: object }> }; parameters?: Array<{ name: string; in: string } | { $ref: string }> }>>
  components: Record<string, unknown>
}

const routes = Object.keys(spec.paths).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`)
}))

const ajv = new Ajv.default({ strict: false, allErrors: true })
addFormats.default(ajv)
const validators = new Map<string, ValidateFunction>()

export interface RecordedRequest {
  method: string
  path: string
  query: URLSearchParams
  body: unknown
}

// The GraphQL operations the action may send, by the field each one asks for.
const GRAPHQL_OPERATIONS = ['reviewThreads', 'resolveReviewThread']

/**
 * A GraphQL request: a known operation, and exactly the variables it declares, with a value for
 * every required one.
 */
export function graphqlProblems(body: unknown): string[] {
  const { query, variables = {} } = (body ?? {}) as { query?: unknown; variables?: Record<string, unknown> }
  if (typeof query !== 'string') return ['POST /graphql: the body has no query']
  const problems: string[] = []
  if (!GRAPHQL_OPERATIONS.some((op) => query.includes(op))) problems.push('POST /graphql: not an operation the action is known to send')
  const header = query.slice(query.indexOf('(') + 1, query.indexOf(')'))
  const declared = new Map([...header.matchAll(/\$(\w+):\s*([\w!]+)/g)].map((m) => [m[1] as string, (m[2] as string).endsWith('!')]))
  for (const [name, required] of declared) if (required && (variables[name] === undefined || variables[name] === null)) problems.push(`POST /graphql: $${name} is required`)
  for (const name of Object.keys(variables)) if (!declared.has(name)) problems.push(`POST /graphql: $${name} is not declared`)
  const depth = [...query].reduce((d, c) => (d < 0 ? d : d + (c === '{' ? 1 : c === '}' ? -1 : 0)), 0)
  if (depth !== 0) problems.push('POST /graphql: unbalanced braces')
  return problems
}

/** Problems with one request against the description: an unknown route or method, or an invalid body. */
export function openApiProblems(request: RecordedRequest): string[] {
  if (request.method === 'POST' && request.path === '/graphql') return graphqlProblems(request.body)
  const method = request.method.toLowerCase()
  const matches = routes.filter((r) => r.pattern.test(request.path))
  // Prefer the most specific template (fewest parameters) when several match.
  matches.sort((a, b) => (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0))
  const route = matches.find((r) => spec.paths[r.template]?.[method])
  if (!route) return [`${request.method} ${request.path}: no such route in GitHub's OpenAPI description`]
  const operation = spec.paths[route.template]?.[method] as NonNullable<(typeof spec.paths)[string][string]>
  const schema = operation.requestBody?.content?.['application/json']?.schema
  if (!schema) return request.body === undefined ? [] : [`${request.method} ${route.template}: takes no body`]
  const key = `${method} ${route.template}`
  const validate = validators.get(key) ?? ajv.compile({ ...schema, components: spec.components })
  validators.set(key, validate)
  if (validate(request.body)) return []
  return (validate.errors ?? []).map((e) => `${key}: body${e.instancePath} ${e.message}`)
}
