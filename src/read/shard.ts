/** Which of n shards a file belongs to (0-based), by a stable hash of its path: adding or removing other files does not move it. */
export function shardOf(path: string, count: number): number {
  // FNV-1a, 32 bits.
  let hash = 0x811c9dc5
  for (let i = 0; i < path.length; i++) {
    hash ^= path.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash % count
}

export interface Shard {
  /** 1-based, as written on the command line ("2/4"). */
  index: number
  count: number
}

/** Reads "i/n" (1 ≤ i ≤ n), or says what is wrong with it. */
export function parseShard(text: string): Shard | string {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim())
  if (!match) return `expected i/n, such as 1/4, got "${text}"`
  const index = Number(match[1])
  const count = Number(match[2])
  if (count < 1 || index < 1 || index > count) return `expected 1 ≤ i ≤ n in i/n, got "${text}"`
  return { index, count }
}
