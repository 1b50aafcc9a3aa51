import { ReadAhead } from '../../src/read/read-ahead.js'

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
    // Taking item 6 next skips 5, which is never read, and starts the window after 6.
    expect(await reads.take(6)).toBe('text 6')
    expect(started).toEqual([0, 1, 2, 3, 4, 6, 7, 8, 9])
    for (let i = 7; i < 20; i++) expect(await reads.take(i)).toBe(`text ${i}`)
    expect(started).toEqual(Array.from({ length: 20 }, (_, i) => i).filter((i) => i !== 5))
  })

  test('an item not started ahead is read when taken, and a read taken is not kept', async () => {
    let calls = 0
    const reads = new ReadAhead(2, async (i) => {
      calls++
      return i
    }, 0)
    expect(await reads.take(1)).toBe(1)
    expect(await reads.take(1)).toBe(1)
    expect(calls).toBe(2)
  })

  test('a read that fails ahead of its turn rejects only when taken, and is never unhandled', async () => {
    const unhandled: unknown[] = []
    const record = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', record)
    try {
      const reads = new ReadAhead(3, async (i) => {
        if (i === 2) throw new Error('cannot read item 2')
        return i
      }, 4)
      expect(await reads.take(0)).toBe(0)
      for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve))
      expect(unhandled).toEqual([])
      expect(await reads.take(1)).toBe(1)
      await expect(reads.take(2)).rejects.toThrow('cannot read item 2')
    } finally {
      process.off('unhandledRejection', record)
    }
  })
})
