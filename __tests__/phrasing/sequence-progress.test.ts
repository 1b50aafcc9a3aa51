import { md, phrasingMatrix } from './matrix.js'

// A position in a plan or calendar and how far through it the text says it is: week n of m is between
// (n−1)/m (just begun) and n/m (done) of the way.
phrasingMatrix('sequence-progress', 'ratio-percent', {
  flag: [
    'Week 5 of 10 (70% through)',
    'Day 12 of 30 (60%)',
    'Sprint 2 of 8 — 50% complete',
    'Phase 3 of 4 (95% done)',
    'Milestone 1 of 4, 60% complete',
    'Iteration 6/10 (90%)',
    '85% complete (Month 3 of 12)',
    'Quarter 2 of 4 (80% of the way through)',
    'We are at stage 2 of 9 (50% done) after the review.',
    [md('| Item | Value |', '| --- | --- |', '| Timeline | Week 4 of 16 (45% elapsed) |'), 3],
    '- Cycle 7 of 20 (10% through)',
    '## Sprint 9 of 10 – 40% complete',
    'Module 2 of 10 (~60% through)',
    // Half a step of slack only in plans of four steps or more.
    'Phase 1 of 2 (75% complete)'
  ],
  leave: [
    'Week 3 of 12 (25% through)',
    // Week 3 has only begun: 2 of 12 weeks are behind it.
    'Week 3 of 12 (17% through)',
    'Day 40 of 90 (44%)',
    'Sprint 4 of 6 — 67% complete',
    'Week 6 of 12 (50%)',
    // Work done may run up to half a step ahead of or behind the position: 1 of 10 is 10%, a step 10%.
    '**Overall progress:** 14% (Sprint 1 of 10)',
    // The percentage names another measure, or is a score of the step.
    'Week 5 of 12 (35% of budget spent)',
    'Test 4 of 10 (35% pass rate)',
    'Round 2 of 5 (80%)',
    'Level 3 of 4 (92% accuracy)',
    'Phase 2 of 5 (60% of phase tasks done)',
    'Week 3 of 12: 35% of tickets closed',
    'Sprint 4 of 6 (67% velocity)',
    'Day 3 of 10 (35% CPU)',
    // A year is not the length of the sequence; a change and a range are not progress.
    'Week 15 of 2026 (29%)',
    'Week 3 of 12 (+35% throughput)',
    'Phase 2 of 5 (30–40% done)',
    'Week 3 (35% through)'
  ]
})
