import { md, phrasingMatrix } from './matrix.js'

// A count stated for what follows it, against the things listed.
phrasingMatrix('count-items', 'list-count', {
  flag: [
    // A bare count in a heading right over a table counts its rows, whatever the first column is headed.
    [md('## Deferred to next sprint (2)', '', '| Story | Points | Why |', '|---|---:|---|', '| CHK-12 Saved carts | 3 | design pending |', '| CHK-19 Gift wrap | 2 | blocked |', '| CHK-23 Split pay | 5 | vendor |'), 1],
    // A series of sections each a little off: miscounts of the items listed.
    [md('## Suites', '### Parser (3)', '- lexes', '- parses', '### Printer (2)', '- indents', '- wraps', '- quotes', '### Linter (2)', '- warns', '- fixes', '- skips'), 2],
    md('## Upgraded today — 3 packages bumped', '- `lodash` 4.17.20 → 4.17.21', '- `axios` 1.6.0 → 1.7.4', '- `ws` 8.16.0 → 8.17.1', '- `tar` 6.2.0 → 6.2.1'),
    md('## 🐞 This build contains 3 fixes:', '1. Crash on rotate', '2. Blank avatar', '3. Wrong date format', '4. Stale badge count'),
    md('We have three open questions:', '1. Who owns the cache', '2. When to cut over'),
    md('Two dashboards retired during the cleanup:', '- Legacy latency', '- Old costs', '- Queue depth'),
    md('Before the freeze, the three changes we still need to land:', '- Rotate the cert', '- Raise the pool size', '- Finish the runbook', '- Confirm on-call'),
    md('- All 4 jobs migrated and verified:', '  - nightly export', '  - weekly digest', '  - cache warmer', '  - log rotation', '  - index rebuild'),
    md('## Open risks (4)', '- Audit entries show the role ID (the API is right). Fix in 5.0.1.', '- `GET /v2/roles?include=members` is slow for big orgs', '- Old provider still calls the v1 endpoint; the new one ships the same day'),
    md('We found 5 causes:', '1. Cache sized by entries rather than bytes', '2. A/B variants each got their own cache, which nobody noticed', '3. Embeddings switched before the deploy', '4. The load test ran one variant'),
    md('## Modified Files (5)', '- a.ts', '- b.ts', '- c.ts', '- d.ts', '- e.ts', '- f.ts'),
    md('We shipped **4 fixes** this sprint:', '- Login redirect', '- Cache key', '- Timezone offset'),
    md('## Incidents: 4', '### Incident 1 — database failover', '### Incident 2 — CDN outage', '### Incident 3 — certificate expiry'),
    md('### 性能测试 (5 项)', '- 吞吐量', '- 延迟', '- 内存', '- 启动时间'),
    md('**Created Files (7):**', '- a', '- b', '- c', '- d', '- e', '- f', '- g', '- h', '- i'),
    md('### Top 3 Risks', '1. Vendor lock-in', '2. Key person', '3. Budget', '4. Schedule'),
    md('**Three blockers:**', '- Access to staging', '- Missing fixtures'),
    '- Endpoints added (4): `/orders`, `/refunds`, `/invoices`, `/carts`, `/users`',
    md('## 5 Lessons Learned', '1. Ship small', '2. Measure first', '3. Write it down', '4. Ask early'),
    md('Key changes (3):', '- Retry budget', '  - capped at five', '- Queue split', '- Cache warmup', '- Log sampling'),
    [md('#### Services (5 total)', '', '| Service | Port |', '|---|---|', '| api | 80 |', '| auth | 81 |', '| jobs | 82 |', '| mail | 83 |', '| search | 84 |', '| web | 85 |'), 1],
    md('### Files Changed (3)', '', '| File | Lines |', '|---|---|', '| api.ts | 40 |', '| db.ts | 12 |', '| ui.ts | 8 |', '| cli.ts | 3 |'),
    // Rows named only in code are rows; an item marked with a memo before a name is one of the things.
    md('## Touched modules (4 modules)', '', '| Module | Change |', '|---|---|', '| `core/io` | retry |', '| `core/net` | timeout |', '| `web/api` | paging |'),
    md('### Docs touched (2 files)', '1. ✏️ `guide/setup.md` - rewritten', '2. ✏️ `guide/faq.md` - two answers', '3. 📝 `NOTES.md` - new'),
    md('Fixed 3 bugs:', '- Null session', '- Double submit', '- Stale cache', '- Wrong locale'),
    md('### Archivos modificados (3)', '- `a.py`', '- `b.py`', '- `c.py`', '- `d.py`'),
    md('6 runbooks were rewritten:', '- Failover', '- Restore', '- Rotate keys', '- Scale out', '- Drain node'),
    md('Four queues have been drained:', '- billing', '- mail', '- export'),
    md('We retired three dashboards:', '- Legacy latency', '- Old costs', '- Beta funnel', '- Canary errors')
  ],
  leave: [
    md('## Deferred to next sprint (3)', '', '| Story | Points | Why |', '|---|---:|---|', '| CHK-12 Saved carts | 3 | design pending |', '| CHK-19 Gift wrap | 2 | blocked |', '| CHK-23 Split pay | 5 | vendor |'),
    // A count that names its noun is still compared only with a table whose first column names it.
    md('## Deferred to next sprint (10 points)', '', '| Story | Points | Why |', '|---|---:|---|', '| CHK-12 Saved carts | 3 | design pending |', '| CHK-19 Gift wrap | 2 | blocked |'),
    // A series whose counts are of something the lists do not enumerate (tests in each file): most off, one by far.
    md('## Test files', '### Storage (9)', '- `store.test.ts`', '### Network (4)', '- `net.test.ts`', '- `retry.test.ts`', '### Cache (2)', '- `cache.test.ts`', '### Auth (5)', '- `auth.test.ts`'),
    md('## Upgraded today — 4 packages bumped', '- `lodash` 4.17.20 → 4.17.21', '- `axios` 1.6.0 → 1.7.4', '- `ws` 8.16.0 → 8.17.1', '- `tar` 6.2.0 → 6.2.1'),
    md('## Release notes — 2024', '- a', '- b', '- c'),
    md('## Load test — 30 minutes', '- ramp', '- hold'),
    md('4 tests added in these files:', '- a.test.ts', '- b.test.ts'),
    md('The two regions we moved to the following services:', '- queue', '- cache', '- search'),
    md('### Agents (8 total)', '1. **builder** (3 instances) - pages', '2. **reviewer** - audit', '3. **tester** - suites', '4. **writer** - copy', '5. **deployer** - pipeline', '6. **designer** - theme'),
    md('### Teams (4)', '- Auth and Billing', '- Search', '- Mobile'),
    md('### 長期規劃 (3個月內)', '1. 建立監控', '2. 整理文件'),
    md('### フェーズ2 (2ヶ月)', '- 設計', '- 実装', '- 検証'),
    md('## Key Deliverables (3)', '- a', '- b', '- c'),
    md('### Prior art (2024)', '- a', '- b'),
    md('Kernel 6 changes:', '- a', '- b', '- c'),
    md('### Security (7/10)', '- a', '- b', '- c'),
    md('### Auth (14/15 passing)', '- Login', '- Logout', '- Tokens'),
    md('Over 40+ checks covering:', '- Auth', '- Billing'),
    md('### Rollout (2 weeks)', '- a', '- b', '- c'),
    md('**All 12 regions:**', '- us-east, us-west, eu-west', '- ap-south, ap-east, sa-east'),
    md('### Parser Tests (9 tests)', '- Headings', '- Tables', '- Lists'),
    md('## Incidents: 3', '### Incident 1 — database failover', '### Incident 2 — CDN outage', '### Incident 3 — certificate expiry'),
    md('## Incidents: 4', '### Timeline', '### Impact', '### Follow-up'),
    md('### 性能测试 (4 项)', '- 吞吐量', '- 延迟', '- 内存', '- 启动时间'),
    md('**Endpoints (9):**', '- GET /a', '- GET /b', '- ... (9 total)'),
    md('### Files Changed (3)', '', '| File | Lines |', '|---|---|', '| api.ts | 40 |', '| db.ts | 12 |', '| ui.ts | 8 |'),
    md('## Touched modules (3 modules)', '', '| Module | Change |', '|---|---|', '| `core/io` | retry |', '| `core/net` | timeout |', '| `web/api` | paging |'),
    md('### 90%+ branches (1 module)', '', '| Module | Branches |', '|---|---|', '| `core/io` | 94% |'),
    // A memo mark before a sentence is a note about the list.
    md('### Docs touched (2 files)', '1. ✏️ `guide/setup.md` - rewritten', '2. ✏️ `guide/faq.md` - two answers', '3. 📝 The API pages wait for the next release'),
    // A rate is not a count of what follows.
    md('60 prompts over 6 domains (10 per domain):', '', '| Domain | Style |', '|---|---|', '| `legal` | formal |', '| `chat` | casual |', '| `code` | terse |', '| `math` | stepwise |', '| `news` | neutral |', '| `poetry` | free |'),
    md('### Suites (40 tests)', '', '| Suite | Tests |', '|---|---|', '| api | 25 |', '| ui | 15 |'),
    md('### Dependencies Updated (6)', '', '| Package | From | To |', '|---|---|---|', '| a | 1 | 2 |', '| b | 1 | 2 |'),
    md('Coverage widened from 3/7 to 6/7 packages:', '', '| Package | Cases |', '|---|---|', '| core | 4 |', '| cli | 2 |', '| web | 3 |'),
    md('**Drivers left out (5 drivers):**', '', '| Driver | Why |', '|---|---|', '| USB (host/device) | no emulator |', '| GPIO, I2C | hardware only |', '| SPI | hardware only |'),
    // "A dozen" is a round figure in English, not an exact count.
    md('6 runbooks were rewritten:', '- Failover', '- Restore', '- Rotate keys', '- Scale out', '- Drain node', '- Reindex'),
    md('### Passo 2: profilare la cache (1 ora)', '- Misurare i tempi', '- Confrontare i risultati', '- Scrivere il riepilogo'),
    md('We retired one dashboard:', '- Legacy latency', '- Old costs (kept for audit)'),
    md('12 tests were added in these files:', '- a.test.ts', '- b.test.ts'),
    md('A dozen fixes landed:', '- a', '- b', '- c', '- d', '- e', '- f', '- g', '- h', '- i', '- j', '- k'),
    md('**Startup checks (3 items):**', '- Config file present', '- Port free', '- Cache warm', '- GPU found (optional)')
  ]
})
