import { groupInteger } from '../report/grouped-digits.js'

/** The longest glob picomatch reads (its MAX_LENGTH); it throws on a longer one. */
export const MAX_GLOB_LENGTH = 64 * 1024

export const GLOB_TOO_LONG = `a glob may be at most ${groupInteger(MAX_GLOB_LENGTH)} characters long`

/** Why `glob` is too long for picomatch, or null when it is not. */
export function globTooLong(glob: string): string | null {
  return glob.length > MAX_GLOB_LENGTH ? `${GLOB_TOO_LONG} (this one is ${groupInteger(glob.length)})` : null
}
