import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkFiles } from '../../src/check-files.js'
import { readReport } from '../../src/read/files.js'

const BAD = '- Health: 2/8 → 7/8 (+350%)'

function dir(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'recount-files-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true })
    writeFileSync(join(root, name), content)
  }
  return root
}

const utf16 = (text: string, bigEndian: boolean) => {
  const le = Buffer.from(text, 'utf16le')
  if (!bigEndian) return Buffer.concat([Buffer.from([0xff, 0xfe]), le])
  const be = Buffer.from(le)
  for (let i = 0; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1] as number, be[i] as number]
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be])
}

describe('files as they come', () => {
  test.each([
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`# R\n\n${BAD}\n`)])],
    ['UTF-16 LE with a BOM', utf16(`# R\n\n${BAD}\n`, false)],
    ['UTF-16 BE with a BOM', utf16(`# R\n\n${BAD}\n`, true)],
    ['CRLF line endings', Buffer.from(`# R\r\n\r\n${BAD}\r\n`)],
    ['CR line endings', Buffer.from(`# R\r\r${BAD}\r`)]
  ])('%s: the finding is at line 3, column 22', async (_, content) => {
    const root = dir({ 'r.md': content })
    const { results } = await checkFiles([join(root, 'r.md')])
    expect(results[0]?.findings.map((f) => [f.line, f.column, f.stated])).toEqual([[3, 22, '+350%']])
  })

  test('invalid UTF-8 is read with replacement characters and a notice', async () => {
    const root = dir({ 'r.md': Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9, 0xff]), Buffer.from(`\n\n${BAD}\n`)]) })
    const { results } = await checkFiles([join(root, 'r.md')])
    expect(results[0]?.notice).toBe('holds invalid UTF-8; the bad bytes were read as U+FFFD')
    expect(results[0]?.findings.map((f) => [f.line, f.column])).toEqual([[3, 22]])
  })

  test('a binary file named .md is skipped with a notice', async () => {
    const root = dir({ 'image.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), 'r.md': BAD })
    const { results } = await checkFiles([root])
    expect(results.map((r) => [r.file.replace(root, ''), r.notice ?? null, r.findings.length])).toEqual([
      ['/image.md', 'skipped: looks like a binary file (it holds NUL bytes)', 0],
      ['/r.md', null, 1]
    ])
  })

  test('a file over the size limit is skipped with a notice, never silently', async () => {
    const root = dir({ 'big.md': `${BAD}\n`.repeat(2000) })
    const { results } = await checkFiles([join(root, 'big.md')], { maxFileBytes: 10_000 })
    expect(results[0]?.notice).toMatch(/^skipped: 0\.1 MB is over the 0\.0 MB limit \(--max-file-size\)$/)
    expect(results[0]?.findings).toEqual([])
  })

  test('symbolic links that lead out of the working directory are not followed', async () => {
    const outside = dir({ 'secret.md': BAD })
    const root = dir({ 'r.md': BAD })
    symlinkSync(join(outside, 'secret.md'), join(root, 'link.md'))
    symlinkSync(outside, join(root, 'linked-dir'))
    symlinkSync(join(root, 'r.md'), join(root, 'inside.md'))
    expect(await readReport(join(root, 'link.md'), undefined, root)).toEqual({ skipped: expect.stringMatching(/^skipped: a symbolic link to .*secret\.md, outside the working directory$/) })
    expect(await readReport(join(root, 'inside.md'), undefined, root)).toEqual({ text: BAD, digest: expect.any(String) })
    // Directory and glob expansion does not follow links at all; it names the ones it meets.
    const cwd = process.cwd()
    process.chdir(root)
    try {
      const { results } = await checkFiles(['.'])
      expect(results.map((r) => [r.file, r.notice?.replace(/;.*/, '') ?? null])).toEqual([
        ['./inside.md', 'skipped: a symbolic link'],
        ['./link.md', 'skipped: a symbolic link'],
        ['./r.md', null]
      ])
      const named = await checkFiles(['link.md'])
      expect(named.results[0]?.notice).toContain('outside the working directory')
      expect(named.results[0]?.findings).toEqual([])
    } finally {
      process.chdir(cwd)
    }
  })

  test('an unreadable path is an error for that file; the others are still checked', async () => {
    const root = dir({ 'r.md': BAD })
    symlinkSync(join(root, 'nowhere.md'), join(root, 'dangling.md'))
    const { results } = await checkFiles([join(root, 'dangling.md'), join(root, 'r.md'), join(root, 'missing.md')])
    expect(results.map((r) => [r.file.replace(root, ''), r.error?.replace(root, '') ?? null, r.findings.length])).toEqual([
      ['/dangling.md', '/dangling.md: no such file or directory', 0],
      ['/missing.md', '/missing.md: no such file or directory', 0],
      ['/r.md', null, 1]
    ])
  })

  test('a FIFO named .md is skipped, not waited on', async () => {
    const root = dir({})
    execFileSync('mkfifo', [join(root, 'pipe.md')])
    const { results } = await checkFiles([join(root, 'pipe.md')])
    expect(results[0]?.notice).toBe('skipped: not a regular file')
  })

  test('an empty file and a file with only front matter are fine', async () => {
    const root = dir({ 'empty.md': '', 'front.md': '---\ntitle: Q3\nowner: 2/8 → 7/8 (+350%)\n---\n' })
    const { results } = await checkFiles([root])
    expect(results.map((r) => [r.file.replace(root, ''), r.findings.length, r.error ?? null])).toEqual([
      ['/empty.md', 0, null],
      ['/front.md', 0, null]
    ])
  })
})
