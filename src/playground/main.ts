import { check } from '../check-markdown.js'
import { renderClaimMap, renderLegend, summarize } from './claim-map.js'
import { CLAIM_MAP_CSS } from '../report/html/index.js'
import { decodeFragment, encodeFragment } from './permalink.js'
import { EXAMPLE_REPORT } from './example.js'

// The playground page: check the textarea's report as one types (debounced), draw its claim map, and
// keep a permalink to the text in the URL fragment. Nothing leaves the browser.

const DEBOUNCE_MS = 250
// A long report takes a while to check (about a second for 250 KB): wait longer after each keystroke
// so typing does not stall on every letter.
const MAX_DEBOUNCE_MS = 2000
let lastRunMs = 0
const MAX_FILE_BYTES = 5 * 1024 * 1024

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id)
  if (!found) throw new Error(`the page has no #${id}`)
  return found as T
}

const input = element<HTMLTextAreaElement>('report')
const view = element<HTMLElement>('view')
const status = element<HTMLElement>('status')
const problem = element<HTMLElement>('problem')
const permalink = element<HTMLAnchorElement>('permalink')
const copy = element<HTMLButtonElement>('copy-link')
const copyResult = element<HTMLElement>('copy-result')
const fileInput = element<HTMLInputElement>('file')
const example = element<HTMLButtonElement>('load-example')

let timer: ReturnType<typeof setTimeout> | undefined
let linkVersion = 0

function showProblem(message: string | null): void {
  problem.textContent = message ?? ''
  problem.hidden = message === null
}

async function updatePermalink(text: string): Promise<void> {
  const version = ++linkVersion
  const fragment = text === '' ? '' : await encodeFragment(text)
  // A newer edit may have finished first: only the latest text names the link.
  if (version !== linkVersion) return
  const url = location.pathname + location.search + fragment
  history.replaceState(null, '', url)
  // With no text there is nothing to link to: without an href the link is plain text, out of the tab order.
  if (fragment === '') permalink.removeAttribute('href')
  else permalink.setAttribute('href', fragment)
}

function run(): void {
  const text = input.value
  const started = performance.now()
  try {
    const result = check(text, { file: 'report.md', listClaims: true })
    view.innerHTML = renderClaimMap(text, result)
    status.textContent = summarize(result)
    showProblem(null)
  } catch (error) {
    view.textContent = ''
    status.textContent = 'The report could not be checked.'
    showProblem(error instanceof Error ? error.message : String(error))
  }
  view.dataset.checked = String(text.length)
  lastRunMs = performance.now() - started
  void updatePermalink(text)
}

function schedule(): void {
  clearTimeout(timer)
  copyResult.textContent = ''
  timer = setTimeout(run, Math.min(MAX_DEBOUNCE_MS, Math.max(DEBOUNCE_MS, 2 * lastRunMs)))
}

function load(text: string): void {
  clearTimeout(timer)
  input.value = text
  run()
}

async function openFile(file: File): Promise<void> {
  if (file.size > MAX_FILE_BYTES) {
    showProblem(`${file.name}: too large for the playground (${file.size} bytes; at most ${MAX_FILE_BYTES})`)
    return
  }
  try {
    load(await file.text())
  } catch (error) {
    showProblem(`${file.name}: could not be read (${error instanceof Error ? error.message : String(error)})`)
  }
}

async function loadFragment(): Promise<void> {
  try {
    const text = await decodeFragment(location.hash)
    if (text !== null) load(text)
    else run()
  } catch (error) {
    run()
    showProblem(error instanceof Error ? error.message : String(error))
  }
}

// The claim map's own style sheet, adopted rather than inlined: the page's security policy allows
// no inline <style>.
const claimMapStyle = new CSSStyleSheet()
claimMapStyle.replaceSync(CLAIM_MAP_CSS)
document.adoptedStyleSheets = [...document.adoptedStyleSheets, claimMapStyle]
element<HTMLElement>('legend').innerHTML = renderLegend()

/** Follows a link inside the claim map (to a cited line, a note, a link back) without touching the URL, which holds the permalink. */
function followLink(event: MouseEvent): void {
  const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null
  const target = link && view.contains(link) ? document.getElementById((link.getAttribute('href') as string).slice(1)) : null
  if (!target) return
  event.preventDefault()
  for (const old of view.querySelectorAll('.flash')) old.classList.remove('flash')
  target.classList.add('flash')
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1')
  target.scrollIntoView({ block: 'center' })
  target.focus({ preventScroll: true })
}

view.addEventListener('click', followLink)
// Escape hides an open tooltip until focus or the pointer moves to another claim.
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') document.body.classList.add('no-tips')
})
document.addEventListener('focusin', () => document.body.classList.remove('no-tips'))
view.addEventListener('mouseover', () => document.body.classList.remove('no-tips'))
input.addEventListener('input', schedule)
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0]
  if (file) void openFile(file)
})
example.addEventListener('click', () => load(EXAMPLE_REPORT))
copy.addEventListener('click', () => {
  clearTimeout(timer)
  run()
  void updatePermalink(input.value).then(async () => {
    try {
      await navigator.clipboard.writeText(location.href)
      copyResult.textContent = 'Copied: the link holds the whole report.'
    } catch {
      copyResult.textContent = 'Copy the address from the address bar: it holds the whole report.'
    }
  })
})
document.addEventListener('dragover', (event) => {
  event.preventDefault()
  if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
})
document.addEventListener('drop', (event) => {
  event.preventDefault()
  const file = event.dataTransfer?.files[0]
  if (file) void openFile(file)
})
window.addEventListener('hashchange', () => void loadFragment())

void loadFragment()
