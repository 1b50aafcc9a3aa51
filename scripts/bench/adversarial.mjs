// Inputs written to hurt a parser or a regular expression, each made to a given size in bytes.
const repeat = (unit, bytes) => unit.repeat(Math.max(1, Math.floor(bytes / unit.length)))

export const ADVERSARIAL = {
  'one line of digits and slashes': (bytes) => repeat('1/', bytes) + '1\n',
  'a 100,000-item list per 2 MB': (bytes) => repeat('- item 7/8 (88%)\n', bytes),
  'nesting 1,000 deep': (bytes) => repeat(Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- 3/4 (75%)\n`).join('') + '\n', bytes),
  'a table with 10,000 columns': (bytes) => {
    const columns = 10_000
    const row = (cell) => `|${Array.from({ length: columns }, (_, i) => cell(i)).join('|')}|\n`
    const header = row((i) => `c${i}`) + row(() => '---')
    return header + repeat(row((i) => `${i}%`), Math.max(1, bytes - header.length))
  },
  '50,000 % signs per 0.1 MB': (bytes) => repeat('%', bytes) + '\n',
  'only arrows and parentheses': (bytes) => repeat('→ ( ) -> (( )) => ', bytes) + '\n'
}
