/**
 * list-count: a heading, lead-in or list item that states how many things follow must match them.
 *
 * Flags:      "## Modified Files (5)" over six items; "**6 key wins**:" over 5 items;
 *             "Created (18 files)" over a numbered list of 20; "- 3 dashboards deployed" over 4
 *             sub-items that each name a dashboard; "Fixtures (3 files): users, orders, items, prices" (4 names).
 * Leaves:     years, versions and names ("Reference (2025)", "Core 10 updates:"), scores and tallies
 *             ("Code Quality (9/10)", "CORS (19/20 PASS)" over the areas tested), "40+ tests covering:",
 *             "processing 10 files:", a list far shorter than its count (a sample, or groups),
 *             bullets that each name several things, fewer names than tests after a count of tests
 *             ("Templates (10 tests): rendering, tagging, error handling": what the tests cover).
 */
import { defineRule, verified, type Verdict } from '../rule.js'

export const listCount = defineRule({
  meta: { id: 'list-count', description: 'A stated count of items ("Modified Files (5)", "6 key wins:") must match the list or sections that follow.', severity: 'error', claims: ['count-items'] },
  verify(claim): Verdict {
    const { count, items } = claim
    if (items === count.written) return verified(claim.at)
    const stated = claim.at.unit.text.trim()
    return {
      status: 'contradicted',
      message: `"${stated.length > 60 ? `${stated.slice(0, 57)}…` : stated}" states ${count.written} but ${items} ${claim.what} follow`,
      computed: String(items),
      related: claim.first ? [claim.first] : []
    }
  }
})
