// Draws the size sweep as an SVG: wall time against the number of files, both axes logarithmic,
// one line per tool through the medians, a bar from the fastest to the slowest run at each point.
// Plain string building, no dependencies; the same numbers give the same bytes.

const WIDTH = 720
const HEIGHT = 420
const PLOT = { left: 70, right: 170, top: 40, bottom: 60 }
const SERIES = [
  { key: 'peer', label: 'markdownlint-cli2', color: '#d1495b', dash: '' },
  { key: 'recount', label: 'recount', color: '#00798c', dash: '' },
  { key: 'uncached', label: 'recount, no code cache', color: '#00798c', dash: '2 3' },
  { key: 'floor', label: 'recount parse floor', color: '#6c757d', dash: '5 4' }
]

const esc = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const num = (n) => (Math.round(n * 10) / 10).toString()

function logScale(min, max, from, to) {
  const a = Math.log10(min)
  const b = Math.log10(max)
  return (value) => from + ((Math.log10(value) - a) / (b - a)) * (to - from)
}

/** Powers of ten and their 2× and 5× between `min` and `max`. */
function ticks(min, max) {
  const out = []
  for (let p = Math.floor(Math.log10(min)); p <= Math.ceil(Math.log10(max)); p++) for (const m of [1, 2, 5]) {
    const v = m * 10 ** p
    if (v >= min * 0.999 && v <= max * 1.001) out.push(v)
  }
  return out
}

const label = (v) => (v >= 1000 ? `${v / 1000}k` : v < 1 ? String(Number(v.toPrecision(2))) : String(v))

/**
 * `rows`: the generated sizes (summarize() of sweep.mjs), each with files and, per series, median,
 * min and max seconds (a series missing from a row is not drawn). `extra`: points drawn without a line (the real documents).
 */
export function benchSvg(rows, extra = [], caption = '') {
  const all = [...rows, ...extra]
  // A series is drawn when every row has it.
  const shown = SERIES.filter((s) => all.every((r) => r[s.key]))
  const xs = all.map((r) => r.files)
  const ys = all.flatMap((r) => shown.flatMap((s) => [r[s.key].min, r[s.key].max]))
  const xMin = Math.min(...xs)
  const xMax = Math.max(...xs)
  const yMin = 10 ** Math.floor(Math.log10(Math.min(...ys)))
  const yMax = 10 ** Math.ceil(Math.log10(Math.max(...ys)))
  const x = logScale(xMin, xMax, PLOT.left, WIDTH - PLOT.right)
  const y = logScale(yMin, yMax, HEIGHT - PLOT.bottom, PLOT.top)
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" font-family="system-ui, sans-serif" font-size="12" role="img" aria-labelledby="bench-title">`,
    `<title id="bench-title">Wall time against the number of files: recount (with and without its code cache), markdownlint-cli2 and recount's parse floor</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`
  ]
  for (const v of ticks(yMin, yMax)) {
    out.push(`<line x1="${PLOT.left}" x2="${WIDTH - PLOT.right}" y1="${num(y(v))}" y2="${num(y(v))}" stroke="#e5e5e5"/>`)
    out.push(`<text x="${PLOT.left - 6}" y="${num(y(v) + 4)}" text-anchor="end" fill="#333">${label(v)}</text>`)
  }
  for (const v of xs.filter((v, i) => xs.indexOf(v) === i && rows.some((r) => r.files === v))) {
    out.push(`<line x1="${num(x(v))}" x2="${num(x(v))}" y1="${PLOT.top}" y2="${HEIGHT - PLOT.bottom}" stroke="#f0f0f0"/>`)
    out.push(`<text x="${num(x(v))}" y="${HEIGHT - PLOT.bottom + 16}" text-anchor="middle" fill="#333">${label(v)}</text>`)
  }
  out.push(`<rect x="${PLOT.left}" y="${PLOT.top}" width="${WIDTH - PLOT.left - PLOT.right}" height="${HEIGHT - PLOT.top - PLOT.bottom}" fill="none" stroke="#999"/>`)
  out.push(`<text x="${(PLOT.left + WIDTH - PLOT.right) / 2}" y="${HEIGHT - 18}" text-anchor="middle" fill="#333">files (generated reports of about 15 KB each)</text>`)
  out.push(`<text transform="translate(18 ${(PLOT.top + HEIGHT - PLOT.bottom) / 2}) rotate(-90)" text-anchor="middle" fill="#333">seconds (wall, median)</text>`)
  if (caption) out.push(`<text x="${PLOT.left}" y="${PLOT.top - 14}" fill="#333">${esc(caption)}</text>`)
  for (const s of shown) {
    const points = rows.map((r) => `${num(x(r.files))},${num(y(r[s.key].median))}`).join(' ')
    out.push(`<polyline points="${points}" fill="none" stroke="${s.color}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`)
    for (const r of rows) {
      const cx = num(x(r.files))
      out.push(`<line x1="${cx}" x2="${cx}" y1="${num(y(r[s.key].min))}" y2="${num(y(r[s.key].max))}" stroke="${s.color}" stroke-width="1"/>`)
      out.push(`<circle cx="${cx}" cy="${num(y(r[s.key].median))}" r="3" fill="${s.color}"><title>${esc(`${s.label}, ${r.files} files: ${r[s.key].median.toFixed(2)} s (${r[s.key].min.toFixed(2)}–${r[s.key].max.toFixed(2)})`)}</title></circle>`)
    }
    for (const r of extra) {
      const cx = num(x(r.files))
      const cy = num(y(r[s.key].median))
      out.push(`<rect x="${num(Number(cx) - 4)}" y="${num(Number(cy) - 4)}" width="8" height="8" fill="none" stroke="${s.color}" stroke-width="1.5"><title>${esc(`${s.label}, ${r.name} (${r.files} files): ${r[s.key].median.toFixed(2)} s`)}</title></rect>`)
    }
  }
  let ly = PLOT.top + 10
  for (const s of shown) {
    const lx = WIDTH - PLOT.right + 14
    out.push(`<line x1="${lx}" x2="${lx + 24}" y1="${ly}" y2="${ly}" stroke="${s.color}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`)
    out.push(`<text x="${lx + 30}" y="${ly + 4}" fill="#333">${esc(s.label)}</text>`)
    ly += 20
  }
  if (extra.length > 0) {
    const lx = WIDTH - PLOT.right + 14
    out.push(`<rect x="${lx + 8}" y="${ly - 4}" width="8" height="8" fill="none" stroke="#333" stroke-width="1.5"/>`)
    out.push(`<text x="${lx + 30}" y="${ly + 4}" fill="#333">${esc(extra.map((r) => r.name).join(', '))}</text>`)
    ly += 20
  }
  out.push(`<text x="${WIDTH - PLOT.right + 14}" y="${ly + 4}" fill="#666" font-size="11">bars: fastest to slowest run</text>`)
  out.push('</svg>')
  return out.join('\n') + '\n'
}
