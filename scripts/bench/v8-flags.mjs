// The V8 flags recount's entries set for their own processes (src/start/process-settings.ts,
// v8FlagsFor), so that the parse floor runs its parser tuned the same way; a test keeps the two alike.
/** The command-line flags of recount's checking processes (src/checker-pool.ts, CHECKER_FLAGS), for the floor split over processes. */
export const CHECKER_FLAGS = ['--single-threaded-gc']

export function recountV8Flags(version) {
  const flags = ['--no-regexp-tier-up', '--max-inlined-bytecode-size-cumulative=100']
  const [, major, minor] = /^(\d+)\.(\d+)\./.exec(version)?.map(Number) ?? []
  if (major !== undefined && minor !== undefined && (major < 11 || (major === 11 && minor <= 3))) flags.push('--interrupt-budget=200000')
  return flags
}
