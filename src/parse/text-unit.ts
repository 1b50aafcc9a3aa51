import { findMojibake } from './mojibake.js'

/**
 * A run of characters of a unit's text and where they came from. A linear run maps character i to
 * source offset `sourceStart + (i - textStart)`; any other run (a repaired mojibake character, a
 * synthetic line break) maps every character to the whole source range [sourceStart, sourceEnd).
 */
interface Segment {
  textStart: number
  length: number
  sourceStart: number
  sourceEnd: number
  linear: boolean
}

/**
 * A stretch of readable text (a heading, one line of a paragraph, a table cell, a line in a
 * fenced block) and, for every character, the source offsets it came from. Rules read `text`;
 * findings are placed through `sourceSpan`, so positions stay exact after emphasis, escapes
 * and mojibake repair have been taken out. Slices share their parent's segments.
 */
export class TextUnit {
  constructor(
    readonly text: string,
    private readonly segments: Segment[],
    /** Offset of this unit's text within the segments' text (for slices). */
    private readonly base = 0
  ) {}

  private segmentAt(index: number): Segment {
    const segments = this.segments
    let lo = 0
    let hi = segments.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((segments[mid] as Segment).textStart <= index) lo = mid
      else hi = mid - 1
    }
    return segments[lo] as Segment
  }

  private startOf(index: number): number {
    const s = this.segmentAt(index)
    return s.linear ? s.sourceStart + Math.min(index - s.textStart, s.length - 1) : s.sourceStart
  }

  private endOf(index: number): number {
    const s = this.segmentAt(index)
    return s.linear ? s.sourceStart + Math.min(index - s.textStart, s.length - 1) + 1 : s.sourceEnd
  }

  sourceSpan(start: number, end: number): { start: number; end: number } {
    if (this.segments.length === 0) return { start: 0, end: 0 }
    const last = Math.max(start, end - 1)
    const clamp = (i: number) => Math.min(Math.max(i + this.base, 0), this.base + Math.max(this.text.length - 1, 0))
    return { start: this.startOf(clamp(start)), end: this.endOf(clamp(last)) }
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
    return new TextUnit(this.text.slice(start, end), this.segments, this.base + start)
  }

  trimmed(): TextUnit {
    let a = 0
    let b = this.text.length
    while (a < b && isSpace(this.text.charCodeAt(a))) a++
    while (b > a && isSpace(this.text.charCodeAt(b - 1))) b--
    return a === 0 && b === this.text.length ? this : this.slice(a, b)
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 || code === 0xa0 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x3000
}

/** Collects text pieces and where they stand in the source, then builds a TextUnit. */
export class TextUnitBuilder {
  private parts: string[] = []
  private length = 0
  private segments: Segment[] = []

  constructor(private readonly source: string) {}

  /**
   * Appends `value`, which the parser took from source[from, to). The value can differ from the
   * source (escapes, entities, stripped indentation), so characters are aligned greedily.
   */
  addAligned(value: string, from: number, to: number): void {
    // The common case: the value is the source text itself.
    if (to - from === value.length && this.source.startsWith(value, from)) {
      this.push(value, from, to, true)
      return
    }
    let cursor = from
    for (let i = 0; i < value.length; i++) {
      const ch = value[i] as string
      let found = -1
      // Look a little way ahead only: indentation and escape characters are short.
      for (let k = cursor; k < to && k < cursor + 16; k++) {
        if (this.source[k] === ch) {
          found = k
          break
        }
      }
      if (found >= 0) {
        this.push(ch, found, found + 1, true)
        cursor = found + 1
      } else {
        const at = Math.min(cursor, Math.max(from, to - 1))
        this.push(ch, at, Math.min(at + 1, to), false)
      }
    }
  }

  /** Appends text that stands for a whole source range (a line break, a space for removed markup). */
  addSynthetic(value: string, from: number, to: number): void {
    this.push(value, from, to, false)
  }

  private push(text: string, sourceStart: number, sourceEnd: number, linear: boolean): void {
    if (text.length === 0) return
    const last = this.segments[this.segments.length - 1]
    // Extend the previous linear run when this one continues it in the source.
    if (linear && last && last.linear && last.sourceStart + last.length === sourceStart && last.textStart + last.length === this.length) {
      last.length += text.length
      last.sourceEnd = last.sourceStart + last.length
    } else {
      this.segments.push({ textStart: this.length, length: text.length, sourceStart, sourceEnd, linear })
    }
    this.parts.push(text)
    this.length += text.length
  }

  /** The unit; unless `repair` is false, doubly-encoded UTF-8 in it is read as what it stands for. */
  build(repair = true): TextUnit {
    const text = this.parts.join('')
    const unit = new TextUnit(text, this.segments)
    const repairs = repair ? findMojibake(text) : []
    return repairs.length === 0 ? unit : repairMojibake(text, unit, repairs)
  }
}

function repairMojibake(text: string, unit: TextUnit, repairs: ReturnType<typeof findMojibake>): TextUnit {
  const builder = new TextUnitBuilder('')
  let i = 0
  const copy = (from: number, to: number) => {
    // Re-map character by character through the original unit (repairs are rare and short).
    for (let k = from; k < to; k++) {
      const span = unit.sourceSpan(k, k + 1)
      builder.addSynthetic(text[k] as string, span.start, span.end)
    }
  }
  for (const repair of repairs) {
    copy(i, repair.start)
    const span = unit.sourceSpan(repair.start, repair.start + repair.length)
    builder.addSynthetic(repair.text, span.start, span.end)
    i = repair.start + repair.length
  }
  copy(i, text.length)
  return builder.build(false)
}
