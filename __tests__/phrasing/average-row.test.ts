import { md, phrasingMatrix } from './matrix.js'

// An Average or Mean row against the mean of the rows of its column, and an Average column against
// the mean of repeated measurements beside it (Run 1, Run 2…; Q1…Q4; months).
const table = (head: string, ...rows: string[]) => md(head, head.replace(/[^|]+/g, '---'), ...rows)

phrasingMatrix('average-row', 'aggregate', {
  flag: [
    [table('| Service | P95 |', '| API | 40ms |', '| Web | 60ms |', '| **Average** | 45ms |'), 5],
    [table('| Run | Time |', '| 1 | 1.2 s |', '| 2 | 800 ms |', '| **Mean** | 900 ms |'), 5],
    [table('| Service | Cost |', '| API | $1,200 |', '| Web | $800 |', '| Jobs | $400 |', '| Avg | $900 |'), 6],
    [table('| Service | P95 | P99 |', '| API | 40ms | 90ms |', '| Web | 60ms | 110ms |', '| **Average** | 50ms | 120ms |'), 5],
    [table('| Service | P95 |', '| API | 40ms |', '| Web | 60ms |', '| **Total** | 100ms |', '| **Average** | 45ms |'), 6],
    [table('| Region | Uptime |', '| east | 99.9% |', '| west | 99.5% |', '| Average | 99.9% |'), 5],
    [table('| Team | Merged PRs |', '| Core | 12 |', '| Infra | 8 |', '| Docs | 10 |', '| *Mean* | 12 |'), 6],
    // Rounding edge: the mean is 1.67, neither rounded (1.7) nor cut (1.6) to 1.5.
    [table('| Job | Builds |', '| lint | 1 |', '| unit | 2 |', '| e2e | 2 |', '| Average | 1.5 |'), 6],
    [table('| Stage | Duration |', '| **Average** | 3.0 s |', '| build | 2 s |', '| test | 2 s |'), 3],
    [table('| Model | Run 1 | Run 2 | Run 3 | Average |', '| small | 10 | 12 | 14 | 13 |', '| large | 5 | 5 | 5 | 5 |'), 3],
    [table('| Team | Q1 | Q2 | Q3 | Q4 | Avg |', '| Core | 10 | 20 | 30 | 40 | 25 |', '| Web | 8 | 8 | 8 | 8 | 9 |'), 4],
    [table('| Host | Jan | Feb | Mar | Mean |', '| a | 40% | 50% | 60% | 55% |'), 3],
    [table('| Bench | Seed 0 | Seed 1 | Average |', '| parse | 1.0 s | 1.4 s | 1.0 s |'), 3]
  ],
  leave: [
    table('| Service | P95 |', '| API | 40ms |', '| Web | 60ms |', '| Average | 50ms |'),
    table('| Statistic | Latency |', '| Min | 8ms |', '| Mean | 31ms |', '| Max | 120ms |', '| P95 | 90ms |'),
    table('| Metric | Value |', '| Average power | 210 W |', '| Peak power | 390 W |'),
    table('| Model | Error A | Error B | Improvement |', '| X | 5.0% | 4.0% | 20.0% |', '| Y | 4.0% | 3.6% | 10.0% |', '| **Average** | 4.5% | 3.8% | 15.6% |'),
    table('| Vendor | Base | Extra | Extra % |', '| A | $100 | $200 | 200% |', '| B | $300 | $150 | 50% |', '| **Average** | $200 | $175 | 88% |'),
    // The mean is 1.67: 1.7 rounds it, 1.6 cuts it.
    table('| Job | Builds |', '| lint | 1 |', '| unit | 2 |', '| e2e | 2 |', '| Average | 1.7 |'),
    table('| Job | Builds |', '| lint | 1 |', '| unit | 2 |', '| e2e | 2 |', '| Average | 1.6 |'),
    table('| Service | P95 |', '| API | 40ms |', '| Web | 60ms |', '| Average | ~45ms |'),
    table('| Service | P95 |', '| API | 40ms |', '| Web | 60ms |', '| Target average | 45ms |'),
    // An average over every request, not over the two kinds listed.
    md('- Cold start: 1.2 s', '- Warm start: 200 ms', '- Average: 400 ms'),
    table('| Region | Peak | Average |', '| east | 90 ms | 40 ms |', '| west | 70 ms | 30 ms |'),
    table('| Host | CPU | Memory | Disk | Average |', '| a | 40% | 70% | 20% | 35% |'),
    table('| Model | Run 1 | Run 2 | Run 3 | Average |', '| small | 10 | 12 | 14 | 12 |', '| large | 5 | 5 | 6 | 5.3 |'),
    table('| Service | P95 |', '| API | 40ms |', '| Web | — |', '| Average | 45ms |')
  ]
})
