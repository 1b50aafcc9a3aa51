import { md, phrasingMatrix } from './matrix.js'

// A ranking against the values it ranks: the forms a ranking is written in, and the look-alikes
// (ties, ranges, steps, rank changes, rankings by something the text does not show).
phrasingMatrix('rank-order', 'rank-order', {
  flag: [
    // A Rank column and a Points column: the Herons' 47 stands below the Otters' 41.
    [md('| Rank | Team | Points |', '|---|---|---|', '| 1 | Otters | 41 |', '| 2 | Herons | 47 |', '| 3 | Moles | 30 |'), 4],
    // A lower-is-better key under a Position column.
    [md('| Position | Region | p95 latency |', '|---|---|---|', '| 1 | eu-west | 120ms |', '| 2 | us-east | 95ms |', '| 3 | ap-south | 180ms |'), 4],
    // Rows in alphabetical order; the Rank column carries the ranking.
    [md('| Library | Rank | Rating |', '|---|---|---|', '| Apricot | 3 | 4.1 |', '| Birch | 1 | 4.6 |', '| Cedar | 2 | 4.8 |'), 5],
    // Ordinals in a Place column, times that rank lower first.
    [md('| Place | Runner | Time |', '|---|---|---|', '| 1st | Ada | 12.4s |', '| 2nd | Bo | 12.1s |', '| 3rd | Cy | 12.9s |'), 4],
    // Ordinal words.
    [md('| Place | Entry | Votes |', '|---|---|---|', '| First | Quill | 310 |', '| Second | Vellum | 355 |', '| Third | Ink | 120 |'), 4],
    // Medals in a column with no header.
    [md('| | Team | Score |', '|---|---|---|', '| 🥇 | Pike | 9.1 |', '| 🥈 | Roach | 9.4 |', '| 🥉 | Tench | 8.7 |'), 4],
    // Two entries share rank 1 with different scores, and no tie is marked.
    [md('| Rank | Squad | Score |', '|---|---|---|', '| 1 | Amber | 88 |', '| 1 | Basalt | 85 |', '| 3 | Coral | 80 |'), 4],
    // A lead-in names the key among several numeric columns.
    [md('Models ranked by F1:', '', '| Rank | Model | F1 | Latency |', '|---|---|---|---|', '| 1 | Wren | 0.81 | 40ms |', '| 2 | Finch | 0.86 | 35ms |', '| 3 | Lark | 0.77 | 52ms |'), 6],
    // A heading names the key.
    [md('## Vendors sorted by total points', '', '| Rank | Vendor | Support | Total points |', '|---|---|---|---|', '| 1 | Northwind | 7 | 64 |', '| 2 | Contoso | 9 | 71 |', '| 3 | Fabrikam | 5 | 52 |'), 6],
    // A mean rank ranks lower first.
    [md('| Rank | Planner | Mean rank |', '|---|---|---|', '| 1 | Pathfinder | 1.5 |', '| 2 | Quickstep | 2.8 |', '| 3 | Roamer | 2.2 |', '| 4 | Strider | 3.9 |'), 5],
    // Ranges that do not overlap still rank.
    [md('| Rank | Cache | Read latency |', '|---|---|---|', '| 1 | Alder | 10-20ms |', '| 2 | Beech | 3-6ms |', '| 3 | Cherry | 30-40ms |'), 4],
    // Bold header and cells, percentages.
    [md('| **Rank** | **Model** | **Accuracy** |', '|---|---|---|', '| 1 | **Heron** | **91.2%** |', '| 2 | Ibis | 93.0% |', '| 3 | Jacana | 88.5% |'), 4],
    // An ordered list under a heading that ranks: a weaker reading, a notice.
    [md('## Ranked by accuracy', '', '1. Condor — 89% accuracy', '2. Falcon — 94% accuracy', '3. Osprey — 81% accuracy', '4. Kite — 77% accuracy'), 4, 'notice'],
    // Medals before list items.
    [md('- 🥇 Kestrel — 930 points', '- 🥈 Lynx — 980 points', '- 🥉 Marten — 870 points'), 2, 'notice'],
    // "cheapest" says lower amounts rank first.
    [md('Top 4 cheapest plans:', '', '1. Basic — $12', '2. Economy — $9', '3. Plus — $15', '4. Pro — $20'), 4, 'notice'],
    // A numbered "#" column is a rank where the heading says the table ranks.
    [md('### Leaderboard (highest throughput first)', '', '| # | Service | Throughput |', '|---|---|---|', '| 1 | ingest | 900 req/s |', '| 2 | search | 1,200 req/s |', '| 3 | billing | 450 req/s |'), 6, 'notice']
  ],
  leave: [
    // Sorted as its key says.
    md('| Rank | Team | Points |', '|---|---|---|', '| 1 | Herons | 47 |', '| 2 | Otters | 41 |', '| 3 | Moles | 30 |'),
    md('| Rank | Region | p95 latency |', '|---|---|---|', '| 1 | us-east | 95ms |', '| 2 | eu-west | 120ms |', '| 3 | ap-south | 180ms |'),
    // A shared rank over equal values; ties marked with "T-1" and "=2" over different values.
    md('| Rank | Squad | Score |', '|---|---|---|', '| 1 | Amber | 88 |', '| 1 | Basalt | 88 |', '| 3 | Coral | 80 |'),
    md('| Rank | Squad | Score |', '|---|---|---|', '| T-1 | Amber | 88 |', '| T-1 | Basalt | 87 |', '| 3 | Coral | 80 |'),
    md('| Rank | Squad | Score |', '|---|---|---|', '| 1 | Amber | 90 |', '| =2 | Basalt | 84 |', '| =2 | Coral | 83 |'),
    // Approximate values and ranges that may be equal.
    md('| Rank | Crew | Score |', '|---|---|---|', '| 1 | Delta | ~80 |', '| 2 | Echo | ~82 |', '| 3 | Foxtrot | 60 |'),
    md('| Rank | Cache | Read latency |', '|---|---|---|', '| 1 | Alder | 10-20ms |', '| 2 | Beech | 8-18ms |', '| 3 | Cherry | 30-40ms |'),
    // Rows in alphabetical order, each rank agreeing with its rating.
    md('| Library | Rank | Rating |', '|---|---|---|', '| Apricot | 3 | 4.1 |', '| Birch | 2 | 4.6 |', '| Cedar | 1 | 4.8 |'),
    // Ranked by a composite the table does not show.
    md('Ranked by overall value (price, support and features):', '', '| Rank | Vendor | Price |', '|---|---|---|', '| 1 | Northwind | $40 |', '| 2 | Contoso | $25 |', '| 3 | Fabrikam | $60 |', '| 4 | Tailspin | $80 |'),
    // A row with no value.
    md('| Rank | Model | Score |', '|---|---|---|', '| 1 | Heron | 90 |', '| 2 | Ibis | N/A |', '| 3 | Jacana | 85 |'),
    // Ranks that start again within groups.
    md('| Category | Rank | Tool | Score |', '|---|---|---|---|', '| Lint | 1 | Sieve | 70 |', '| Lint | 2 | Comb | 65 |', '| Format | 1 | Press | 95 |', '| Format | 2 | Iron | 90 |'),
    // A rank change column is not the key.
    md('| Rank | Team | Points | Rank change |', '|---|---|---|---|', '| 1 | Herons | 47 | +2 |', '| 2 | Otters | 41 | -1 |', '| 3 | Moles | 30 | +3 |'),
    // A numbered list of steps.
    md('## Rollout', '', '1. Scale to 10 pods', '2. Shrink to 4 pods', '3. Scale to 12 pods', '4. Hold at 6 pods'),
    // Versions and years are not values to rank by.
    md('| Rank | Framework | Version | First release |', '|---|---|---|---|', '| 1 | Loom | 3.2.1 | 2019 |', '| 2 | Shuttle | 1.4.0 | 2021 |', '| 3 | Spindle | 5.0.2 | 2015 |'),
    // Two numeric columns and nothing says which one ranks.
    md('| Rank | Model | Latency | Cost |', '|---|---|---|---|', '| 1 | Wren | 40ms | $9 |', '| 2 | Finch | 35ms | $12 |', '| 3 | Lark | 52ms | $7 |'),
    // The slowest first: a lower-is-better key ranked the other way throughout.
    md('### Hotspots', '', '| Position | Function | Self time |', '|---|---|---|', '| 1 | parse | 410ms |', '| 2 | render | 220ms |', '| 3 | flush | 90ms |'),
    // A key broken in several places: the ranking follows something else.
    md('| Rank | Option | Cost |', '|---|---|---|', '| 1 | Ferry | $30 |', '| 2 | Bridge | $10 |', '| 3 | Tunnel | $40 |', '| 4 | Cable car | $20 |'),
    // "#" numbering rows where nothing says the table ranks.
    md('| # | Package | Size |', '|---|---|---|', '| 1 | lexer | 48 KB |', '| 2 | mocks | 2.5 MB |', '| 3 | browser | 180 MB |', '| 4 | vitals | 15 KB |'),
    // Ordinal words that sequence prose, not ranks.
    md('- First, we cut the cache to 2 GB', '- Second, we raised workers to 8', '- Third, we set the timeout to 30s'),
    // Each item carries two numbers: which one ranks cannot be told.
    md('## Leaderboard', '', '1. Pike — 90 points in 3 games', '2. Roach — 95 points in 4 games', '3. Tench — 70 points in 2 games'),
    // Issue references, not ranks.
    md('- #12 login fix (3 files)', '- #15 cache fix (7 files)', '- #9 docs fix (1 file)')
  ]
})
