// Report-like Markdown documents from a seeded generator, and the checks every result must pass.
// Used by scripts/fuzz.mjs (long runs against dist/) and by the property test in CI (a few hundred
// documents against src/).

/** A small, fast PRNG (mulberry32): the same seed gives the same documents on every machine. */
export function prng(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const LABELS = ['Tests', 'Coverage', 'Passing', 'Done', 'Tasks', 'Errors', 'Bugs fixed', 'Latency', 'Uptime', 'Build time', 'P0', 'Users', '测试', 'Étapes', 'Готово']
const WORDS = ['the', 'release', 'is', 'on', 'track', 'items', 'remain', 'blocked', 'by', 'review', 'done', 'pending', 'we', 'shipped', 'fixed', '完成', '进度', 'über', 'naïve']
const MARKS = ['✅', '❌', '⚠️', '🚀', '🔴', '🟢', '👍🏽', '→', '—', 'â†’', 'âœ…', 'Ã©', '\u200b', '\u200f', '\ufe0f']
const UNITS = ['ms', 's', 'min', 'h', 'MB', 'GB', '%', ' users', ' tests', ' files', '']

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)]
}

function int(rand, max) {
  return Math.floor(rand() * (max + 1))
}

/** A percentage that is right, nearly right or wrong for a/b. */
function percentOf(rand, a, b) {
  const exact = b === 0 ? 0 : (a / b) * 100
  const shown = rand() < 0.5 ? Math.round(exact) : rand() < 0.5 ? exact.toFixed(1) : int(rand, 120)
  return `${shown}%`
}

function number(rand) {
  const n = int(rand, rand() < 0.7 ? 50 : 5000)
  return rand() < 0.1 ? n.toLocaleString('en-US') : String(n)
}

function claim(rand) {
  const a = int(rand, 40)
  const b = a + int(rand, 40)
  switch (int(rand, 9)) {
    case 0:
      return `${pick(rand, LABELS)}: ${a}/${b} (${percentOf(rand, a, b)})`
    case 1:
      return `${pick(rand, LABELS)}: ${a} of ${b} (${percentOf(rand, a, b)})`
    case 2:
      return `${a}/${b} → ${b}/${b} (+${int(rand, 400)}%)`
    case 3:
      return `${number(rand)}${pick(rand, UNITS)} → ${number(rand)}${pick(rand, UNITS)} (${rand() < 0.5 ? '-' : '+'}${int(rand, 90)}%)`
    case 4: {
      const parts = [int(rand, 9), int(rand, 9), int(rand, 9)]
      const total = parts.reduce((x, y) => x + y, 0) + (rand() < 0.4 ? int(rand, 3) : 0)
      return `${total} ${pick(rand, ['alerts', 'bugs', 'items'])}: ${parts[0]} P0, ${parts[1]} P1, ${parts[2]} P2`
    }
    case 5:
      return `${pick(rand, LABELS)}: ${number(rand)}${pick(rand, UNITS)}`
    case 6:
      return `${int(rand, 23)}:${String(int(rand, 59)).padStart(2, '0')} → ${int(rand, 23)}:${String(int(rand, 59)).padStart(2, '0')} (${int(rand, 120)} minutes)`
    case 7:
      return `${int(rand, 5)} hours ${int(rand, 59)} minutes (${int(rand, 400)} min)`
    case 8:
      return `${percentOf(rand, a, b)} complete`
    default:
      return `${pick(rand, WORDS)} ${pick(rand, WORDS)} ${number(rand)}`
  }
}

/** Inline text: claims and words, some in emphasis or code, with marks, CJK, emoji and mojibake. */
function inline(rand) {
  const pieces = []
  const count = 1 + int(rand, 4)
  for (let i = 0; i < count; i++) {
    const r = rand()
    let piece = r < 0.45 ? claim(rand) : r < 0.75 ? pick(rand, WORDS) : r < 0.9 ? pick(rand, MARKS) : String.fromCharCode(int(rand, 0x2fff))
    const wrap = rand()
    if (wrap < 0.08) piece = `**${piece}**`
    else if (wrap < 0.14) piece = `_${piece}_`
    else if (wrap < 0.18) piece = `\`${piece}\``
    else if (wrap < 0.2) piece = `[${piece}](https://example.com)`
    else if (wrap < 0.21) piece = `**${piece}`
    pieces.push(piece)
  }
  return pieces.join(rand() < 0.8 ? ' ' : pick(rand, [' — ', ', ', '; ', ' | ']))
}

