import { findings, flaggedLines } from '../helpers.js'

const RULE = 'list-count'
const md = (...lines: string[]) => lines.join('\n')

describe(RULE, () => {
  test('flags a heading count over a longer list, citing its first item, with no correction', () => {
    const [finding] = findings(md('## Changed Files (3)', '', '- api.ts', '- db.ts', '- ui.ts', '- cli.ts'), RULE)
    expect(finding?.message).toBe('"Changed Files (3)" states 3 but 4 list items follow')
    expect(finding?.severity).toBe('error')
    expect(finding?.suggestion).toBeUndefined()
    expect(finding?.related).toEqual([{ line: 3, column: 3 }])
  })

  test('flags a list with one more item than its count when no item says it is extra', () => {
    expect(flaggedLines(md('### Commits this week (3):', '1. `a1b2c3d` - Cache warmup', '2. `d4e5f6a` - Retry on 503', '3. `b7c8d9e` - Trim logs', '4. `f0a1b2c` - Bump deps'), RULE)).toEqual([1])
  })

  test.each([
    ['a bold lead-in', md('**4 key wins**:', '- a', '- b', '- c'), 1],
    ['a noun in the parenthesis', md('### Shipped (5 files)', '1. `a.ts`', '2. `b.ts`', '3. `c.ts`', '4. `d.ts`', '5. `e.ts`', '6. `f.ts`'), 1],
    ['a status label over a tally', md('## Done (3/7)', '- a', '- b', '- c', '- d'), 1],
    ['a heading that opens with its count', md('## Top 5 Achievements', '1. SSO', '2. Faster p95', '3. Migration', '4. Hiring'), 1],
    ['numbered sub-sections', md('## Delivered (3)', '### 1. Search', '### 2. Export', '### 3. Audit log', '### 4. Billing'), 1],
    ['a counted item whose sub-items all name the counted thing', md('- 3 Grafana dashboards deployed', '  - Ops dashboard', '  - Sales dashboard'), 1],
    ['the names after a colon, beside a line that lists exactly its count', md('- **Helpers (6/6)**: parse, format, slug, hash, diff', '- **Routes (3/3)**: auth, users, billing'), 1],
    ['more names after a colon than the count', md('- **Queues (3)**: email, sms, push, webhooks'), 1],
    ['a count over the lists of its sub-sections', md('### Files Touched (4)', '#### Backend', '- `a.py`', '- `b.py`', '#### Frontend', '- `c.tsx`', '- `d.tsx`', '- `e.tsx`'), 1],
    ['sub-sections that each name the counted thing, whose plural ends in "es"', md('### Test cases (3)', '#### Test case: empty cart', '#### Test case: expired coupon', '#### Test case: two currencies', '#### Test case: gift card'), 1],
    ['a count one short of its items, under a label the items describe', md('#### Invoice records (3 endpoints)', '- `GET /invoices` - list invoice records', '- `POST /invoices` - create an invoice record', '- `PUT /invoices/{id}` - update an invoice record', '- `DELETE /invoices/{id}` - delete an invoice record'), 1]
  ])('flags %s', (_, markdown, line) => {
    expect(flaggedLines(markdown, RULE)).toEqual([line])
  })

  test.each([
    ['a matching count', md('## Key Deliverables (3)', '', '- a', '- b', '- c')],
    ['a year', md('### Prior art (2024)', '- a', '- b')],
    ['a number in a name', md('Kernel 6 changes:', '- a', '- b', '- c')],
    ['a score', md('### Security (7/10)', '- a', '- b', '- c')],
    ['a tally over the areas tested', md('### Auth (14/15 passing)', '- Login', '- Logout', '- Tokens')],
    ['an "at least" count', md('Over 40+ checks covering:', '- Auth', '- Billing')],
    ['a count that is not of the items', md('Ran on 10 workers from the pool:', '- p50: 12ms', '- p95: 40ms')],
    ['a measurement in the parenthesis', md('- Terraform modules (1,370 lines)', '  - Network, Compute, Database')],
    ['a duration in the parenthesis', md('### Rollout (2 weeks)', '- a', '- b', '- c')],
    ['a list of measurements', md('**Cluster (3 nodes):**', '- Throughput: 120k RPS', '- Failover: 80ms', '- p99: 4ms', '- Hit rate: 97%')],
    ['a list far shorter than its count', md('From the 600 tickets reviewed:', '- Most are duplicates', '- A few are spam')],
    ['bullets that each name several things', md('**All 12 regions:**', '- us-east, us-west, eu-west', '- ap-south, ap-east, sa-east')],
    ['tests listed by area', md('### Parser Tests (9 tests)', '- Headings', '- Tables', '- Lists')],
    ['a list that shows a sample', md('**Endpoints (9):**', '- GET /a', '- GET /b', '- ... (9 total)')],
    ['a list that says how many more', md('- **Nodes (10)**: alpha, beta, gamma, delta (+6 more)')],
    ['names that may be examples', md('- Medium (12 tasks): schema changes, route updates, testing', '- Large (5 tasks): rate limits, audit log, animations')],
    ['instructions under a count of places', md('**Unescaped quotes (4 places):**', '- Replace apostrophes with entities', '- Replace double quotes with entities')],
    ['items that name the counted thing among others', md('### Monday (2 pages)', '- `app/home/page.tsx`', '- `app/users/page.tsx`', '- `components/Banner.tsx`', '- `NOTES.md`')],
    ['the fields of a record', md('### Demo accounts (5 accounts)', '- **Email:** demo1@example.com to demo5@example.com', '- **Password:** demo')],
    ['items that carry their own counts adding up', md('**7 tests:**', '- `a.test.ts` (3 tests)', '- `b.test.ts` (4 tests)')],
    ['an item that stands for several', md('### Passed (5 checks)', '1. Lint', '2. Types', '3. Unit (3 checks)')],
    ['a note among the items', md('#### routes.ts (2 routes)', '- GET /', '- GET /:id', '- ℹ️ Only self-access routes exist today')],
    ['a list introduced by its own lead-in', md('### Tools (9)', '', '**Ready:**', '1. a', '2. b')],
    ['a second list after the counted one', md('- **Checklist (3 items)**:', '  1. Lights', '  2. Water', '  3. Doors', '  - Shown as "X/3 done"')],
    ['an item that names its one thing after the colon', md('1. **1 flaky test:** `test_upload_retry`', '   - Error: timeout after 30s', '   - Needs a look')],
    ['a list that says how many more in words', md('**Columns (9 total):**', '- `a`', '- `b`', '- `c`', '- `d`', '- (plus 5 more)')],
    ['a time in Chinese in the parenthesis', md('### 短期 (2周内)', '#### 1. 修复', '#### 2. 测试', '#### 3. 文档')],
    ['items that stand for more than one', md('### Pages (6 pages)', '1. Login', '2. Orders (+ detail)', '3. Invoices (+ detail)', '4. Settings')],
    ['a zero count over a note', md('**Failures (0):**', '- ✅ All endpoints answered')],
    ['items that each open with a count of something else, which make the count', md('**Defects (4 failures):**', '1. ❌ 3 parser tests mocked the clock', '2. ❌ 1 cache test read stats too late')],
    ['an item carried over from earlier work beside the counted ones', md('### Commits this week (3):', '1. `a1b2c3d` - Cache warmup *(from previous work)*', '2. `d4e5f6a` - Retry on 503', '3. `b7c8d9e` - Trim logs', '4. `f0a1b2c` - Bump deps')],
    ['an optional item beside the counted ones', md('**Steps (3):**', '1. Build', '2. Test', '3. Deploy', '4. Announce (optional)')],
    ['an ordered list numbered by hand up to the count, one item holding a range', md('**Core modules** (6):', '1. run.py', '2-4. state/ (3 modules)', '5. base.py', '6. client.py')],
    ['a count of something beside the subject, over sub-sections that list other things', md('## Lessons (4 sprints reviewed)', '### Process', '1. Smaller tickets', '2. Earlier demos', '3. Fewer meetings', '### Tooling', '1. Faster CI', '2. Shared fixtures')],
    ['a heading that only groups its sub-sections', md('## Completed (8/11)', '### Track A', '#### A.1', '#### A.2', '### Track B', '#### B.1')],
    ['a count of a heading with its own first word', md('## 5 minutes with the team', '- a')],
    ['a count of something each listed thing has', md('**Composite tables** (2 columns):', '- `user_id + day` → activity tables', '- `user_id + team` → membership tables', '- `team + day` → rota tables', '- `team + week` → planning tables')],
    ['a file pattern that names several files', md('### Scripts (5 files)', '- `scripts/deploy_*.sh` - one per region', '- `scripts/rollback.sh`')],
    ['two files paired in one item', md('### Config (3 files)', '- `app.yml` + `app.local.yml` - settings', '- `schema.json`')],
    ['a plain note among items named in code', md('### Hooks (2 hooks)', '- `useSession` - who is signed in', '- `useBasket` - what is in the basket', '- Both replace the old context providers')],
    [
      'sub-sections that are groups of the counted things, each with its list',
      md('### New routes (9 total)', '#### Auth routes', '- `POST /login`', '- `POST /logout`', '#### Report routes', '- `GET /reports`', '#### Admin routes', '- `GET /admin`', '- `PUT /admin/flags`',
        '#### Billing routes', '- `GET /invoices`', '- `POST /refunds`', '#### Older routes', '- `GET /health`', '- `GET /stats`', '', 'Eleven routes in all.')
    ],
    ['phrases fewer than a tally of passes: what was tested', md('1. Workflows (5/5): plan, build, check, ship, archive', '2. Speed (4/4): parallel runs, warm caches, pooling')],
    ['names beside lines that say they are a selection', md('- Pests (3 kinds): ants, mice, wasps', '- Wiring (6 kinds): sockets, fuses, breakers', '- Leaks (9 kinds): Including pipes, roofs, drains')],
    ['names beside a line of examples', md('- Pests (3 kinds): ants, mice, wasps', '- Wiring (6 kinds): sockets, fuses, breakers', '- Leaks (9 kinds): e.g. pipes, roofs, drains')],
    ['fewer names than tests after a count of tests: what the tests cover', md('- Drafting (5 tests): rendering, substitution, scoring, defaults, error handling', '- Templates (10 tests): create and list, tagging, filtering, versioning, error handling')],
    ['items that list where each is, as many places in all as counted', md('### Scripts (5 files)', '- bench.sh (linux, mac)', '- build.sh (linux, mac)', '- lint.sh (linux)')]
  ])('leaves %s', (_, markdown) => {
    expect(flaggedLines(markdown, RULE)).toEqual([])
  })
})
