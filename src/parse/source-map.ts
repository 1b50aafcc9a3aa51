/** "line:column" (1-based) of an offset in a short text, for error messages about config and metrics files. */
export function lineColumnOf(text: string, offset: number): string {
  const before = text.slice(0, offset)
  return `${before.split('\n').length}:${offset - before.lastIndexOf('\n')}`
}

/** Turns offsets in a file into 1-based line and column, as editors and GitHub count them. */
export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(readonly source: string) {
    for (let i = 0; i < source.length; i++) {
      const ch = source.charCodeAt(i)
      if (ch === 10) this.starts.push(i + 1)
      else if (ch === 13 && source.charCodeAt(i + 1) !== 10) this.starts.push(i + 1)
    }
  }

  place(offset: number): { line: number; column: number } {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((this.starts[mid] as number) <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - (this.starts[lo] as number) + 1 }
  }
}
