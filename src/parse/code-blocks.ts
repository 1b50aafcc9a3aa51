// Status reports often put plain text in fences (a timeline, a summary box). Such blocks are read
// like prose; anything that looks like program code is left alone, so code never yields findings.
// What a tool printed (test logs, linter output, a console session) and Markdown shown as an example
// are not the report's own claims either.

const PROSE_LANGS = new Set(['', 'text', 'txt', 'plain', 'plaintext'])
const NOT_THE_REPORT = new Set(['md', 'markdown', 'mdx', 'console', 'log', 'logs', 'output', 'shell-session', 'terminal', 'sh', 'bash', 'zsh', 'shell', 'diff', 'patch'])
// A line a tool printed: a timestamp or a log level first, a file:line:col place, a test runner's
// pass or fail mark, a shell prompt.
const TOOL_LINE = /^\s*(?:\[?\d{4}-\d{2}-\d{2}[T ]\d|\[?\d{2}:\d{2}:\d{2}|\[?(?:INFO|WARN|WARNING|ERROR|DEBUG|TRACE|FATAL)\b|(?:PASS|FAIL|ok|not ok)\s|[✓✔✕✗×]\s|[\w./-]+\.\w{1,5}:\d+(?::\d+)?\b|[$>#]\s|npm (?:ERR|WARN)|test\s\S+\s\.\.\.)/

const CODE_START = /^\s*(?:(?:def|class|function|import|from|return|const|let|var|if|elif|else|for|while|#include|public|private|package|fn|func|SELECT|INSERT|UPDATE|CREATE)\b|[\w.]+\s*=\s*\S|[$>]\s)/
const CODE_OPERATOR = /==|!=|\+=|&&|\|\||=>/

/** A line that reads as program code: a statement keyword, an assignment, an operator, or a call or block at its end. */
function isCodeLine(line: string): boolean {
  const end = line.trimEnd()
  if (/[;{}]$/.test(end) || CODE_START.test(line) || CODE_OPERATOR.test(line)) return true
  // "name(args)" or "name(args):" at the end of the line.
  const tail = end.endsWith(':') || end.endsWith('{') ? end.slice(0, -1).trimEnd() : end
  if (!tail.endsWith(')')) return false
  const open = tail.lastIndexOf('(')
  return open > 0 && !tail.slice(open + 1, -1).includes(')') && /[A-Za-z0-9_]/.test(tail[open - 1] as string)
}

export function looksLikeStatusText(lang: string | null, value: string): boolean {
  const language = (lang ?? '').toLowerCase()
  if (NOT_THE_REPORT.has(language)) return false
  const lines = value.split(/\r?\n/).filter((line) => line.trim().length > 0)
  if (lines.length === 0) return false
  if (lines.filter((line) => TOOL_LINE.test(line)).length * 2 >= lines.length) return false
  const codeLines = lines.filter(isCodeLine).length
  if (PROSE_LANGS.has(language)) return codeLines === 0
  // A fence labelled as a programming language still holds a status summary sometimes; demand
  // that it reads entirely as "Label: value" or prose lines.
  return codeLines === 0 && lines.every((line) => /^[\s\p{P}\p{S}]*\p{L}[^=;{}]*$/u.test(line))
}
