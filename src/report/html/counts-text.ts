import { MAP_VERDICTS, VERDICT_LOOK, type VerdictCounts } from './verdicts.js'

/** "12 claims: ✗ 3 contradicted, ⊘ 0 suppressed, ? 8 could not be checked, ✓ 1 verified" (icons hidden from screen readers). */
export function countsText(counts: VerdictCounts, total: number): string {
  const parts = MAP_VERDICTS.map((v) => `<span class="cnt v-${v}"><span class="ic" aria-hidden="true">${VERDICT_LOOK[v].icon}</span> ${counts[v]} ${VERDICT_LOOK[v].label}</span>`)
  return `${total} claim${total === 1 ? '' : 's'}: ${parts.join(' ')}`
}
