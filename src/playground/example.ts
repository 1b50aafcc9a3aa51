/** The report the "Load an example" button puts in: two contradictions, and a share and a change that check out. */
export const EXAMPLE_REPORT = `# Release 4.2 status

## Shipped (3)

- Offline mode
- Export to CSV
- Dark theme
- Faster search

## Quality

- Tests: 188 of 200 passing (94%)
- Open bugs went from 40 to 30, a 25% drop.
- Review coverage: 9 of 12 modules (80%)
`
