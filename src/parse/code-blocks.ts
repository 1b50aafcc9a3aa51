// Status reports often put plain text in fences (a timeline, a summary box). Such blocks are read
// like prose; anything that looks like program code is left alone, so code never yields findings.

const PROSE_LANGS = new Set(['', 'text', 'txt', 'plain', 'plaintext', 'md', 'markdown', 'console', 'log', 'output'])

const CODE_LINE = /[;{}]\s*$|^\s*(?:def|class|function|import|from|return|const|let|var|if|elif|else|for|while|#include|public|private|package|fn|func|SELECT|INSERT|UPDATE|CREATE)\b|[A-Za-z_]\w*\([^)]*\)\s*[:{]?\s*$|==|!=|\+=|&&|\|\||=>|^\s*[\w.]+\s*=\s*\S|^\s*[$>]\s/

export function looksLikeStatusText(lang: string | null, value: string): boolean {
  const language = (lang ?? '').toLowerCase()
  const lines = value.split(/\r?\n/).filter((line) => line.trim().length > 0)
  if (lines.length === 0) return false
  const codeLines = lines.filter((line) => CODE_LINE.test(line)).length
  if (PROSE_LANGS.has(language)) return codeLines === 0
  // A fence labelled as a programming language still holds a status summary sometimes; demand
  // that it reads entirely as "Label: value" or prose lines.
  return codeLines === 0 && lines.every((line) => /^[\s\p{P}\p{S}]*\p{L}[^=;{}]*$/u.test(line))
}
