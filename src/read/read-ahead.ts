/**
 * Reads started ahead of their turn: up to `window` items beyond the one taken, fewer once the reads
 * started and not yet taken hold `budget` (in `sizeOf`'s units; recount counts characters). A read
 * still in flight counts as large as the largest read so far, so the first reads of a run, before
 * any is done, count as nothing: at the start up to `window + 1` can be held whatever their size.
 *
 * Why: reading a file takes several steps through libuv (lstat, open, fstat, read, close), and each
 * step starts the next only when the event loop turns, which it does only when the process waits; a
 * read started one file ahead was still steps short when its turn came, and the process waited for
 * each step. Started several files ahead, reads go on while the process waits for any of them, and
 * most are done when their turn comes.
 */
export class ReadAhead<T> {
  private readonly started = new Map<number, Promise<T>>()
  /** What each read started and not yet taken counts against the budget: its size once done. */
  private readonly charged = new Map<number, number>()
  private held = 0
  private largest = 0
  private next = 0

  constructor(
    private readonly count: number,
    private readonly read: (index: number) => Promise<T>,
    private readonly window: number,
    private readonly sizeOf: (value: T) => number = () => 0,
    private readonly budget = Infinity
  ) {}

  /**
   * The read of item `index`, started now if it was not, after starting those up to `window` beyond
   * it. Items are taken in order; an item passed over (a file answered from the result cache) is
   * never read, or, if its read had started, is dropped.
   */
  take(index: number): Promise<T> {
    if (!Number.isInteger(index) || index < 0 || index >= this.count) throw new RangeError(`no item ${index} to read (there are ${this.count})`)
    if (index < this.next && !this.started.has(index)) throw new RangeError(`item ${index} was already taken or passed over`)
    for (const earlier of this.started.keys()) if (earlier < index) this.drop(earlier)
    const started = this.started.get(index)
    this.drop(index)
    const read = started ?? this.read(index)
    this.next = Math.max(this.next, index + 1)
    while (this.next < this.count && this.next <= index + this.window && this.held < this.budget) this.start(this.next++)
    return read
  }

  private drop(index: number): void {
    this.held -= this.charged.get(index) ?? 0
    this.charged.delete(index)
    this.started.delete(index)
  }

  private start(index: number): void {
    const read = this.read(index)
    this.started.set(index, read)
    this.charged.set(index, this.largest)
    this.held += this.largest
    // A failed read is thrown where it is awaited, in its turn; if that turn never comes (the caller
    // stopped reading results), it is dropped, not unhandled.
    read.then((value) => this.done(index, value), () => {})
  }

  private done(index: number, value: T): void {
    const size = this.sizeOf(value)
    this.largest = Math.max(this.largest, size)
    if (!this.started.has(index)) return
    this.held += size - (this.charged.get(index) ?? 0)
    this.charged.set(index, size)
  }
}
