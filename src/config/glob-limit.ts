/** The longest glob picomatch reads (its MAX_LENGTH); it throws on a longer one. */
export const MAX_GLOB_LENGTH = 64 * 1024

/**
 * An integer with its digits grouped by commas ("65,536"), as toLocaleString('en-US') writes it.
 * Not toLocaleString itself: its first call loads ICU's number formats (about 18 ms), and this
 * module's message is built whenever the engine loads, in every run and every checking process.
 */
function grouped(n: number): string {
  const digits = String(n)
  let text = ''
  for (let i = 0; i < digits.length; i++) text += (i > 0 && (digits.length - i) % 3 === 0 ? ',' : '') + digits[i]
  return text
}

export const GLOB_TOO_LONG = `a glob may be at most ${grouped(MAX_GLOB_LENGTH)} characters long`

/** Why `glob` is too long for picomatch, or null when it is not. */
export function globTooLong(glob: string): string | null {
  return glob.length > MAX_GLOB_LENGTH ? `${GLOB_TOO_LONG} (this one is ${grouped(glob.length)})` : null
}
