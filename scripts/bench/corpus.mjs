// Writes a deterministic corpus of realistic status reports: headings, prose with numbers, metric
// lists, before/after and target tables, fenced timelines, and the look-alikes reports carry
// (versions, dates, ports, IP ranges). The same seed gives the same bytes on every machine.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

function rng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS = 'the team shipped service latency deployment pipeline cache database queue migration review release monitoring alerts dashboard incident capacity throughput rollout config cluster storage region network endpoint schema index query worker budget'.split(' ')
const METRICS = ['Error Rate', 'P95 Latency', 'Uptime', 'Coverage', 'Build Time', 'Throughput', 'Cache Hit Rate', 'Queue Depth', 'Deploys', 'Open Incidents']

export function report(index, targetBytes = 25_000) {
  const r = rng(index + 1)
  const pick = (list) => list[Math.floor(r() * list.length)]
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1))
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ')
  const out = [`# Weekly report ${index}: ${words(3)}`, '', `**Date:** 2025-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`, '']
  let section = 0
  while (out.join('\n').length < targetBytes) {
    section++
    out.push(`## ${section}. ${words(2)} (${int(2, 9)}/${int(10, 15)})`, '')
    const total = int(20, 400)
    const passing = int(0, total)
    out.push(`The ${words(6)} on port ${int(1024, 9000)} after v${int(1, 4)}.${int(0, 9)}.${int(0, 20)}; ${passing} of ${total} checks passed (${((passing / total) * 100).toFixed(1)}%). Range 10.${int(0, 255)}.0.0/16, 24/7 on-call.`, '')
    out.push('**Key numbers**:', '')
    for (let k = 0; k < int(3, 7); k++) {
      const before = int(50, 900)
      const after = int(10, before)
      out.push(`- **${pick(METRICS)}**: ${before}ms → ${after}ms (${Math.round(((after - before) / before) * 100)}%)`)
    }
    out.push('', '| Metric | Before | After | Change |', '|---|---|---|---|')
    for (let k = 0; k < int(3, 6); k++) {
      const before = int(5, 99)
      const after = int(5, 99)
      out.push(`| ${pick(METRICS)} | ${before}% | ${after}% | ${after - before >= 0 ? '+' : ''}${(after - before).toFixed(0)} pp |`)
    }
    out.push('', '| Check | Target | Actual | Status |', '|---|---|---|---|')
    for (let k = 0; k < int(2, 4); k++) {
      const target = int(100, 500)
      const actual = int(50, 600)
      out.push(`| ${pick(METRICS)} | <${target}ms | ${actual}ms | ${actual < target ? '✅ PASS' : '❌ FAIL'} |`)
    }
    out.push('', '```', `${String(int(0, 23)).padStart(2, '0')}:${String(int(10, 59))} deploy started`, `${words(5)} (${int(2, 40)} minutes)`, '```', '')
    for (let p = 0; p < 3; p++) out.push(`${words(40)} ${int(2, 90)} ${words(30)}.`, '')
  }
  return out.join('\n') + '\n'
}

export function writeCorpus(dir, files = 2000, bytesPerFile = 25_000) {
  mkdirSync(dir, { recursive: true })
  let total = 0
  for (let i = 0; i < files; i++) {
    const text = report(i, bytesPerFile)
    const sub = join(dir, `team-${String(i % 20).padStart(2, '0')}`)
    mkdirSync(sub, { recursive: true })
    writeFileSync(join(sub, `report-${String(i).padStart(4, '0')}.md`), text)
    total += Buffer.byteLength(text)
  }
  return total
}
