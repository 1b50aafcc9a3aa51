import { findings, flaggedLines } from '../helpers.js'

const RULE = 'conflicting-values'
const md = (...lines: string[]) => lines.join('\n')

describe(RULE, () => {
  test('flags a rate stated twice in one list, as a warning naming the other line', () => {
    const [finding] = findings(md('- Timeout rate: 0.3%', '- Timeouts: 42 (0.1% rate)'), RULE)
    expect(finding?.severity).toBe('warning')
    expect(finding?.line).toBe(2)
    expect(finding?.message).toBe('Timeout rate is 0.1% here but 0.3% at line 1')
    expect(finding?.related).toEqual([{ line: 1, column: 17 }])
    expect(finding?.suggestion).toBeUndefined()
  })

  test('still flags a summary against a body section that itself gives two values', () => {
    expect(flaggedLines(md('# Week 9', '## Summary', '- Hours logged: 60', '## Work', '- Hours logged: 45', '- Hours logged: 50'), RULE)).toContain(3)
  })

  test('still flags a summary against one body figure given twice alike', () => {
    expect(flaggedLines(md('# Week 9', '## Summary', '- Hours logged: 60', '## Work', '- Hours logged: 45', '## Notes', '- Hours logged: 45'), RULE)).toEqual([3])
  })

  test('flags a summary that restates a figure of the body with another value', () => {
    const report = md('# Release 4', '## Summary', '- Checkout p95: 180ms', '## Load test', '- Checkout p95: 240ms')
    const [finding] = findings(report, RULE)
    expect(finding?.line).toBe(3)
    expect(finding?.message).toBe('Checkout p95 is 180ms here but 240ms at line 5 (the summary restates the body)')
  })

  test('flags "zero crashes" in the highlights against a crash count in the body', () => {
    expect(flaggedLines(md('## Highlights', '- Rolled out to 40k devices (zero crashes)', '## Stability', '- Total crashes: 3'), RULE)).toEqual([2])
  })

  test('flags a summary that gives a component another size than the table of the body', () => {
    const report = md('# Week 2', '## Built', '| Component | Status | Lines |', '|---|---|---|', '| Parser | Done | 400 |', '| Cache | Done | 120 |', '## Summary', '- Parser (350 lines)', '- Cache (120 lines)')
    expect(findings(report, RULE).map((f) => [f.line, f.message])).toEqual([[8, 'Parser lines is 350 here but 400 at line 5 (the summary restates the body)']])
  })

  test('flags a metric twice in a fenced block when a line indented under another does not hold the lines after it', () => {
    expect(flaggedLines(md('```', 'Tests passed: 412', '  (unit and e2e)', 'Coverage: 81%', 'Tests passed: 398', '```'), RULE)).toEqual([5])
  })

  test('still flags when only the title says initial, or a summary\'s subsections are aspects of one thing', () => {
    expect(flaggedLines(md('# Initial release: status', '## Summary', '- Tests passing: 412', '## Details', '- Tests passing: 398'), RULE)).toEqual([3])
    expect(flaggedLines(md('# Q3', '## Executive summary', '### Test results', '- Tests passing: 412', '### Test coverage', '- Tests passing: 398'), RULE)).toEqual([6])
  })

  test('flags one metric given twice in a summary, in sub-sections that are not parallel entities', () => {
    const report = md('## Dashboard', '### Quality', '| Metric | Actual |', '|---|---|', '| Build time | 6 min |', '### Speed work', '| Metric | Before | After |', '|---|---|---|', '| Build time | 11 min | 8 min |')
    expect(flaggedLines(report, RULE)).toEqual([9])
  })

  test('flags a value under one grouping lead-in against the same metric in its section', () => {
    expect(flaggedLines(md('## Results', '- Suite runtime: 4 minutes', '', '**Key results:**', '- Suite runtime: 7 minutes'), RULE)).toEqual([5])
  })

  test('still compares two figures in the one record a list names', () => {
    expect(flaggedLines(md('## Summary', '- **File:** `parser.test.ts`', '- **Test count:** 8', '- **Test count:** 12'), RULE)).toEqual([4])
  })

  test('still flags a field stated again when the runs around it share no other field', () => {
    expect(flaggedLines(md('## Ingest', '- Rows loaded: 9,000', '- Load time: 40 s', '- Reject rate: 2%', '', '- Load time: 55 s', '- Retries: 3'), RULE)).toEqual([6])
  })

  test('names the metric without the box of a task list left in the text', () => {
    expect(findings(md('- [x] Parser p95: 40 ms', '- [x] Parser p95: 55 ms'), RULE).map((f) => f.message)).toEqual(['Parser p95 is 55 ms here but 40 ms at line 1'])
  })

  test('flags a metric stated twice about the same thing named in code', () => {
    expect(flaggedLines(md('- `ingest` p99 latency: 210ms', '- `ingest` p99 latency: 260ms'), RULE)).toEqual([2])
  })

  test.each([
    ['a target', md('- Queue depth: 40', '- Queue depth: <25 (objective)')],
    ['a labelled target', md('- Queue depth: 40', '- Target queue depth: 25')],
    ['two sections of the body', md('## Monday', '- Queue depth: 40', '## Friday', '- Queue depth: 12')],
    ['sibling sections of services', md('## Services', '### Search', '- Error Rate: 0.1%', '- P95 Latency: 80ms', '### Billing', '- Error Rate: 0.6%', '- P95 Latency: 300ms', '## Summary', '- Error Rate: 0.3%')],
    ['items under different list parents', md('- **Run A: cold cache**', '  - Query time: 900ms', '- **Run B: warm cache**', '  - Query time: 40ms')],
    ['lists under different lead-ins', md('**Dataset one (n=400)**:', '- Model X: 81% accuracy', '', '**Dataset two (n=90)**:', '- Model X: 88% accuracy')],
    ['lists under bold lines of their own', md('**Dataset one (n=400)**', '- Model X: 81% accuracy', '', '**Dataset two (n=90)**', '- Model X: 88% accuracy')],
    ['a qualifier in the label', md('- Uptime (staging): 98.1%', '- Uptime (production): 99.95%')],
    ['a number in the label', md('- Bulk insert (100 rows): 12ms', '- Bulk insert (10000 rows): 850ms')],
    ['a qualifier after the value', md('- Queue depth: 40 (peak)', '- Queue depth: 12 (idle)')],
    ['a time after the value', md('- Worker 3 load: 80% (tick 10)', '- Worker 3 load: 20% (tick 40)')],
    ['a total and one part', md('## Summary', '- Total review time: 90 minutes', '## Item 1', '- Review time: 30 minutes')],
    ['a generic one-word label', md('- Coverage: 87%', '- Coverage: 99%')],
    ['the same value twice', md('- P95 Latency: 156ms', '| Metric | Actual |', '|---|---|', '| P95 Latency | 156ms |')],
    ['one duration in two units', md('- Recovery time: 2 hours 15 minutes', '- Recovery time: 135 min')],
    ['a count for part of the time', md('- Errors in the first hour: 0', '- Total errors: 12')],
    ['indented lines under two lead-ins of a fenced block', md('```', 'cold start:', '  Attempt 1: 0.8s', 'warm start:', '  Attempt 1: 0.1s', '```')],
    ['a starting point and an end point', md('## Sprint summary', '### Starting point', '- **Suite status**: 40% green', '### End point', '- **Suite status**: 90% green')],
    ['an earlier entry of a numbered series', md('## Summary', '- Passing tests: 120', '## Phase 1', '- Passing tests: 80', '## Phase 2', '- Passing tests: 120')],
    ['two rows of one table', md('| Week | Task | Time |', '|---|---|---|', '| Week 1 | Hooks | 4h |', '| Week 1 | Charts | 6h |')],
    ['sibling items about files the text names in code', md('### Changes', '1. `check_budget.py` - refactor (110 lines)', '2. `search.py` - refactor (130 lines)')],
    ['a title that calls the whole report a summary', md('# Phase 3 Summary', '## Statistics', '- Test suites: 12', '## Suite A', '- Test suites: 3')],
    ['a record about one file', md('## Overview', '- Test suites: 12', '## Details', '**File:** `a.test.ts`  ', '**Test suites:** 3')],
    ['two fenced blocks under their own lead-ins', md('**Old build:**', '```', 'Bundle size: 2.4 MB', '```', '', '**New build:**', '```', 'Bundle size: 1.1 MB', '```')],
    ['a titled fenced block', md('```', 'BEFORE:', 'Queue depth: 40', '```', '```', 'NOW:', 'Queue depth: 3', '```')],
    ['records in a fenced block, each named by its first line', md('```', 'Scenario: light load', 'Success Rate: 99.9%', 'Scenario: heavy load', 'Success Rate: 97.2%', '```')],
    ['values about what inline code names after the label', md('### New modules', '- Added file: `src/cache/lru.ts` (140 lines)', '- Added file: `src/cache/ttl.ts` (35 lines)')],
    ['timings of two events the label tells apart by clock times in code', md('- `09:14:02` request sent → `09:14:07` reply: **5.0s**', '- `10:30:11` request sent → `10:30:13` reply: **2.1s**')],
    ['timings of two functions named in code before the same words', md('- `SumLoop` (1 thread, 1k items): **90 μs**', '- `SumSimd` (1 thread, 1k items): **30 μs**')],
    ['counts of errors in files named in bold code at the start of items', md('### Build errors', '1. **`core/io.rs`** (31 errors)', '2. **`core/net.rs`** (4 errors)', '3. **`core/fs.rs`** (2 errors)')],
    ['values under two different grouping lines', md('- **Unit test results**', '  - Suite runtime: 4 minutes', '- **Browser test results**', '  - Suite runtime: 19 minutes')],
    ['records in a fenced block whose titles share a grouping word', md('```', 'Weekly summary', '   -> Reading time: 5 minutes', '', 'Release summary', '   -> Reading time: 3 minutes', '```')],
    ['a summary split into subsections about releases of packages', md('## Results summary', '### parser-kit 2.4.1', '- Exported symbols: 412', '### http-lite 0.9.3', '- Exported symbols: 88')],
    ['two lists that each name their record in an item', md('## Summary', '**Parser tests** (120 lines)', '- **File:** `parser.test.ts`', '- **Test count:** 8', '', '**Printer tests** (90 lines)', '- **File:** `printer.test.ts`', '- **Test count:** 12')],
    ['a section about one file under a summary heading', md('# Review', '## Files', '### 1. src/a.py', '- **Open defects**: 0', '### 2. src/b.py', '- **Open defects**: 0', '## Files summary', '### 3. src/c.py', '- **Open defects**: 2')],
    ['lists that give the details of records named in bold', md('**Go client**: 70% done', '- Retry handling: 100%', '- Streaming: 40%', '', '**Java client:** 25% done', '- Retry handling: 30%', '- Streaming: 0%')],
    ['counts of errors in files the text names in code', md('**Issues found:**', '- Type errors in `mailer.py` (4 errors) - optional types', '- Type errors in `seed.py` (4 errors) - delete syntax', '- Type errors in `jobs.py` (1 error) - session context')],
    ['clock times of two jobs', md('### Schedule', '', '**15th of Month 00:05 UTC:** `export_job` runs', '- Writes the ledger', '', '**15th of Month 00:10 UTC:** `import_job` runs', '- Reads the ledger')],
    ['a summary split into subsections about files', md('## Changes summary', '### src/queue.ts', '- Lines changed: 40', '### src/worker.ts', '- Lines changed: 12')],
    ['a summary split into sibling things named alike', md('## Delivery summary', '### Billing module', '- **Hours saved:** 300', '### Search module', '- **Hours saved:** 90')],
    ['a summary split into subsections that name kinds of what is counted', md('# Q3', '## Test summary', '### Unit tests', '- Total test cases: 1,240', '### Browser tests', '- Total test cases: 88')],
    ['records in a fenced block, each with its lines indented under its first', md('```', 'Recall check: passed', '  Sample size: 2,000 queries', '', 'Latency check: passed', '  Sample size: 50,000 requests', '```')],
    ['two records given field by field in one list', md('## Audit totals', '- Region 4 services checked: 31', '- Services with alerts: 31', '- Region 4 alert coverage: 100%', '', '- Region 12 services checked: 6', '- Services with alerts: 6', '- Region 12 alert coverage: 100%')],
    ['two records given field by field in paragraphs', md('### Shard sizes', 'Shard A documents: 1,200', 'Index size: 40 MB', 'Shard A replicas: 3', '', 'Shard B documents: 300', 'Index size: 9 MB', 'Shard B replicas: 2')],
    ['a summary total against sections named alike under sibling sections', md('# Fleet report', '## Summary', '- **Total disk used:** 900 GB', '- **Total hosts:** 12', '## Sites', '### North site', '#### Capacity', '- **Total disk used:** 500 GB', '- **Total hosts:** 7', '### South site', '#### Capacity', '- **Total disk used:** 400 GB', '- **Total hosts:** 5')],
    ['sizes written as products', md('## Checks', '- [x] Encoder: 64×64 input accepted', '- [x] Encoder: 96×96 input accepted', '- Cluster memory: 4 x 16 GB', '- Cluster memory: 2 x 32 GB')],
    ['sections of one summary that each give the same figures for one thing', md('## Results summary', '### All candidates', '#### Tree model', '- Missed cases: 40 | Wrong alarms: 90', '- Caught cases: 300 | Clear cases: 700', '#### Linear model', '- Missed cases: 55 | Wrong alarms: 70', '- Caught cases: 285 | Clear cases: 720')],
    ['a summary figure against a metric the body gives per section with different values', md('# Week 9', '## Summary', '- Hours logged: 60', '## Work', '### Search rewrite', '- Hours logged: 20', '## Other', '### Billing fix', '- Hours logged: 25')],
    ['a goal of zero', md('## Summary', '- A clear path to zero errors', '## Details', '- Total errors: 14')],
    ['errors fixed, not errors there are', md('## Summary', '- 0 errors remaining', '## Details', '- 14 errors fixed')],
    [
      'counts of errors of two things each line names',
      md('# Release 7 report', '## Key highlights', '### Importer', '- ✅ Bulk import of legacy files (17 errors)', '- ✅ Faster search', '', '## Release readiness', '### Ready', '- [x] Build and unit tests clean (0 errors)')
    ]
  ])('leaves %s', (_, markdown) => {
    expect(flaggedLines(markdown, RULE)).toEqual([])
  })
})
