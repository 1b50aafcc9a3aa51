/**
 * Reads started ahead of their turn: up to `window` items beyond the one taken, fewer once the
 * reads done and not yet taken hold `budget` bytes. Reading a file takes several steps through libuv
 * (lstat, open, fstat, read, close), and each step starts the next only when the event loop turns,
 * which it does only when the process waits; a read started one file ahead was still steps short
 * when its turn came, and the process waited for each of them. Started several files ahead, reads
 * go on while the process waits for any of them, and most are done when their turn comes.
 */
export class ReadAhead<T> {
  private readonly started = new Map<number, Promise<T>>()
  /** Sizes of the reads that are done and not yet taken. */
  private readonly waiting = new Map<number, number>()
  private held = 0
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
   * it. Items passed over (a file answered from the result cache) are never read.
   */
  take(index: number): Promise<T> {
    const size = this.waiting.get(index)
    if (size !== undefined) {
      this.held -= size
      this.waiting.delete(index)
    }
    this.next = Math.max(this.next, index)
    while (this.next < this.count && this.next <= index + this.window && (this.next === index || this.held < this.budget)) this.start(this.next++)
    const read = this.started.get(index)
    if (!read) throw new RangeError(`no item ${index} to read (there are ${this.count})`)
    this.started.delete(index)
    return read
  }

  private start(index: number): void {
    const read = this.read(index)
    this.started.set(index, read)
    read.then(
      (value) => {
        if (!this.started.has(index)) return
        const size = this.sizeOf(value)
        this.waiting.set(index, size)
        this.held += size
      },
      // Its error is thrown where it is awaited, in its turn; if that turn never comes (the caller
      // stopped reading results), it is dropped, not unhandled.
      () => {}
    )
  }
}