function list(rand, indent = '') {
  const ordered = rand() < 0.3
  const count = 1 + int(rand, 5)
  const lines = []
  for (let i = 0; i < count; i++) {
    lines.push(`${indent}${ordered ? `${i + 1}.` : pick(rand, ['-', '*', '+'])} ${rand() < 0.2 ? `[${rand() < 0.5 ? 'x' : ' '}] ` : ''}${inline(rand)}`)
    if (rand() < 0.15 && indent.length < 6) lines.push(list(rand, indent + '  '))
  }
  return lines.join('\n')
}

function table(rand) {
  const columns = 2 + int(rand, 3)
  const row = (cell) => `| ${Array.from({ length: columns }, cell).join(' | ')} |`
  const rows = [row(() => pick(rand, LABELS)), row(() => pick(rand, ['---', ':---', '---:', ':---:']))]
  const count = 1 + int(rand, 5)
  for (let i = 0; i < count; i++) rows.push(row(() => (rand() < 0.6 ? number(rand) : rand() < 0.5 ? claim(rand) : pick(rand, MARKS))))
  if (rand() < 0.3) rows.push(row((_, c) => (c === 0 ? '**Total**' : number(rand))))
  return rows.join('\n')
}

function lines(rand, count, make) {
  return Array.from({ length: count }, () => make(rand)).join('\n')
}

function block(rand) {
  switch (int(rand, 11)) {
    case 0:
      return `${'#'.repeat(1 + int(rand, 3))} ${rand() < 0.5 ? `${pick(rand, ['Completed', 'Remaining', 'Done'])} (${int(rand, 9)})` : inline(rand)}`
    case 1:
    case 2:
      return lines(rand, 1 + int(rand, 3), inline)
    case 3:
    case 4:
      return list(rand)
    case 5:
      return table(rand)
    case 6:
      return `\`\`\`${pick(rand, ['', 'text', 'python', 'console', 'md'])}\n${lines(rand, 1 + int(rand, 3), claim)}\n\`\`\``
    case 7:
      return lines(rand, 1 + int(rand, 3), (r) => `${pick(r, ['    ', '\t', '     ', '  \t'])}${claim(r)}`)
    case 8:
      return lines(rand, 1 + int(rand, 3), (r) => `${pick(r, ['> ', '>', '> > '])}${inline(r)}`)
    case 9:
      return `- ${inline(rand)}\n\n      ${claim(rand)}`
    case 10:
      return pick(rand, ['---', '<!-- recount-disable-next-line -->', '***', '<br>'])
    default:
      return `${pick(rand, LABELS)}:\n\n${list(rand)}`
  }
}

/** Document number `n` of the run seeded with `seed`: the same pair always gives the same text. */
export function generateDocument(seed, n) {
  const rand = prng((seed ^ Math.imul(n + 1, 0x9e3779b1)) >>> 0)
  const blocks = []
  const count = 1 + int(rand, 8)
  for (let i = 0; i < count; i++) blocks.push(block(rand))
  const eol = rand() < 0.1 ? '\r\n' : '\n'
  const text = blocks.join(rand() < 0.85 ? '\n\n' : '\n')
  return (eol === '\n' ? text : text.replace(/\n/g, eol)) + (rand() < 0.8 ? eol : '')
}

function lineStarts(text) {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') starts.push(i + 1)
    else if (text[i] === '\r' && text[i + 1] !== '\n') starts.push(i + 1)
  }
  return starts
}

/**
 * What is wrong with the findings for `document`: a place outside the file or reversed, or text at
 * the place that is not the finding's `stated`. Empty when all is well.
 */
export function wrongPositions(document, findings) {
  const source = document.charCodeAt(0) === 0xfeff ? document.slice(1) : document
  const starts = lineStarts(source)
  const offset = (line, column) => {
    const start = starts[line - 1]
    if (start === undefined || !Number.isInteger(column) || column < 1) return NaN
    const next = starts[line] ?? source.length + 1
    return column - 1 <= next - 1 - start ? start + column - 1 : NaN
  }
  const problems = []
  for (const f of findings) {
    const start = offset(f.line, f.column)
    const end = offset(f.endLine, f.endColumn)
    const place = `${f.rule} at ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`
    if (!(start <= end)) problems.push(`${place}: outside the file or reversed`)
    else if (source.slice(start, end) !== f.stated) problems.push(`${place}: the text there is ${JSON.stringify(source.slice(start, end))}, not ${JSON.stringify(f.stated)}`)
    for (const r of f.related ?? []) {
      if ('line' in r && Number.isNaN(offset(r.line, r.column))) problems.push(`${place}: related place ${r.line}:${r.column} is outside the file`)
    }
  }
  return problems
}
