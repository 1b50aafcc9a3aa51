import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { createRequire } from 'node:module'
import { deflateRawSync } from 'node:zlib'
import type { Browser, Page } from 'playwright-core'
import { haveChromium, launchChromium, missingChromium } from './chromium.js'
import { check } from '../../src/index.js'

// The playground in a real browser (Debian's chromium): type a report, see its claims judged, fix it,
// open a permalink, drop a file, and run axe-core over the page. The site is built here, into a
// temporary folder, and served from 127.0.0.1; the page must ask for nothing but its own files.

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' }
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

const CORPUS = '../shared/corpus/reports'
// The largest report of the shared corpus, where this checkout has it beside it (not in CI).
const largestCorpusReport = existsSync(CORPUS)
  ? readdirSync(CORPUS).filter((name) => name.endsWith('.md')).map((name) => join(CORPUS, name)).sort((a, b) => statSync(b).size - statSync(a).size)[0]
  : undefined

/** A permalink fragment made without the page's code: deflate-raw, base64url. */
const fragmentFor = (text: string) => `#md=${deflateRawSync(Buffer.from(text, 'utf8')).toString('base64url')}`

// Without chromium the tests are skipped on a developer's machine, but CI must have it.
const describeInBrowser = haveChromium || process.env.CI ? describe : describe.skip

