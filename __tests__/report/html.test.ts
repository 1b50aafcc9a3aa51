import { readFileSync, readdirSync } from 'node:fs'
import { check } from '../../src/index.js'
import { escapeHtml, renderClaimMapDocument, renderFileView, type ClaimMapFile } from '../../src/report/html/index.js'
import { htmlForScript } from '../../src/report/html/escape.js'
import type { ClaimView } from '../../src/model.js'

const EXAMPLE = 'examples/reports/contradictory-status-report.md'
const exampleText = readFileSync(EXAMPLE, 'utf8')
const claimMapFile = (path: string, text: string): ClaimMapFile => ({ path, text, result: check(text, { file: path, listClaims: true }) })

/** The opening tag of the element with this id, and everything up to the next line of the view. */
function element(html: string, id: string): string {
  const start = html.indexOf(` id="${id}"`)
  if (start < 0) throw new Error(`no element with id ${id}`)
  const open = html.lastIndexOf('<', start)
  const close = html.indexOf('</div>', start)
  return html.slice(open, close < 0 ? undefined : close)
}

/** Every highlight of a view: its claim indexes, its verdict class, and its tooltip's text. */
function highlights(html: string): Array<{ claims: number[]; verdictClass: string; verdicts: string[]; tip: string }> {
  const found = []
  let at = html.indexOf('<mark class="claim ')
  while (at >= 0) {
    const tag = html.slice(at, html.indexOf('>', at))
    const attr = (name: string) => tag.slice(tag.indexOf(`${name}="`) + name.length + 2, tag.indexOf('"', tag.indexOf(`${name}="`) + name.length + 2))
    const tipId = attr('aria-describedby')
    const tipStart = html.indexOf(`id="${tipId}"`, at)
    const tipEnd = html.indexOf('</span></span></span>', tipStart)
    const tip = html.slice(tipStart, tipEnd).replace(/<[^>]*>/g, '')
    found.push({ claims: attr('data-claims').split(' ').map(Number), verdictClass: attr('class').replace('claim ', ''), verdicts: attr('data-verdicts').split(' '), tip })
    at = html.indexOf('<mark class="claim ', at + 1)
  }
  return found
}

const LABEL: Record<ClaimView['verdict'], string> = { contradicted: 'contradicted', verified: 'verified', unverifiable: 'could not be checked' }

