// Every test run gets one temporary directory of its own, and everything the tests (and the processes
// they start) write to the system's temporary directory goes there: os.tmpdir() reads TMPDIR on each
// call (on POSIX systems; Windows reads TEMP and TMP, which this leaves alone), and jest's workers and
// the tests' child processes inherit it. The teardown removes it, so runs do not leave their
// recount-* directories behind.
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const VARIABLE = 'RECOUNT_TEST_TEMP_ROOT'

export async function setup() {
  const root = mkdtempSync(join(tmpdir(), 'recount-tests-'))
  // A test runs the CLI as nobody inside a directory of its own, which nobody must be able to reach.
  chmodSync(root, 0o755)
  process.env[VARIABLE] = root
  process.env.TMPDIR = root
}

function makeRemovable(dir) {
  try {
    chmodSync(dir, 0o700)
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) makeRemovable(join(dir, entry.name))
    }
  } catch {
    // Whatever cannot be opened here is reported by the removal below.
  }
}

export async function teardown() {
  const root = process.env[VARIABLE]
  if (!root) return
  try {
    rmSync(root, { recursive: true, force: true })
  } catch {
    // A test may leave a directory without permissions (an unreadable one is part of what is tested).
    makeRemovable(root)
    try {
      rmSync(root, { recursive: true, force: true })
    } catch (error) {
      console.warn(`the tests' temporary directory ${root} could not be removed: ${error.message}`)
    }
  }
}
