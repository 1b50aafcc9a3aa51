import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { haveChromium, launchChromium, missingChromium } from './chromium.js'
import { checkFiles } from '../../src/check-files.js'
import { writeHtmlReport } from '../../src/report/html-writer.js'
import { CLAIM_MAP_CSS, CLAIM_MAP_SCRIPT, renderFileView } from '../../src/report/html/index.js'
import { check } from '../../src/index.js'

// The claim map in a real browser: Debian's chromium, driven by playwright-core. Without chromium
// the tests are skipped on a developer's machine; in CI (CI set) a missing chromium is a failure.
// RECOUNT_CORPUS_DIR points elsewhere (a missing folder tries the generated report, as CI does).
const CORPUS = process.env.RECOUNT_CORPUS_DIR ?? new URL('../../../shared/corpus/reports/', import.meta.url).pathname
const SCREENSHOT = new URL('../../docs/images/claim-map.png', import.meta.url).pathname
const out = mkdtempSync(join(tmpdir(), 'recount-claim-map-'))
writeFileSync(join(out, 'blank.html'), '<!DOCTYPE html><html lang="en"><head><title>live</title></head><body></body></html>')

async function claimMap(paths: string[], name: string): Promise<string> {
  const { results } = await checkFiles(paths, { listClaims: true })
  const file = join(out, name)
  await writeHtmlReport(file, results)
  return pathToFileURL(file).href
}

/** The largest report of the shared corpus, or (where there is none, as in CI) a long generated one. */
function largestReport(): string {
  if (existsSync(CORPUS)) {
    const sized = readdirSync(CORPUS).filter((f) => f.endsWith('.md')).map((f) => ({ path: join(CORPUS, f), size: statSync(join(CORPUS, f)).size }))
    if (sized.length > 0) return sized.sort((a, b) => b.size - a.size)[0]?.path as string
  }
  const parts = ['# Quarterly platform review', '', '## Summary', '', '- Error rate: 0.4%', '- Requests served: 18.2M', '']
  for (let i = 1; i <= 400; i++) {
    const passed = 40 + (i % 7)
    parts.push(`## Service ${i}`, '', `- Tests passing: ${passed} of 48 (${i % 5 === 0 ? 99 : Math.round((passed / 48) * 100)}%)`, `- Latency moved from ${200 + i}ms to ${180 + i}ms`, `- Alerts: ${i % 3} open`, '')
  }
  parts.push('## Totals', '', '- Error rate: 0.9%', '- Error rate: 0.7%', '')
  const file = join(out, 'generated-large-report.md')
  writeFileSync(file, parts.join('\n'))
  return file
}

const launch = launchChromium

const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

async function axeViolations(page: Page): Promise<Array<{ id: string; impact: string; nodes: string[] }>> {
  await page.addScriptTag({ path: axeScript })
  return page.evaluate(async () => {
    const results = await (window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run()
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }))
  })
}

const isVisible = (page: Page, selector: string) => page.locator(selector).evaluate((el) => getComputedStyle(el).display !== 'none')

const inViewport = (page: Page, id: string) =>
  page.evaluate((target) => {
    const box = (document.getElementById(target) as HTMLElement).getBoundingClientRect()
    return box.top >= 0 && box.bottom <= window.innerHeight
  }, id)

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '')

if (!haveChromium && process.env.CI) {
  test('chromium is installed for the browser tests', () => {
    throw new Error(missingChromium)
  })
}

const suite = haveChromium ? describe : describe.skip

