import { findMojibake } from './mojibake.js'

/**
 * A stretch of readable text (a heading, one line of a paragraph, a table cell, a line in a
 * fenced block) with, for every character, the source offsets it came from. Rules read `text`;
 * findings are placed through `sourceSpan`, so positions stay exact after emphasis, escapes
 * and mojibake repair have been taken out.
 */
export class TextUnit {
  constructor(
    readonly text: string,
    private readonly starts: number[],
    private readonly ends: number[]
  ) {}

  sourceSpan(start: number, end: number): { start: number; end: number } {
    const last = Math.max(start, end - 1)
    return { start: this.starts[start] ?? this.starts[this.starts.length - 1] ?? 0, end: this.ends[last] ?? this.ends[this.ends.length - 1] ?? 0 }
  }

  /** Splits at line breaks, trimming each line; empty lines are dropped. */
  lines(): TextUnit[] {
    const result: TextUnit[] = []
    let from = 0
    for (let i = 0; i <= this.text.length; i++) {
      if (i === this.text.length || this.text[i] === '\n') {
        const unit = this.slice(from, i).trimmed()
        if (unit.text.length > 0) result.push(unit)
        from = i + 1
      }
    }
    return result
  }

  slice(start: number, end: number): TextUnit {
    return new TextUnit(this.text.slice(start, end), this.starts.slice(start, end), this.ends.slice(start, end))
  }

  trimmed(): TextUnit {
    let a = 0
    let b = this.text.length
    while (a < b && /\s/.test(this.text[a] as string)) a++
    while (b > a && /\s/.test(this.text[b - 1] as string)) b--
    return a === 0 && b === this.text.length ? this : this.slice(a, b)
  }
}

/** Collects text pieces and where they stand in the source, then builds a TextUnit. */
export class TextUnitBuilder {
  private text = ''
  private starts: number[] = []
  private ends: number[] = []

  constructor(private readonly source: string) {}

  get length(): number {
    return this.text.length
  }

  /**
   * Appends `value`, which the parser took from source[from, to). The value can differ from the
   * source (escapes, entities, stripped indentation), so characters are aligned greedily.
   */
  addAligned(value: string, from: number, to: number): void {
    let cursor = from
    for (let i = 0; i < value.length; i++) {
      const ch = value[i] as string
      let found = -1
      // Look a little way ahead only: indentation and escape characters are short.
      for (let k = cursor; k < to && k < cursor + 16; k++) {
        if (this.source[k] === ch) { found = k; break }
      }
      const at = found >= 0 ? found : Math.min(cursor, Math.max(from, to - 1))
      this.push(ch, at, found >= 0 ? at + 1 : Math.min(at + 1, to))
      if (found >= 0) cursor = found + 1
    }
  }

  /** Appends text that stands for a whole source range (a line break, a space for removed markup). */
  addSynthetic(value: string, from: number, to: number): void {
    for (let k = 0; k < value.length; k++) this.push(value[k] as string, from, to)
  }

  private push(ch: string, start: number, end: number): void {
    this.text += ch
    this.starts.push(start)
    this.ends.push(end)
  }

  build(): TextUnit {
    return repairMojibake(new TextUnit(this.text, this.starts, this.ends), this.text, this.starts, this.ends)
  }
}

function repairMojibake(unit: TextUnit, text: string, starts: number[], ends: number[]): TextUnit {
  const repairs = findMojibake(text)
  if (repairs.length === 0) return unit
  let out = ''
  const outStarts: number[] = []
  const outEnds: number[] = []
  let i = 0
  for (const repair of repairs) {
    for (; i < repair.start; i++) {
      out += text[i]
      outStarts.push(starts[i] as number)
      outEnds.push(ends[i] as number)
    }
    const start = starts[repair.start] as number
    const end = ends[repair.start + repair.length - 1] as number
    for (let k = 0; k < repair.text.length; k++) {
      out += repair.text[k]
      outStarts.push(start)
      outEnds.push(end)
    }
    i = repair.start + repair.length
  }
  for (; i < text.length; i++) {
    out += text[i]
    outStarts.push(starts[i] as number)
    outEnds.push(ends[i] as number)
  }
  return new TextUnit(out, outStarts, outEnds)
}
