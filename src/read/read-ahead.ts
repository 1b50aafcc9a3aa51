/**
 * Reads started ahead of their turn, a window of them at a time. Reading a file takes several trips
 * through libuv (lstat, open, fstat, read, close), and each trip's next step starts only when the
 * event loop turns, that is between two files' checks; a read started one file ahead is still a few
 * trips short when its turn comes, and the process waits. Started `window` files ahead, it is done.
 */
export class ReadAhead<T> {
  private readonly started = new Map<number, Promise<T>>()
  private next = 0

  constructor(
    private readonly count: number,
    private readonly read: (index: number) => Promise<T>,
    private readonly window: number
  ) {}

  /** The read of item `index` (started now if it was not), after starting those up to `window` beyond it. */
  take(index: number): Promise<T> {
    this.next = Math.max(this.next, index)
    while (this.next < this.count && this.next <= index + this.window) this.start(this.next++)
    const read = this.started.get(index) ?? this.read(index)
    this.started.delete(index)
    return read
  }

  private start(index: number): void {
    const read = this.read(index)
    // Its error (a glob picomatch refuses) is thrown where it is awaited, in its turn; if that turn
    // never comes (the caller stopped reading results), it is dropped, not unhandled.
    read.catch(() => {})
    this.started.set(index, read)
  }
}
