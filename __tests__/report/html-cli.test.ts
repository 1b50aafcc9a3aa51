import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// The bundled CLI (dist/cli.js, built by `npm test`'s pretest).
const cli = new URL('../../dist/cli.js', import.meta.url).pathname
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd })

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'recount-html-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

describe('recount --format html', () => {
  const files = { 'a.md': '# Status\n\n- Health: 2/8 → 7/8 (+350%)\n', 'b.md': '# Fine\n\nHealthy: 7/8 (88%)\n' }

  test('--output writes the claim map to the file, nothing on stdout, and the exit code is kept', () => {
    const dir = workspace(files)
    const result = run(['--format', 'html', '--output', 'map.html', 'a.md', 'b.md'], dir)
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    const page = readFileSync(join(dir, 'map.html'), 'utf8')
    expect(page).toMatch(/^<!DOCTYPE html>/)
    expect(page).toContain('<a class="file-link" href="#f0">a.md</a>')
    expect(page).toContain('<a class="file-link" href="#f1">b.md</a>')
    expect(page).toMatch(/<mark class="claim v-contradicted"[^>]*><span class="ic" aria-hidden="true">✗<\/span>\+350%<\/mark>/)
  })

  test('without --output the page goes to stdout; --output works for the other formats too', () => {
    const dir = workspace(files)
    expect(run(['--format', 'html', 'b.md'], dir).stdout).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n$/)
    run(['--format', 'json', '--output', 'out.json', 'a.md'], dir)
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).findings).toHaveLength(1)
  })

  test('an --output that cannot be written is a one-line error and exit 2', () => {
    const dir = workspace(files)
    const result = run(['--format', 'html', '--output', 'missing/map.html', 'a.md'], dir)
    expect(result.status).toBe(2)
    expect(result.stderr).toBe('recount: --output missing/map.html: cannot write it (ENOENT)\n')
  })
})
