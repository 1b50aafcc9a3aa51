import { md, phrasingMatrix } from './matrix.js'

// Two clock times and the elapsed time stated for them: across midnight, on a 12-hour clock, to the second.
phrasingMatrix('clock-duration', 'time-arithmetic', {
  flag: [
    'Standup overran: 09:30–09:45 (20 min)',
    // Across midnight: 3.5 hours.
    'Maintenance window 22:00 to 01:30 (2.5 hours)',
    'Rollback ran from 14:05 until 14:50 — 55 minutes.',
    'The backfill started 08:10, finished 09:02 (42 min).',
    'Paging storm between 16:20 and 17:05 (55 minutes).',
    // A 12-hour clock.
    'Incident bridge open 2:15 pm – 3:05 pm (40 minutes)',
    'Office move: 11:30 am to 1:00 pm (2.5 hours)',
    // To the second.
    'Failover 10:15:30 → 10:16:10 (50 s)',
    // Arrows of every kind.
    'Cache rebuild 16:00 ⇒ 16:45 (30 min)',
    'Replay 07:00 => 07:20 (25 minutes)',
    'Smoke tests 13:10 -> 13:40 (20 min elapsed)',
    'Index warm-up 12:00 – 12:40 (duration: 25 min)',
    // A list item under a lead-in, a heading, a bold lead-in, a table cell.
    [md('- **Deploy**', '  - 11:00 → 11:40 (30 minutes)'), 2],
    '## Outage 03:10 → 03:55 (35 min)',
    '**Downtime:** 18:00–18:50 (1.5 hours)',
    [md('| Step | Window |', '| --- | --- |', '| Reindex | 05:00–06:15 (1.5 h) |'), 3],
    // Start, end and duration in columns of their own, the duration in minutes and seconds.
    [md('| Stage | Start | End | Duration |', '| --- | --- | --- | --- |', '| Snapshot | 04:00:00 | 04:03:30 | 3 m 30 s |', '| Restore | 04:03:30 | 04:19:00 | 12 m 30 s |'), 4],
    [md('| Task | Began (UTC) | Finished (UTC) | Took |', '| --- | --- | --- | --- |', '| Drain | 23:40 | 00:25 | 35 min |'), 3],
    [md('| Job | From | To | Elapsed |', '| --- | --- | --- | --- |', '| Reindex | 9:10 am | 10:00 am | 40 min |', '| **All** | 9:10 am | 11:30 am | **2 h 20 min** |'), 3],
    'Reindex finished 05:00:00 → 05:12:10 (12 m 20 s)',
    // The duration first, the span it lasted in a parenthesis after it.
    'Read-only mode lasted 1h 15m (21:30 → 22:35).',
    'Queue drained in 35 min (from 06:10 to 06:55)',
    // After an equals sign, or a dash and words naming the time taken.
    'Nightly run: 22:00:00 → 23:10:00 = 1h 20m',
    'The deploy started at 09:10 and finished at 09:50 — total wall-clock time 1h 10m.'
  ],
  leave: [
    'Standup overran: 09:30–09:45 (15 min)',
    'Maintenance window 22:00 to 01:30 (3.5 hours)',
    'Incident bridge open 2:15 pm – 3:05 pm (50 minutes)',
    'Failover 10:15:30 → 10:16:10 (40 s)',
    // Rounded right: 50 minutes is about an hour; times to the minute may each be cut short by one.
    '**Downtime:** 18:00–18:50 (1 hour)',
    'Rebuild 14:05–14:50 (44 min)',
    // Twelve-hour times without a marker: 11:30 to 1:15 is 1 h 45 min on a 12-hour clock.
    'Lunch-and-learn 11:30 to 1:15 (105 min)',
    // Two zones: the wall clocks differ by the offset.
    'Cutover 14:00 UTC – 15:00 CET (1 hour)',
    // A plan, a budget, a target: not the time that passed.
    'Dry run 09:00–09:50 (45 min planned)',
    'Dry run 09:00–09:50 (target 30 min)',
    // The duration of something else in the window.
    'Deploy day 09:00–17:00 (3 deploys)',
    'Change window 01:00–04:00 (20 min downtime)',
    // The total of two ranges, not the last one.
    'Pairing 09:00–10:00 and 14:00–15:30 (2.5 h)',
    // Within the approximation a "~" allows.
    'Drain 10:00 → 10:47 (~45 min)',
    // Scores, ratios and versions are not clock times.
    'Final tally 3:1 to 5:2 (10 min)',
    'Bumped 1.14.05 → 1.14.50 (25 min)',
    'Votes 12:30 against, 14:10 for (2 h debate)',
    // Two events, not a span: the duration may be the second one's.
    'Deploy 08:10, rollback 09:02 (42 min)',
    'Detected 08:10, resolved 09:02 (30 min to mitigate)',
    // Different days.
    'Mon 22:00 – Wed 01:30 (3.5 h)',
    // A later phase's own duration after an earlier range.
    'Phase 1 09:00–10:00, phase 2 10:00–11:30 (2 h)',
    // An overrun against the plan; work done within a window; lengths written as minutes and seconds.
    'Retro 10:00–11:15 (+15 min)',
    'Backup window 02:00–03:00 (took 12 min)',
    'Demo video cut from 3:20 to 4:10 (50 s longer)',
    'Clip length 3:20 – 4:10 (50 s)',
    // Columns of their own that agree, across midnight and rounded to the minute.
    md('| Stage | Start | End | Duration |', '| --- | --- | --- | --- |', '| Snapshot | 04:00:00 | 04:03:30 | 3 m 30 s |', '| Swap | 23:50 | 00:35 | 45 min |', '| Total | 04:00:00 | 04:20:10 | ~20 min |'),
    // A date in the cell, two start columns, or no duration column: not a span read from the row alone.
    md('| Stage | Start | End | Duration |', '| --- | --- | --- | --- |', '| Backfill | Mar 3 22:00 | Mar 4 01:00 | 27 h |'),
    md('| Stage | Start | Start (planned) | End | Duration |', '| --- | --- | --- | --- | --- |', '| Backfill | 22:00 | 21:00 | 23:00 | 2 h |'),
    md('| Stage | Start | End | Notes |', '| --- | --- | --- | --- |', '| Backfill | 22:00 | 23:00 | 45 min of it was queueing |'),
    'Read-only mode lasted 1h 05m (21:30 → 22:35).',
    'Nightly run: 22:00:00 → 23:10:00 = 1h 10m',
    'The deploy started at 09:10 and finished at 09:50 — total wall-clock time 40 min.',
    // Something besides the span in the parenthesis: a window the duration sits in, or a second span.
    'Read-only mode lasted 40 min (21:30 → 22:35 window)',
    'Pairing took 2.5 h (09:00–10:00, 14:00–15:30)',
    // A spaced "m" alone is not minutes.
    'Cable run 10:00 – 10:20 (40 m)'
  ]
})