describe('claim map: one report', () => {
  const file = claimMapFile(EXAMPLE, exampleText)
  const claims = file.result.claimList as ClaimView[]
  const view = renderFileView(file, 0)
  const marks = highlights(view)

  test('every claim is highlighted once, with its verdict as class and as words in its tooltip', () => {
    expect(claims.length).toBeGreaterThan(15)
    const covered = marks.flatMap((m) => m.claims).sort((a, b) => a - b)
    expect(covered).toEqual(claims.map((_, i) => i))
    for (const mark of marks) {
      mark.claims.forEach((c, k) => {
        const claim = claims[c] as ClaimView
        expect(mark.verdicts[k]).toBe(claim.verdict)
        expect(mark.tip).toContain(`${LABEL[claim.verdict]}`)
        expect(mark.tip).toContain(`Read: ${escapeHtml(claim.reading)}`)
      })
      // A highlight covering claims of several verdicts shows the most serious.
      const shown = mark.verdicts.includes('contradicted') ? 'contradicted' : mark.verdicts.includes('unverifiable') ? 'unverifiable' : 'verified'
      expect(mark.verdictClass).toBe(`v-${shown}`)
    }
  })

  test('a contradicted claim shows the arithmetic, focusable and described by its tooltip', () => {
    const mark = marks.find((m) => m.tip.includes('stated change +350%'))
    expect(mark?.verdictClass).toBe('v-contradicted')
    expect(mark?.tip).toContain('✗ contradicted (error)')
    expect(mark?.tip).toContain('2 → 7 is +250%')
    expect(view).toMatch(/<mark class="claim v-contradicted" id="f0-c0" tabindex="0" aria-describedby="f0-t0"[^>]*><span class="ic" aria-hidden="true">✗<\/span>\+350%<\/mark><span class="tip" role="tooltip" id="f0-t0">/)
  })

  test('a claim that could not be checked says why', () => {
    const mark = marks.find((m) => m.verdicts.length === 1 && m.verdicts[0] === 'unverifiable')
    expect(mark?.tip).toContain('? could not be checked')
    expect(mark?.tip).toContain('Not checked: no metrics file to compare it with')
  })

  test('a related place is a link to its line, and that line links back to the finding', () => {
    const f = file.result.findings.findIndex((x) => x.rule === 'conflicting-values' && x.line === 8)
    expect(f).toBeGreaterThanOrEqual(0)
    const note = element(view, `f0-n${f}`)
    expect(note).toContain('Errors is zero here but 1,456 at <a class="rel" href="#f0-L27"')
    expect(note).toContain('>line 27</a>')
    const target = element(view, 'f0-L27')
    expect(target).toContain(`<a class="back" id="f0-b${f}-0" href="#f0-n${f}">↩ cited at line 8 (conflicting-values)</a>`)
  })

  test('a related line the message does not name is linked after it', () => {
    const f = file.result.findings.findIndex((x) => x.rule === 'sum-total')
    expect(element(view, `f0-n${f}`)).toContain('(see <a class="rel" href="#f0-L13"')
    expect(element(view, 'f0-L13')).toContain(`href="#f0-n${f}">↩ cited at line 12 (sum-total)</a>`)
  })

  test('"at lines 9 and 10": each number links to its line, and each line links back', () => {
    const restated = claimMapFile('r.md', '# Review\n\n## Summary\n\n- Error rate: 0.4%\n\n## Details\n\n- Error rate: 0.9%\n- Error rate: 0.7%\n')
    const html = renderFileView(restated, 4)
    const f = restated.result.findings.findIndex((x) => x.line === 5)
    expect(element(html, `f4-n${f}`)).toContain(`at lines <a class="rel" href="#f4-L9" aria-label="line 9" data-back="f4-b${f}-0">9</a> and <a class="rel" href="#f4-L10" aria-label="line 10" data-back="f4-b${f}-1">10</a> (the summary`)
    expect(element(html, 'f4-L9')).toContain(`href="#f4-n${f}">↩ cited at line 5`)
    expect(element(html, 'f4-L10')).toContain(`href="#f4-n${f}">↩ cited at line 5`)
  })

  test('a byte order mark and CRLF or CR line ends do not shift the highlights', () => {
    for (const eol of ['\r\n', '\r']) {
      const text = `\uFEFF# Status${eol}${eol}- Tests: 24 of 45 (60%)${eol}`
      const html = renderFileView(claimMapFile('bom.md', text), 0)
      expect(html).toMatch(/<div id="f0-L3">- Tests: <mark[^>]*>.*24<\/mark>.* of 45 \(<mark class="claim v-contradicted"[^>]*><span class="ic" aria-hidden="true">✗<\/span>60%<\/mark>/)
      expect(html).toContain('<div># Status</div>')
    }
  })

  test('lines keep their text in order, and ids only where something points', () => {
    const text = view.slice(view.indexOf('<div class="src">')).replace(/<span class="tip"[\s\S]*?<\/span><\/span><\/span>/g, '').replace(/<div class="note[\s\S]*?<\/div>/g, '').replace(/ <a class="back"[^>]*>[^<]*<\/a>/g, '')
    const lines = text.split('</div>').slice(0, -2).map((l) => l.replace(/<[^>]*>/g, '').replace('✗', '').replace('✓', '').replace('?', ''))
    expect(lines.length).toBe(exampleText.split('\n').length)
    expect(view).not.toContain('id="f0-L2"')
    expect(view).toContain('<div>## Highlights</div>')
  })
})

describe('claim map: hostile text', () => {
  const hostile = [
    '# Status </script><script>alert(1)</script>',
    '',
    '- Tests: 24 of 45 (60%) <img src=x onerror=alert(2)> "quoted" & \'single\' <!-- note -->',
    '- Uptime: <b>99.9%</b> `</script>`'
  ].join('\n')
  const page = renderClaimMapDocument([claimMapFile('<img src=x onerror=alert(3)>.md', hostile)])

  test('no tag of the report survives: every < of its text is escaped', () => {
    expect(page).not.toContain('<script>alert')
    expect(page).not.toContain('<img')
    expect(page).not.toContain('<b>')
    expect(page).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(page).toContain('&lt;img src=x onerror=alert(3)&gt;.md')
  })

  test('the page has exactly its own script elements: the view and the client script', () => {
    expect(page.match(/<script/g)?.length).toBe(2)
    expect(page.match(/<\/script/g)?.length).toBe(2)
    expect(page).toContain('<script type="text/x-recount-view" id="v0">')
    expect(page).not.toContain('<!--')
  })

  test('the page loads nothing: no src or href leaves it', () => {
    expect(page).not.toMatch(/\s(src|href)="(?!#)/)
    expect(page).toContain(`default-src 'none'`)
  })

  test('escaping helpers', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
    expect(htmlForScript('<p></SCRIPT><!--x--></p>')).toBe('<p>&lt;/SCRIPT>&lt;!--x--></p>')
  })
})

describe('claim map: the page', () => {
  const files = [
    claimMapFile('a.md', exampleText),
    claimMapFile('b.md', '# Quiet\n\nHealthy: 7/8 (88%)\n'),
    claimMapFile('c.md', '# Hidden\n\n- Tests: 24 of 45 (60%) <!-- recount-disable-line ratio-percent -->\n'),
    { path: 'd.md', text: '', result: { file: 'd.md', findings: [], claims: { found: 0, verified: 0, contradicted: 0, unverifiable: 0 }, error: 'd.md: permission denied' } }
  ]
  const page = renderClaimMapDocument(files, { title: 'Week 3 <reports>' })
  const exampleClaims = files[0]?.result.claimList as ClaimView[]
  const count = (verdict: string) => exampleClaims.filter((c) => c.verdict === verdict).length

  test('landmarks, a title, and one embedded view per file', () => {
    expect(page).toMatch(/^<!DOCTYPE html><html lang="en">/)
    expect(page).toContain('<title>Week 3 &lt;reports&gt;</title>')
    for (const landmark of ['<header', '<nav class="side" aria-labelledby="side-h">', '<main id="main">']) expect(page).toContain(landmark)
    for (let i = 0; i < files.length; i++) expect(page).toContain(`<script type="text/x-recount-view" id="v${i}">`)
    // The first file with findings is shown first.
    expect(page).toContain('data-first="0"')
  })

  test('a contradiction a recount-disable comment hides is highlighted as suppressed', () => {
    const view = renderFileView(files[2] as ClaimMapFile, 2)
    const mark = highlights(view).find((m) => m.tip.includes('24 of 45'))
    expect(mark?.verdictClass).toBe('v-suppressed')
    expect(mark?.tip).toContain('⊘ suppressed')
    expect(mark?.tip).toContain('Suppressed by a recount-disable comment')
  })

  test('counts per file in the side list and in each view, per rule in the table', () => {
    const side = page.slice(page.indexOf('<nav'), page.indexOf('</nav>'))
    const entry = side.slice(side.indexOf('href="#f0"'), side.indexOf('href="#f1"'))
    expect(entry).toContain(`✗</span>${count('contradicted')}<span class="sr"> contradicted</span>`)
    expect(entry).toContain(`?</span>${count('unverifiable')}<span class="sr"> could not be checked</span>`)
    expect(entry).toContain(`${files[0]?.result.findings.length} findings`)
    expect(entry).toMatch(/<span class="rule">conflicting-values<\/span> <a class="sev-warning" href="#f0-n\d+">line 8<span class="sr"> \(warning\)<\/span><\/a> <a class="sev-warning" href="#f0-n\d+">line 28/)
    expect(side.slice(side.indexOf('href="#f2"'))).toContain('⊘</span>1<span class="sr"> suppressed</span>')
    expect(side.slice(side.indexOf('href="#f3"'))).toContain('<strong>not checked</strong>')
    const row = page.slice(page.indexOf('<th scope="row">ratio-percent</th>'), page.indexOf('</tr>', page.indexOf('<th scope="row">ratio-percent</th>')))
    const ratio = (verdict: string) => files.flatMap((f) => f.result.claimList ?? []).filter((c) => c.rule === 'ratio-percent' && c.verdict === verdict).length
    // contradicted (1 reported), suppressed (1 hidden in c.md), could not be checked, verified; errors, warnings, notices
    expect(row.match(/<td>\d+<\/td>/g)).toEqual([1, 1, ratio('unverifiable'), ratio('verified'), 1, 0, 0].map((n) => `<td>${n}</td>`))
    const total = files.reduce((n, f) => n + (f.result.claimList?.length ?? 0), 0)
    expect(page).toContain(`4 files · ${total} claims: `)
  })

  test('an unreadable or skipped file is shown by its message alone', () => {
    expect(page).toContain('<p class="problem"><strong>Not checked:</strong> d.md: permission denied</p></article>')
    const skipped = renderFileView({ path: 'e.md', text: '', result: { file: 'e.md', findings: [], claims: { found: 0, verified: 0, contradicted: 0, unverifiable: 0 }, notice: 'skipped: looks like a binary file' } }, 5)
    expect(skipped).toContain('<p class="problem"><strong>Notice:</strong> skipped: looks like a binary file</p></article>')
    expect(skipped).not.toContain('class="src"')
  })
})

describe('claim map: the renderer runs in a browser', () => {
  test('no module of src/report/html imports Node or reads the process', () => {
    const dir = new URL('../../src/report/html/', import.meta.url)
    const sources = readdirSync(dir).filter((f) => f.endsWith('.ts'))
    expect(sources.length).toBeGreaterThan(5)
    for (const name of sources) {
      const source = readFileSync(new URL(name, dir), 'utf8')
      expect({ name, node: /from '(node:|fs|path|os|child_process)/.test(source) || /\bprocess\.|\brequire\(|\bBuffer\b/.test(source) }).toEqual({ name, node: false })
      for (const [, spec] of source.matchAll(/from '([^']+)'/g)) expect({ name, spec, relative: spec?.startsWith('./') || spec === '../../model.js' }).toEqual({ name, spec, relative: true })
    }
  })
})
