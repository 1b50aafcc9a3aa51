// The V8 flags recount's entries set for their own processes (src/start/process-settings.ts,
// v8FlagsFor), so that the parse floor runs its parser tuned the same way; a test keeps the two alike.
export function recountV8Flags(version) {
  const [major, minor] = version.split('.').map(Number)
  return ['--no-regexp-tier-up', ...(major < 11 || (major === 11 && minor <= 3) ? ['--interrupt-budget=200000'] : [])]
}
