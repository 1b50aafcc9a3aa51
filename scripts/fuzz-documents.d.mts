export function prng(seed: number): () => number
export function generateDocument(seed: number, n: number): string
export function wrongPositions(
  document: string,
  findings: Array<{ rule: string; line: number; column: number; endLine: number; endColumn: number; stated: string; related?: Array<object> }>
): string[]
