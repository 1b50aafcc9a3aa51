import { once } from 'node:events'

const CHUNK = 64 * 1024

/**
 * Collects a report's text and hands it to a stream in chunks, waiting when the stream is full
 * (a slow pipe), so a long report is never held whole in memory.
 */
export class ChunkedOutput {
  private pending = ''

  constructor(private readonly stream: NodeJS.WritableStream) {}

  readonly write = (text: string): void => {
    this.pending += text
  }

  /** Passes the text on once a chunk has gathered, or all of it when `all` is set. */
  async flush(all = false): Promise<void> {
    if (this.pending.length === 0 || (!all && this.pending.length < CHUNK)) return
    const text = this.pending
    this.pending = ''
    if (!this.stream.write(text)) await once(this.stream, 'drain')
  }
}
