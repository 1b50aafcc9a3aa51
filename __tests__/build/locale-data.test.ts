import { join } from 'node:path'
import { runCliWithRecorder } from '../helpers.js'

// The first call of a built-in that formats or compares by locale (toLocaleString, localeCompare,
// the Intl constructors) loads ICU's locale data: about 18 ms for Number#toLocaleString('en-US'),
// as long as a bare `node -e 0` takes a fifth of. Starting the engine and checking reports with two
// findings each, one of them corrected in grouped digits ("1,550"), in one process or in checking
// processes, must not pay it. (The order of two findings at one place still compares by locale.)
const root = new URL('../..', import.meta.url).pathname
const recorder = join(root, '__tests__', 'fixtures', 'locale-call-recorder.cjs')

function localeCalls(args: string[]): { processes: number; calls: string[]; findings: number } {
  const report = '# Tests\n\nThe suite grew from 40 to 50 tests (+30%), 1,250 of 2,500 checks passed (50%).\n\nRequests this week: 1,200 + 350 = 1,450.\n'
  const { findings, lines } = runCliWithRecorder<{ calls: string[] }>(recorder, 'RECOUNT_LOCALE_CALLS', report, args)
  return { processes: lines.length, calls: lines.flatMap((line) => line.calls), findings }
}

describe('a plain check loads no locale data', () => {
  it('in one process', () => {
    const { processes, calls, findings } = localeCalls(['--jobs', '1'])
    expect(findings).toBe(4)
    expect(processes).toBe(1)
    expect(calls).toEqual([])
  })

  it('in checking processes', () => {
    const { processes, calls, findings } = localeCalls(['--jobs', '2'])
    expect(findings).toBe(4)
    expect(processes).toBe(3)
    expect(calls).toEqual([])
  })
})
