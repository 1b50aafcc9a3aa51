// <!-- recount-disable-next-line [rule ...] -->, <!-- recount-disable-line [rule ...] -->,
// <!-- recount-disable [rule ...] --> … <!-- recount-enable [rule ...] -->, <!-- recount-disable-file -->

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable' | 'disable-file'

export interface Directive {
  kind: DirectiveKind
  /** Rules named; empty means every rule. */
  rules: string[]
  line: number
  endLine: number
  used: boolean
}

export interface DirectiveProblem {
  line: number
  message: string
}

// Matched against one comment's inside (between "<!--" and "-->"), anchored, so it stays linear.
const DIRECTIVE = /^\s*recount-(disable-next-line|disable-line|disable-file|disable|enable)(?![\w-])([\s\S]*)$/

function* commentBodies(text: string): Generator<string> {
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', open + 4)) {
    const close = text.indexOf('-->', open + 4)
    if (close < 0) return
    yield text.slice(open + 4, close)
    open = close
  }
}

export function parseDirectives(comments: Array<{ text: string; line: number; endLine: number }>, knownRules: string[]): { directives: Directive[]; problems: DirectiveProblem[] } {
  const directives: Directive[] = []
  const problems: DirectiveProblem[] = []
  for (const comment of comments) {
    for (const body of commentBodies(comment.text)) {
      const match = DIRECTIVE.exec(body)
      if (!match) continue
      const kind = match[1] as DirectiveKind
      // Anything after " -- " is a reason, as in ESLint.
      const list = (match[2] ?? '').split(/\s--\s/)[0] as string
      const rules = list.split(/[\s,]+/).filter((r) => r.length > 0)
      const unknown = rules.filter((r) => !knownRules.includes(r))
      if (unknown.length > 0) {
        problems.push({ line: comment.line, message: `recount-${kind} names unknown rule${unknown.length > 1 ? 's' : ''} ${unknown.map((r) => `"${r}"`).join(', ')}; known rules: ${knownRules.join(', ')}` })
        continue
      }
      directives.push({ kind, rules, line: comment.line, endLine: comment.endLine, used: false })
    }
  }
  return { directives, problems }
}

const names = (d: Directive, rule: string) => d.rules.length === 0 || d.rules.includes(rule)

/** Whether a finding of `rule` on `line` is suppressed; marks the directive that suppresses it as used. */
export function suppresses(directives: Directive[], rule: string, line: number): boolean {
  for (const d of directives) {
    if (!names(d, rule)) continue
    if ((d.kind === 'disable-file') || (d.kind === 'disable-next-line' && line === d.endLine + 1) || (d.kind === 'disable-line' && line >= d.line && line <= d.endLine)) {
      d.used = true
      return true
    }
  }
  let active: Directive | null = null
  for (const d of directives) {
    if (d.line > line) break
    if (!names(d, rule)) continue
    if (d.kind === 'disable') active = d
    else if (d.kind === 'enable') active = null
  }
  if (active) active.used = true
  return active !== null
}
