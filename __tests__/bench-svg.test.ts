// The benchmark's curve (npm run bench draws docs/images/bench.svg): built from plain strings, so
// here only that it draws what it is given, the same bytes each time.
import { benchSvg } from '../scripts/bench/svg.mjs'

const spread = (median: number) => ({ median, min: median * 0.9, max: median * 1.2 })
const rows = [
  { files: 1, recount: spread(0.4), peer: spread(0.8), floor: spread(0.3) },
  { files: 100, recount: spread(3), peer: spread(6), floor: spread(2.5) },
  { files: 1000, recount: spread(20), peer: spread(50), floor: spread(18) }
]

/** The y coordinates of a polyline drawn in `color`, left to right. */
function lineYs(svg: string, color: string): number[] {
  const match = new RegExp(`<polyline points="([^"]*)" fill="none" stroke="${color}"`).exec(svg)
  if (!match) throw new Error(`no line in ${color}`)
  return (match[1] as string).split(' ').map((point) => Number(point.split(',')[1]))
}

describe('the benchmark curve', () => {
  test('the same figures give the same bytes', () => {
    expect(benchSvg(rows, [], 'caption')).toBe(benchSvg(rows, [], 'caption'))
  })

  test('one line per tool, a point per size, the slower tool drawn higher', () => {
    const svg = benchSvg(rows)
    const peer = lineYs(svg, '#d1495b')
    const recount = lineYs(svg, '#00798c')
    expect(peer).toHaveLength(3)
    expect(recount).toHaveLength(3)
    // Time grows with the files: each point higher (a smaller y) than the one before.
    expect(recount[0]).toBeGreaterThan(recount[1] as number)
    expect(recount[1]).toBeGreaterThan(recount[2] as number)
    for (let i = 0; i < 3; i++) expect(peer[i]).toBeLessThan(recount[i] as number)
  })

  test('the extra points are marked without a line, and text is escaped', () => {
    const svg = benchSvg(rows, [{ name: 'docs <real>', files: 300, recount: spread(5), peer: spread(9), floor: spread(4) }], 'a & b')
    expect(svg).toContain('a &amp; b')
    expect(svg).toContain('docs &lt;real&gt;')
    expect(svg.match(/<polyline /g)).toHaveLength(3)
    expect(svg.match(/<rect x="[\d.]+" y="[\d.]+" width="8" height="8"/g)).toHaveLength(4)
  })

  test('recount without its code cache is a dashed line of its own when every size has it', () => {
    const withUncached = rows.map((row) => ({ ...row, uncached: spread(row.recount.median * 1.3) }))
    const svg = benchSvg(withUncached)
    expect(svg.match(/<polyline /g)).toHaveLength(4)
    expect(svg).toContain('recount, no code cache')
    expect(svg).toMatch(/<polyline points="[^"]*" fill="none" stroke="#00798c" stroke-width="2" stroke-dasharray="2 3"\/>/)
    // Missing from one row: not drawn at all.
    expect(benchSvg([...withUncached.slice(0, 2), rows[2]!]).match(/<polyline /g)).toHaveLength(3)
  })
})
