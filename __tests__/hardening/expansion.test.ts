import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readdir, symlinkSync, writeFileSync, type Dirent } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { checkFiles } from '../../src/check-files.js'
import { listMatching } from '../../src/read/listing.js'

// What expanding a directory or a glob meets and cannot check is named in a notice, never dropped.
const BAD = '- Health: 2/8 → 7/8 (+350%)\n'
const cli = new URL('../../dist/cli.js', import.meta.url).pathname

/** A report, a FIFO, a broken link, a link to a device, a link to the report, and a FIFO with another extension. */
function oddTree(): string {
  const root = mkdtempSync(join(tmpdir(), 'recount-expansion-'))
  chmodSync(root, 0o755)
  mkdirSync(join(root, 'sub'))
  writeFileSync(join(root, 'sub', 'report.md'), BAD)
  execFileSync('mkfifo', [join(root, 'sub', 'pipe.md'), join(root, 'sub', 'pipe.txt')])
  symlinkSync('nowhere.md', join(root, 'sub', 'broken.md'))
  symlinkSync('/dev/null', join(root, 'sub', 'device.md'))
  symlinkSync('report.md', join(root, 'sub', 'alias.md'))
  return root
}

const EXPECTED = [
  ['sub/alias.md', 'skipped: a symbolic link; directory and glob expansion does not follow links (name the file to check it)', 0],
  ['sub/broken.md', 'skipped: a broken symbolic link (its target does not exist)', 0],
  ['sub/device.md', 'skipped: a symbolic link to something that is not a regular file', 0],
  ['sub/pipe.md', 'skipped: a FIFO, not a regular file', 0],
  ['sub/report.md', null, 1]
]

/** Each result as [path under root, notice, findings]; a glob's files are named relative to the working directory. */
const rows = (root: string, results: Array<{ file: string; notice?: string; findings: unknown[] }>) =>
  results.map((r) => [r.file.slice(r.file.indexOf(basename(root)) + basename(root).length + 1), r.notice ?? null, r.findings.length]).sort((a, b) => String(a[0]).localeCompare(String(b[0])))

describe('directory and glob expansion', () => {
  test('a directory: FIFOs, devices and links are named with the reason; the report is still checked', async () => {
    const root = oddTree()
    expect(rows(root, (await checkFiles([root])).results)).toEqual(EXPECTED)
  })

  test('a glob: the same, and an entry the glob does not match is not mentioned', async () => {
    const root = oddTree()
    expect(rows(root, (await checkFiles([`${root}/sub/*.md`])).results)).toEqual(EXPECTED)
    const narrow = await checkFiles([`${root}/sub/p*.md`])
    expect(rows(root, narrow.results)).toEqual([['sub/pipe.md', 'skipped: a FIFO, not a regular file', 0]])
  })

  test('following links (the action), a link to a report is listed and a broken one is named', async () => {
    const root = oddTree()
    const listing = await listMatching('**/*.md', root, { followLinks: true })
    // The link to a device is listed; reading it skips it with a notice ("not a regular file").
    expect(listing.files.sort()).toEqual(['sub/alias.md', 'sub/device.md', 'sub/report.md'])
    expect(listing.skipped.map((s) => s.file)).toEqual(['sub/broken.md', 'sub/pipe.md'])
  })

  test('a directory that cannot be read is named, and the others are still listed', async () => {
    const root = oddTree()
    mkdirSync(join(root, 'locked'))
    writeFileSync(join(root, 'locked', 'hidden.md'), BAD)
    type Readdir = (path: string, options: { withFileTypes: true }, callback: (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void) => void
    const denying: Readdir = (path, options, callback) => {
      if (path.includes('locked')) callback(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }), [])
      else (readdir as unknown as Readdir)(path, options, callback)
    }
    const listing = await listMatching('**/*.md', root, { listDirectory: denying })
    expect(listing.files.sort()).toEqual(['sub/report.md'])
    expect(listing.skipped[0]).toEqual({ file: 'locked', notice: 'skipped: a directory that could not be read (permission denied); the files in it were not checked' })
  })

  // A real unreadable directory: as root, the CLI runs as nobody, who cannot read a mode-000 directory.
  test('the CLI names an unreadable directory and the odd entries in every format, and checks the rest', () => {
    const root = oddTree()
    mkdirSync(join(root, 'locked'))
    writeFileSync(join(root, 'locked', 'hidden.md'), BAD)
    chmodSync(join(root, 'locked'), 0o000)
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}
    const run = (format: string) => spawnSync(process.execPath, [cli, '.', '--format', format, '--no-color'], { cwd: root, encoding: 'utf8', ...asNobody })
    const json = run('json')
    expect(json.status).toBe(1)
    const parsed = JSON.parse(json.stdout) as { notices: Array<{ file: string; message: string }>; findings: Array<{ file: string }> }
    expect(parsed.notices.map((n) => [n.file, n.message.split(';')[0]])).toEqual([
      ['./locked', 'skipped: a directory that could not be read (permission denied)'],
      ...EXPECTED.filter((e) => e[1] !== null).map((e) => [`./${e[0]}`, String(e[1]).split(';')[0]])
    ])
    expect(parsed.findings.map((f) => f.file)).toEqual(['./sub/report.md'])
    expect(json.stderr).toContain('recount: ./locked: skipped: a directory that could not be read (permission denied)')
    const github = run('github')
    expect(github.stdout).toContain('::notice file=./locked,title=recount::skipped: a directory that could not be read (permission denied)')
    expect(github.stdout).toContain('::notice file=./sub/pipe.md,title=recount::skipped: a FIFO, not a regular file')
    const stylish = run('stylish')
    expect(stylish.stdout).toContain('./sub/broken.md\n  notice  skipped: a broken symbolic link (its target does not exist)')
    expect(stylish.stdout).toContain('./locked\n  notice  skipped: a directory that could not be read (permission denied)')
  })
})
