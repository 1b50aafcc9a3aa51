import { md, phrasingMatrix } from './matrix.js'

// An overall fraction against its items: the sum when the wholes add up, the mean of scores out of
// one maximum when no weights are named; in a list or a table column.
phrasingMatrix('overall-fraction', 'aggregate', {
  flag: [
    [md('- Parser: 38/40', '- Linker: 12/15', '- Overall: 45/55'), 3],
    [md('1. Parser: 38/40', '2. Linker: 12/15', '3. Total: 45/55'), 3],
    [md('| Suite | Result |', '|---|---|', '| Parser | 38/40 |', '| Linker | 12/15 |', '| **Total** | 45/55 |'), 5],
    [md('| Suite | Mon | Tue |', '|---|---|---|', '| Parser | 38/40 | 39/40 |', '| Linker | 12/15 | 14/15 |', '| **Overall** | 50/55 | 52/55 |'), 5],
    [md('- Clarity: 8/10', '- Depth: 7/10', '- Tone: 9/10', '- Format: 6/10', '- Sources: 8/10', '- Accuracy: 7/10', '- Length: 8/10', '- Layout: 7/10', '- Overall: 7.1/10'), 9],
    [md('| Area | Score |', '|---|---|', '| Clarity | 8/10 |', '| Depth | 7/10 |', '| Tone | 6/10 |', '| **Overall** | 7.5/10 |'), 6],
    [md('- **Security:** 9/10', '- **Speed:** 6/10', '- **Docs:** 6/10', '- **Overall:** 8/10'), 4],
    [md('- Setup: 4.5/5', '- Support: 3.5/5', '- Price: 4/5', '- Overall rating: 4.5/5'), 4],
    [md('- Clarity: 80/100', '- Accuracy: 90/100', '- Style: 70/100', '- Overall: 85/100'), 4],
    [md('- Clarity: 8/10', '- Depth: 9/10', '- Tone: 7/10', '- Average: 6/10'), 4],
    [md('| Reviewer | Score |', '|---|---|', '| Ana | 9/10 |', '| Ben | 8/10 |', '| Cho | 9/10 |', '| Mean | 7/10 |'), 6],
    // Rounding edge: the mean is 7.67, neither rounded (7.7) nor cut (7.6) to 7.5.
    [md('- Clarity: 7/10', '- Depth: 8/10', '- Tone: 8/10', '- Overall: 8.5/10'), 4],
    [md('### Review scores', '', '- Clarity: 8/10', '- Depth: 7/10', '- Tone: 6/10', '- Overall: 8.0/10'), 6]
  ],
  leave: [
    md('- Parser: 38/40', '- Linker: 12/15', '- Overall: 50/55'),
    md('- Clarity: 8/10', '- Depth: 7/10', '- Tone: 6/10', '- Overall: 7/10'),
    // The mean is 7.67: 7.7 rounds it, 7.6 cuts it.
    md('- Clarity: 7/10', '- Depth: 8/10', '- Tone: 8/10', '- Overall: 7.7/10'),
    md('- Clarity: 7/10', '- Depth: 8/10', '- Tone: 8/10', '- Overall: 7.6/10'),
    // Whole scores and an overall on a half point: 7.67 to the nearest half.
    md('- Clarity: 7/10', '- Depth: 8/10', '- Tone: 8/10', '- Overall: 7.5/10'),
    md('- Security (weight 50%): 9/10', '- Speed (weight 25%): 6/10', '- Docs (weight 25%): 6/10', '- Overall: 7.5/10'),
    md('- Security: 9/10', '- Speed: 6/10', '- Docs: 6/10', '- Overall (weighted): 8/10'),
    md('Scores, weighted by impact:', '', '- Security: 9/10', '- Speed: 6/10', '- Docs: 6/10', '- Overall: 8/10'),
    // A headline rating above its breakdown.
    md('- Overall: 8/10', '- Design: 9/10', '- Docs: 5/10', '- Tests: 6/10'),
    md('**Health score**: 6.8/10', '- Design: 8.5/10', '- Docs: 7.0/10', '- Tests: 0/10'),
    md('- Monday: 7/10 checks green', '- Tuesday: 8/10 checks green', '- Overall: 9/10 checks green'),
    md('- Run 1: 6/10', '- Run 2: 8/10', '- Run 3: 9/10', '- Overall: 9/10'),
    md('- Overall: 5/10 → 8/10', '- Design: 4/10 → 8/10', '- Docs: 6/10 → 8/10'),
    md('- Clarity: 8/10', '- Depth: 7/10', '- Tone: 6/10', '- Overall: ~8/10'),
    md('- Clarity: 8/10', '- Depth: 7/10', '- Tone: 6/10', '- Overall target: 9/10'),
    md('| Suite | Result |', '|---|---|', '| Parser | 38/40 |', '| Linker | 12/15 |', '| **Overall** | 3/4 |')
  ]
})
