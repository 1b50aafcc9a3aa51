import { md, phrasingMatrix } from './matrix.js'

// Arithmetic written out: an expression, "=", and its result; in prose, lists, tables and headings;
// with units it can combine and convert.
phrasingMatrix('arithmetic', 'written-arithmetic', {
  flag: [
    // A price per thousand: the K counts thousands, and the result matches neither reading.
    'Input cost: 40K × $0.0002 = $0.5',
    'Queue wait 3 min + build 21 min + deploy 2 min = 30 min',
    'Costs: compute $400 + storage $120 = $560',
    'Average: (85 + 92 + 90) / 3 = 91%',
    '12 + 8 + 5 = 24',
    '1,200 / 8 = 160',
    '- Disk: 2.5 GB × 4 = 12 GB',
    [md('| Item | Working |', '|---|---|', '| Backoff | 90 s × 4 = 5 min |'), 3],
    '## Budget: $40 × 12 = $500',
    '**Throughput:** 1,200 / 8 = 160 req/s',
    'Each of the 3 retries × 40 min = 3 h of waiting',
    'We keep 60% of 200 = 130 slots warm',
    'Per month: $1.2M / 12 = $120K',
    // Rounding edge: 10 / 3 is 3.33, so 3.4 is off at its own precision.
    'Split: 10 / 3 = 3.4',
    [md('- Costs', '  - 3 nodes × $250 = $800'), 2],
    'Total = 12 + 8 + 5 = 24 tickets',
    'Load: 2 + 3 × 4 = 20',
    'Storage: three shards × 250 GB = 1.5 TB',
    'Downtime: 1.5 h + 45 min = 2 h 30 min'
  ],
  leave: [
    // "$0.0002/1K tokens": 40K counts thousands of tokens, so the product is $0.008.
    'Input cost: 40K × $0.0002 = $0.008',
    // A group of terms not read, then an operator: the expression starts before what was read.
    'Requests: (120 reads + 80 writes) / 1000 × $0.004 = $0.0005',
    'Queue wait 3 min + build 21 min + deploy 2 min = 26 min',
    'Sprint 3 velocity 21 points = on plan',
    '3 × 40 min = 2 h',
    '7 requests × 800ms = 5.6 seconds',
    '2.5 GB × 4 = 10 GB',
    '90 s × 4 = 6 min',
    'Split: 10 / 3 = 3.33',
    'Split: 10 / 3 ≈ 3.3',
    'Split: 10 / 3 ~ 3',
    'Shipped on 2026-04-08 = 98 days in',
    'Window: 10-20 = typical load',
    'Version 2.3-1 = current stable',
    'Hotline +1 555-123-4567 = support',
    'Support: 24/7 = 168 hours a week',
    'Target arch x86-64 = 64-bit',
    'A 3x3 grid = 10 cells with the border',
    'area = w × h = 20',
    'Chunks: 1 000 / 8 = 125',
    'Merged: 4 + 5 + 7 → 13 unique keys',
    '30% error rate × 2 retries × 10 min = 6 hours',
    'Memory: 1024 × 4 = 4 MB',
    'Q3 = 12 + 8'
  ]
})
