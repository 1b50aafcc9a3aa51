// Files written to cost the Markdown parser or recount memory and time out of proportion to their
// size (issue 12), each made to a given size in bytes. Lines stay short, as a file written to get
// past a per-line limit would keep them.
const fill = (head, unit, bytes) => head + unit.repeat(Math.max(1, Math.floor((bytes - head.length) / unit.length)))
/** `word` repeated on lines of about 80 characters, with no blank line: one paragraph. */
const paragraph = (word, bytes) => {
  const line = word.repeat(Math.max(1, Math.floor(80 / word.length))) + '\n'
  return fill('', line, bytes)
}

export const HOSTILE = {
  'wide numeric table (999 columns)': (bytes) => {
    const row = (cell) => `|${Array.from({ length: 999 }, (_, i) => cell(i)).join('|')}|\n`
    return fill(row((i) => `c${i}`) + row(() => '-'), row((i) => String(i % 10)), bytes)
  },
  'link-reference chain': (bytes) => fill('[a]: /u\n\n', paragraph('[a][a]', 80), bytes),
  '[x] references after [x]: /u': (bytes) => fill('[x]: /u\n\n', paragraph('[x] ', 80), bytes),
  'nested emphasis': (bytes) => paragraph('*a _b **c __d e__ f** g_ h* ', bytes),
  'unclosed emphasis': (bytes) => paragraph('*a _b **c __d ', bytes),
  'blockquote 50,000 deep on one line': (bytes) => fill('', '>'.repeat(50_000) + ' 3/4 (75%)\n', bytes),
  'blockquote "> > > …" with spaces': (bytes) => fill('', '> '.repeat(500) + '3/4 (75%)\n', bytes),
  'headings with counts over two-item lists': (bytes) => {
    let out = ''
    for (let n = 1; out.length < bytes; n++) out += `## Completed (2)\n\n- task ${n}\n- task ${n + 1}\n\n`
    return out
  },
  'lists nested 100 deep': (bytes) => fill('', Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}- 3/4 (75%)\n`).join('') + '\n', bytes)
}
