import { md, phrasingMatrix } from './matrix.js'

// The days between two dates against the number stated for them: either end may count (n or n ± 1), a
// span may be counted in working days, and a countdown runs from the report's own date on the page.
phrasingMatrix('date-span', 'time-arithmetic', {
  flag: [
    'Pilot window: Jan 10 – Feb 3 (27 days)',
    'The freeze ran 2026-03-02 to 2026-03-09 (12 days).',
    // Across a year end, and across a leap day (2024-02-29).
    'Holiday cover: Dec 28 – Jan 4, 2026 (3 weeks)',
    'Migration: 2024-02-27 → 2024-03-02 (6 days)',
    'Beta ran from 14 September 2025 to 30 September 2025 (20 days)',
    'Soak test between 1 March 2026 and 31 March 2026 (45 days)',
    'Sprint 7: Nov 3–7, 2025 (9 days)',
    'Discovery: 2026-01-05 to 2026-03-30 (~3 weeks)',
    'Hardening: 2026-03-02 – 2026-03-06 (9 business days)',
    // Both dates in one sentence.
    'As of 2026-04-08, 120 days remain until the 2 Aug 2026 deadline.',
    // The report's date elsewhere on the page: a warning.
    [md('Report date: 2026-04-08', '', '## Milestones', '', '- Deadline: 2 Aug 2026', '', '## Status', '', 'Days remaining: 111'), 9, 'warning'],
    [md('**Date:** 2026-04-08', '', '**Launch:** 2026-05-20 (33 days left)'), 3, 'warning'],
    [md('Date: 2026-04-08', '', 'Go-live: 2026-06-03 (2 weeks remaining)'), 3, 'warning'],
    [md('Date: 2026-04-08', '', 'Kickoff was 2026-01-05, 40 days ago.'), 3, 'warning'],
    // A deadline in another section, bound by its name.
    [md('# Status — 2026-04-08', '', '## Launch plan', '', '- Launch date: 2026-05-08', '', '## Countdown', '', '- Days until launch: 12'), 9, 'warning'],
    // The deadline in parentheses after a countdown's label.
    [md('Status date: 2026-04-08', '', '- **Days left:** 20 (2026-05-20)'), 3, 'warning'],
    // Counted from the date of the entry it stands in.
    [md('# Log', '', '## 2026-04-08', '', '- Deadline: 2026-04-20', '- Days left: 20'), 6, 'warning']
  ],
  leave: [
    // 24 days, or 25 counting both ends.
    'Pilot window: Jan 10 – Feb 3 (25 days)',
    'Pilot window: Jan 10 – Feb 3 (24 days)',
    'from 3 March to 17 March (2 weeks)',
    'Migration: 2024-02-27 → 2024-03-02 (4 days)',
    'Holiday cover: Dec 28, 2025 – Jan 4, 2026 (1 week)',
    'Discovery: 2026-01-05 to 2026-01-26 (~3 weeks)',
    'Audit window: 2026-03-01 to 2026-03-10 (10 days inclusive)',
    // Working days: the weekday count, or fewer (holidays), or a span counted in them without saying so.
    'Hardening sprint: 2026-03-02 – 2026-03-13 (10 business days)',
    'Hardening sprint: 2026-03-02 – 2026-03-13 (8 working days)',
    'Sprint 5: Mar 2 – Mar 13, 2026 (10 days)',
    // Fractions, versions and slashed dates that could be either day or month first are not dates.
    'Checks 4/4 to 7/10 (5 days)',
    'Upgraded 1.2.3 to 1.4.0 (12 days)',
    'Window 04/08/2026 – 05/08/2026 (3 days)',
    'Q1 push: Jan 5 – Mar 30 (3 months)',
    md('Report date: 2026-04-08', '', 'Deadline: 2 Aug 2026', '', 'Days remaining: 116'),
    md('Report date: 2026-04-08', '', 'Deadline: 2 Aug 2026', '', 'Days remaining: 115'),
    md('Date: 2025-11-10', '', 'Launch: February 5, 2026 (13 weeks remaining)'),
    md('Date: 2026-04-08', '', 'Started 2026-01-05, 94 days ago'),
    md('Status date: 2026-04-08', '', '- **Days left:** 42 (2026-05-20)'),
    md('Status date: 2026-04-08', '', '- **Days left:** 20 (sprint ends 2026-05-20)'),
    // No report date on the page; two deadlines; a countdown to something else; time spent, not left.
    md('Deadline: 2 Aug 2026', '', 'Days remaining: 111'),
    md('Report date: 2026-04-08', '', '- Beta deadline: 2026-05-01', '- GA deadline: 2026-08-02', '', 'Days remaining: 30'),
    md('Report date: 2026-04-08', '', 'Deadline: 2 Aug 2026', '', 'Days until beta: 20'),
    md('Report date: 2026-04-08', '', 'Load tests ran for 3 days until 2026-04-20.'),
    // Month-name dates in two lines: no range.
    md('Started March 3.', '', 'Ended March 31 (10 days)')
  ]
})