suite('claim map in chromium', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } })
  })
  afterEach(async () => {
    await page.close()
  })

  describe('the examples', () => {
    let url: string
    const requests: string[] = []
    beforeAll(async () => {
      url = await claimMap(['examples/reports'], 'examples.html')
    })

    test('opens on the report with findings, every claim highlighted with its verdict', async () => {
      page.on('request', (r) => requests.push(r.url()))
      await page.goto(url)
      await expect(page.locator('#view article h2').textContent()).resolves.toBe('examples/reports/contradictory-status-report.md')
      const marks = await page.locator('#view mark.claim').evaluateAll((els) => els.map((el) => ({ claims: (el.getAttribute('data-claims') ?? '').split(' '), cls: el.className, icon: el.querySelector('.ic')?.textContent, underline: getComputedStyle(el).textDecorationStyle })))
      expect(marks.flatMap((m) => m.claims).length).toBe(20)
      const look = { 'claim v-contradicted': ['✗', 'wavy'], 'claim v-unverifiable': ['?', 'dotted'], 'claim v-verified': ['✓', 'solid'] }
      for (const mark of marks) expect([mark.icon, mark.underline]).toEqual(look[mark.cls as keyof typeof look])
      expect(marks.filter((m) => m.cls === 'claim v-contradicted').length).toBe(9)
      // Nothing but the page itself was loaded.
      expect(requests).toEqual([url])
    })

    test('the reading and arithmetic show on hover and on keyboard focus; Escape hides them', async () => {
      await page.goto(url)
      expect(await isVisible(page, '#f1-t0')).toBe(false)
      await page.hover('#f1-c0')
      expect(await isVisible(page, '#f1-t0')).toBe(true)
      await expect(page.locator('#f1-t0').textContent()).resolves.toContain('✗ contradicted (error)')
      await page.mouse.move(5, 5)
      // From the file (a link to it focuses it), Tab reaches the first claim; its tooltip describes it.
      await page.goto(`${url}#f1`)
      expect(await focusedId(page)).toBe('f1')
      await page.keyboard.press('Tab')
      expect(await focusedId(page)).toBe('f1-c0')
      expect(await isVisible(page, '#f1-t0')).toBe(true)
      const description = await page.evaluate(() => document.getElementById(document.activeElement?.getAttribute('aria-describedby') ?? '')?.textContent)
      expect(description).toContain('2 → 7 is +250%')
      await page.keyboard.press('Tab')
      expect(await focusedId(page)).toMatch(/^f1-c\d+$/)
      expect(await isVisible(page, '#f1-t0')).toBe(false)
      await page.keyboard.press('Escape')
      const open = await page.evaluate(() => [...document.querySelectorAll('.tip')].filter((t) => getComputedStyle(t).display !== 'none').length)
      expect(open).toBe(0)
    })

    test('a related place is a link to its line, and the line links back', async () => {
      await page.goto(url)
      const link = page.locator('#view .note a.rel[href="#f1-L27"]').first()
      await link.focus()
      await page.keyboard.press('Enter')
      expect(await focusedId(page)).toBe('f1-L27')
      expect(await inViewport(page, 'f1-L27')).toBe(true)
      expect(page.url()).toMatch(/#f1-L27$/)
      const back = page.locator('#f1-L27 a.back').first()
      await expect(back.textContent()).resolves.toBe('↩ cited at line 8 (conflicting-values)')
      const note = (await back.getAttribute('href'))?.slice(1) as string
      await back.click()
      expect(await focusedId(page)).toBe(note)
      expect(await inViewport(page, note)).toBe(true)
      await expect(page.locator(`#${note}`).textContent()).resolves.toContain('Errors is zero here but 1,456 at line 27')
    })

    test('the side list opens another file, and a finding in it', async () => {
      await page.goto(url)
      await page.click('a.file-link[href="#f0"]')
      await expect(page.locator('#view article h2').textContent()).resolves.toBe('examples/reports/clean-release-report.md')
      expect(await page.locator('a.file-link[href="#f0"]').getAttribute('aria-current')).toBe('page')
      await page.click('nav a[href^="#f1-n"] >> nth=0')
      expect(await focusedId(page)).toMatch(/^f1-n\d+$/)
      // A link to a line nothing else points at still finds it.
      await page.goto(`${url}#f1-L36`)
      expect(await focusedId(page)).toBe('f1-L36')
    })

    test('passes axe-core with no violations; screenshot for the README', async () => {
      await page.goto(url)
      await page.click('details summary')
      expect(await axeViolations(page)).toEqual([])
      // The claim on line 8 with its tooltip open, the page scrolled to the top, the table closed.
      await page.click('details summary')
      await page.setViewportSize({ width: 1280, height: 980 })
      await page.locator('#f1-L8 mark.v-contradicted').evaluate((el: HTMLElement) => el.focus({ preventScroll: true }))
      await page.evaluate(() => window.scrollTo(0, 0))
      mkdirSync(new URL('.', pathToFileURL(SCREENSHOT)).pathname, { recursive: true })
      await page.screenshot({ path: SCREENSHOT })
    })
  })

  test('a live page built from the parts of the renderer (as the playground does) links without touching the fragment', async () => {
    const text = readFileSync('examples/reports/contradictory-status-report.md', 'utf8')
    const view = renderFileView({ path: 'live.md', text, result: check(text, { file: 'live.md', listClaims: true }) }, 0)
    await page.goto(`${pathToFileURL(join(out, 'blank.html')).href}#text=kept`)
    await page.evaluate(([css, html, script]) => {
      const style = document.createElement('style')
      style.textContent = css as string
      document.head.append(style)
      const main = document.createElement('main')
      main.innerHTML = html as string
      document.body.append(main)
      new Function(script as string)()
    }, [CLAIM_MAP_CSS, view, CLAIM_MAP_SCRIPT])
    await page.locator('a.rel[href="#f0-L27"]').first().click()
    expect(await focusedId(page)).toBe('f0-L27')
    expect(page.url()).toMatch(/#text=kept$/)
    await page.focus('#f0-c0')
    expect(await isVisible(page, '#f0-t0')).toBe(true)
  })

  describe('the largest report', () => {
    test('every claim highlighted, links work, no axe violations', async () => {
      const report = largestReport()
      const { results } = await checkFiles([report], { listClaims: true })
      const claims = results[0]?.claimList?.length ?? 0
      expect(claims).toBeGreaterThan(0)
      const lines = readFileSync(report, 'utf8').split(/\r\n|\r|\n/).length
      const file = join(out, 'largest.html')
      await writeHtmlReport(file, results)
      await page.goto(pathToFileURL(file).href)
      expect(await page.locator('#view .src > div:not(.note)').count()).toBe(lines)
      const covered = await page.locator('#view mark.claim').evaluateAll((els) => els.reduce((n, el) => n + (el.getAttribute('data-claims') ?? '').split(' ').length, 0))
      expect(covered).toBe(claims)
      const last = await page.locator('#view mark.claim').last().getAttribute('id')
      await page.focus(`#${last}`)
      expect(await inViewport(page, last as string)).toBe(true)
      await page.goto(`${pathToFileURL(file).href}#f0-L${lines}`)
      expect(await focusedId(page)).toBe(`f0-L${lines}`)
      expect(await inViewport(page, `f0-L${lines}`)).toBe(true)
      const rel = page.locator('#view a.rel').first()
      if ((await rel.count()) > 0) {
        const target = (await rel.getAttribute('href'))?.slice(1) as string
        await rel.click()
        expect(await focusedId(page)).toBe(target)
      }
      const violations = await axeViolations(page)
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([])
    }, 180_000)
  })
})