describeInBrowser('the playground in chromium', () => {
  let dir: string
  let server: Server
  let base: string
  let browser: Browser
  let served: string[]
  let foreign: string[]
  let consoleErrors: string[]
  let pageErrors: string[]

  beforeAll(async () => {
    if (!haveChromium) throw new Error(missingChromium)
    dir = mkdtempSync(join(tmpdir(), 'recount-playground-'))
    const site = join(dir, 'site')
    execFileSync(process.execPath, ['scripts/build-site.mjs', site], { stdio: 'pipe' })
    served = []
    server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname
      served.push(path)
      const file = normalize(join(site, path === '/' ? 'index.html' : path))
      if (!file.startsWith(site) || !existsSync(file)) {
        response.writeHead(404).end()
        return
      }
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    if (server) await new Promise((resolve) => server.close(resolve))
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  async function open(fragment = ''): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    foreign = []
    page.on('request', (request) => {
      if (!request.url().startsWith(base)) foreign.push(request.url())
    })
    pageErrors = []
    consoleErrors = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    // A blocked request or script (the page's security policy) is reported here.
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    })
    await page.goto(base + fragment)
    await page.waitForFunction(() => document.getElementById('view')?.dataset.checked !== undefined)
    expect(pageErrors).toEqual([])
    return page
  }

  const statusText = (page: Page) => page.locator('#status').textContent()

  /** The page asked for nothing but its own files, threw nothing and logged no error. */
  async function finish(page: Page): Promise<void> {
    expect(foreign).toEqual([])
    expect(pageErrors).toEqual([])
    expect(consoleErrors).toEqual([])
    await page.close()
  }

  async function waitForStatus(page: Page, part: string): Promise<void> {
    await page.waitForFunction((text) => document.getElementById('status')?.textContent?.includes(text), part)
  }

  test('typing a list count that disagrees with its items marks it contradicted; fixing it marks it verified', async () => {
    const page = await open()
    // Nothing typed yet: nothing to link to.
    expect(await page.locator('#permalink').getAttribute('href')).toBeNull()
    await page.locator('#report').click()
    await page.keyboard.type('## Shipped (3)\n\n- login page\n- audit log\n- dark theme\n- CSV export\n')
    await waitForStatus(page, '1 contradicted')
    expect(await statusText(page)).toBe('1 finding; 1 number found: 0 verified, 1 contradicted, 0 could not be checked')
    const mark = page.locator('#view mark.v-contradicted')
    expect(await mark.count()).toBe(1)
    expect(await mark.locator('.ic').textContent()).toBe('✗')
    expect(await mark.evaluate((m) => m.lastChild?.textContent)).toBe('3')
    expect(await page.locator('#view mark.v-contradicted + .tip .tv').textContent()).toBe('✗ contradicted (error)')
    expect(await page.locator('#view .findings li').textContent()).toContain('"Shipped (3)" states 3 but 4 list items follow')

    // Fix the heading by keyboard: go to the start, over "## Shipped (", replace the 3.
    await page.keyboard.press('Control+Home')
    for (let i = 0; i < '## Shipped ('.length; i++) await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Delete')
    await page.keyboard.type('4')
    await waitForStatus(page, '1 verified')
    expect(await statusText(page)).toBe('0 findings; 1 number found: 1 verified, 0 contradicted, 0 could not be checked')
    expect(await page.locator('#view mark.v-verified .ic').textContent()).toBe('✓')
    expect(await page.locator('#view mark.v-verified + .tip .tv').textContent()).toBe('✓ verified')
    expect(await page.locator('#view mark.v-contradicted').count()).toBe(0)
    expect(await page.locator('#view').textContent()).toContain('No findings')
    await finish(page)
  })

  test('a share that does not match its fraction shows the arithmetic', async () => {
    const page = await open()
    await page.locator('#report').fill('Reviews done: 5 of 8 modules (75%)\n')
    await waitForStatus(page, '1 contradicted')
    const mark = page.locator('#view mark.v-contradicted')
    expect(await mark.evaluate((m) => m.lastChild?.textContent)).toBe('75%')
    const finding = await page.locator('#view .findings li').textContent()
    expect(finding).toContain('5 / 8 = 62.5%')
    expect(finding).toContain('the numbers give 62.5%')
    // The explanation is shown on keyboard focus, not only on hover: Tab from the editor reaches the claim.
    const tip = page.locator('#view mark.v-contradicted + .tip')
    expect(await tip.isVisible()).toBe(false)
    expect(await page.locator('#status').getAttribute('aria-live')).toBe('polite')
    await page.locator('#report').focus()
    const stops: string[] = []
    for (let i = 0; i < 12 && !(await mark.evaluate((m) => m === document.activeElement)); i++) {
      await page.keyboard.press('Tab')
      stops.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || ''))
    }
    // The editor's controls, the finding's link, then the claims of the map.
    expect(stops.slice(0, 4)).toEqual(['file', 'load-example', 'copy-link', 'permalink'])
    expect(stops[stops.length - 1]).toBe(await mark.getAttribute('id'))
    expect(await tip.isVisible()).toBe(true)
    await page.keyboard.press('Escape')
    expect(await tip.isVisible()).toBe(false)
    expect(await tip.textContent()).toContain('5 / 8 = 62.5%')
    await finish(page)
  })

  test('a cited line is one click away, and following it leaves the permalink in the address', async () => {
    const page = await open()
    await page.locator('#report').fill('## Risks (2)\n\n- supplier delay\n- key person leaves\n- budget cut\n')
    await waitForStatus(page, '1 contradicted')
    await page.waitForFunction(() => location.hash.startsWith('#md='))
    const hash = await page.evaluate(() => location.hash)
    await page.locator('#view .note a.rel', { hasText: 'line 3' }).click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f0-L3')
    expect(await page.locator('#f0-L3').getAttribute('class')).toContain('flash')
    expect(await page.evaluate(() => location.hash)).toBe(hash)
    // The findings list leads to the finding's note in the map.
    await page.locator('#view .findings a').click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f0-n0')
    await finish(page)
  })

  test('the permalink restores the text in a new page and checks it', async () => {
    const text = '# Week 12\n\nBugs closed: 9 of 12 (80%)\nBuild time fell from 10 min to 8 min, a 20% cut.\n'
    const first = await open()
    await first.locator('#report').fill(text)
    await first.waitForFunction(() => location.hash.startsWith('#md='))
    const hash = await first.evaluate(() => location.hash)
    expect(await first.locator('#permalink').getAttribute('href')).toBe(hash)
    await first.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base.slice(0, -1) })
    await first.locator('#copy-link').click()
    await first.waitForFunction(() => document.getElementById('copy-result')?.textContent !== '')
    expect(await first.locator('#copy-result').textContent()).toBe('Copied: the link holds the whole report.')
    expect(await first.evaluate(() => navigator.clipboard.readText())).toBe(base + hash)
    await first.close()

    const page = await open(hash)
    expect(await page.locator('#report').inputValue()).toBe(text)
    await waitForStatus(page, 'contradicted')
    expect(await statusText(page)).toContain('1 contradicted')
    expect(await page.locator('#view .findings li').textContent()).toContain('9 / 12 = 75%')
    expect(await page.locator('#view mark.v-verified').count()).toBeGreaterThan(0)
    // The text travelled only in the fragment: the server was asked for the page's own files.
    expect(served.every((path) => !path.includes('md'))).toBe(true)
    await finish(page)
  })

  test('a plain UTF-8 permalink opens too, and a damaged one says so', async () => {
    const text = 'Tickets: 3 of 4 done (75%) ✓\n'
    const page = await open(`#md-utf8=${Buffer.from(text).toString('base64url')}`)
    expect(await page.locator('#report').inputValue()).toBe(text)
    await waitForStatus(page, '0 contradicted')
    expect(await page.locator('#view mark.v-verified').count()).toBeGreaterThan(0)
    await finish(page)

    const damaged = await open('#md=AAAA')
    expect(await damaged.locator('#problem').textContent()).toContain("The link's text could not be restored")
    expect(await damaged.locator('#problem').isVisible()).toBe(true)
    await finish(damaged)
  })

  test('front matter configures the check in the browser too, and a bad setting is a one-line error', async () => {
    const page = await open()
    const body = '## Done (3)\n\n- parser\n- linter\n- docs\n- release notes\n\nBuilds green: 6 of 8 (80%)\n'
    await page.locator('#report').fill(`---\nrecount:\n  rules:\n    list-count: off\n---\n${body}`)
    await waitForStatus(page, '1 finding')
    expect(await page.locator('#view .findings li').textContent()).toContain('6 / 8 = 75%')
    expect(await page.locator('#problem').isVisible()).toBe(false)
    await page.locator('#report').fill(`---\nrecount:\n  rules:\n    list-count: loud\n---\n${body}`)
    await waitForStatus(page, 'could not be checked.')
    expect(await page.locator('#problem').textContent()).toBe('report.md:4:17: recount.rules.list-count: expected "off" | "notice" | "warning" | "error"')
    await finish(page)
  })

  test('dropping a .md file onto the page checks it', async () => {
    const page = await open()
    await page.evaluate(() => {
      const data = new DataTransfer()
      data.items.add(new File(['## Blocked (1)\n\n- vendor API\n- legal review\n'], 'week.md', { type: 'text/markdown' }))
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }))
    })
    await waitForStatus(page, '1 contradicted')
    expect(await page.locator('#report').inputValue()).toContain('## Blocked (1)')
    await finish(page)
  })

  /** Opens `file` by permalink and compares the page with check() run here, in Node. */
  async function expectSameAsNode(file: string): Promise<void> {
    const text = readFileSync(file, 'utf8')
    const result = check(text, { file: 'report.md', listClaims: true })
    const page = await open(fragmentFor(text))
    await page.waitForFunction((length) => document.getElementById('view')?.dataset.checked === String(length), text.length)
    expect(await page.locator('#report').inputValue()).toBe(text)
    const { found, verified, contradicted, unverifiable } = result.claims
    expect(await statusText(page)).toBe(`${result.findings.length} finding${result.findings.length === 1 ? '' : 's'}; ${found} number${found === 1 ? '' : 's'} found: ${verified} verified, ${contradicted} contradicted, ${unverifiable} could not be checked`)
    expect(await page.locator('#view .note').count()).toBe(result.findings.length)
    expect(await page.locator('#view mark.claim').count()).toBeGreaterThan(0)
    await finish(page)
  }

  test.each(readdirSync('examples/reports').map((name) => join('examples/reports', name)))('%s gives in the browser what it gives in Node', expectSameAsNode)

  const onCorpus = largestCorpusReport ? test : test.skip
  onCorpus(`the largest corpus report (${largestCorpusReport ?? 'absent'}) gives in the browser what it gives in Node`, async () => {
    await expectSameAsNode(largestCorpusReport as string)
  })

  test('axe-core finds no serious or critical violation, and the screenshot is saved', async () => {
    const page = await open()
    await page.locator('#load-example').click()
    await waitForStatus(page, 'contradicted')
    await page.locator('#view mark.v-contradicted').first().focus()
    await page.evaluate(AXE_SOURCE)
    const audit = () =>
      page.evaluate(async () => {
        type Rule = { id: string; impact?: string | null; nodes: unknown[] }
        const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Rule[]; passes: Rule[] }> } }).axe
        const result = await axe.run(document)
        return { passes: result.passes.length, violations: result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, nodes: v.nodes.length })) }
      })
    const { passes, violations } = await audit()
    expect(passes).toBeGreaterThan(10)
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([])
    // The audit does see this page: a button without a name is caught.
    await page.evaluate(() => document.getElementById('copy-link')?.replaceChildren())
    expect((await audit()).violations.map((v) => v.id)).toContain('button-name')
    await page.evaluate(() => document.getElementById('copy-link')?.append('Copy permalink'))
    mkdirSync('docs/images', { recursive: true })
    await page.screenshot({ path: 'docs/images/playground.png', fullPage: true })
    await finish(page)
  })
})
