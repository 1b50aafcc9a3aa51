import { ReadAhead } from '../../src/read/read-ahead.js'

const settle = () => new Promise((resolve) => setImmediate(resolve))

describe('ReadAhead', () => {
  test('taking item i starts the reads up to i + window, each once, in order', async () => {
    const started: number[] = []
    const reads = new ReadAhead(20, async (i) => {
      started.push(i)
      return `text ${i}`
    }, 3)
    expect(await reads.take(0)).toBe('text 0')
    expect(started).toEqual([0, 1, 2, 3])
    expect(await reads.take(1)).toBe('text 1')
    expect(started).toEqual([0, 1, 2, 3, 4])
    // Taking item 6 next passes over 5, which is never read, and starts the window after 6.
    expect(await reads.take(6)).toBe('text 6')
    expect(started).toEqual([0, 1, 2, 3, 4, 6, 7, 8, 9])
    for (let i = 7; i < 20; i++) expect(await reads.take(i)).toBe(`text ${i}`)
    expect(started).toEqual(Array.from({ length: 20 }, (_, i) => i).filter((i) => i !== 5))
    expect(() => reads.take(20)).toThrow(RangeError)
    expect(() => reads.take(5)).toThrow('item 5 was already taken or passed over')
    expect(() => reads.take(19)).toThrow('item 19 was already taken or passed over')
  })

  test('with a window of 0 each item is read when it is taken, and only then', async () => {
    const started: number[] = []
    const reads = new ReadAhead(3, async (i) => {
      started.push(i)
      return i
    }, 0)
    expect(await reads.take(0)).toBe(0)
    expect(started).toEqual([0])
    expect(await reads.take(2)).toBe(2)
    expect(started).toEqual([0, 2])
  })

  test('no read starts ahead while the reads started and not yet taken hold the budget; the one taken is always read', async () => {
    const started: number[] = []
    const reads = new ReadAhead(12, async (i) => {
      started.push(i)
      return 'x'.repeat(10)
    }, 5, (text) => text.length, 25)
    await reads.take(0)
    expect(started).toEqual([0, 1, 2, 3, 4, 5])
    await settle()
    // Items 1 to 5 are done and waiting: 50 characters, over the budget of 25.
    await reads.take(1)
    await reads.take(2)
    expect(started).toEqual([0, 1, 2, 3, 4, 5])
    // 3 taken: 20 held, under the budget again; 6 starts and counts as 10 (the largest read so far)
    // while in flight, so only one more starts.
    await reads.take(3)
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6])
    await settle()
    await reads.take(4)
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    const none = new ReadAhead(3, async (i) => {
      started.push(100 + i)
      return 'x'
    }, 5, (text) => text.length, 0)
    await none.take(0)
    await settle()
    await none.take(1)
    expect(started.slice(8)).toEqual([100, 101])
  })

  test('a read that fails ahead of its turn has a rejection handler from the start, and rejects only when taken', async () => {
    const handled: number[] = []
    const reads = new ReadAhead(3, (i) => {
      const read: Promise<number> = i === 2 ? Promise.reject(new Error('cannot read item 2')) : Promise.resolve(i)
      const then = read.then.bind(read)
      // A rejection handler on the read itself is what keeps its failure from being unhandled.
      read.then = ((onFulfilled, onRejected) => {
        if (typeof onRejected === 'function') handled.push(i)
        return then(onFulfilled, onRejected)
      }) as typeof read.then
      return read
    }, 4)
    expect(await reads.take(0)).toBe(0)
    // Item 0 is read when taken, and awaited there; 1 and 2 were started ahead.
    expect(handled).toEqual([1, 2])
    expect(await reads.take(1)).toBe(1)
    await expect(reads.take(2)).rejects.toThrow('cannot read item 2')
  })
})
