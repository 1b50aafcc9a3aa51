import { fork, type ChildProcess } from 'node:child_process'
import { failedResult, type CheckFilesOptions } from './check-files.js'
import type { Metric } from './metrics/model.js'
import type { FileResult } from './model.js'

/** What every checking process is told once, before the files: it crosses by structured clone. */
export interface CheckerSetup {
  configPath?: string
  metrics?: Metric[]
  reportUnusedDisable?: boolean
  maxFileBytes?: CheckFilesOptions['maxFileBytes']
}

export type CheckerRequest = { kind: 'setup'; setup: CheckerSetup } | { kind: 'check'; file: string; explicit: boolean }
export interface CheckerReply {
  result: FileResult | null
}

/**
 * The checking processes are separate Node processes rather than worker threads so that they can
 * run with V8's single-threaded collector: with one process per core, the collector's helper
 * threads only compete with the other process (about a quarter less time on the benchmark corpus).
 */
const CHECKER_FLAGS = ['--single-threaded-gc', '--max-semi-space-size=64']
/** Files sent ahead to a process, so it never waits for the next one. */
const IN_FLIGHT = 2
/** A process that dies this many times in a row without checking a file is not started again. */
const MAX_FAILED_STARTS = 3

interface Job {
  file: string
  explicit: boolean
  resolve: (result: FileResult | undefined) => void
}

/** One checking process; it checks the files sent to it in the order they were sent. */
class Checker {
  private child: ChildProcess | undefined
  private readonly sent: Job[] = []
  private stderrTail = ''
  private failedStarts = 0
  private closing = false

  constructor(
    private readonly script: string,
    private readonly setup: CheckerSetup
  ) {}

  get load(): number {
    return this.sent.length
  }

  /** It stopped again and again before checking anything: the files go elsewhere. */
  get broken(): boolean {
    return this.failedStarts >= MAX_FAILED_STARTS
  }

  send(job: Job): void {
    this.sent.push(job)
    if (!this.child) this.start()
    else this.child.send({ kind: 'check', file: job.file, explicit: job.explicit } satisfies CheckerRequest)
  }

  close(): void {
    this.closing = true
    if (this.child?.connected) this.child.disconnect()
  }

  private start(): void {
    const child = fork(this.script, [], { execArgv: CHECKER_FLAGS, serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] })
    this.child = child
    this.stderrTail = ''
    child.stderr?.setEncoding('utf8').on('data', (text: string) => {
      this.stderrTail = (this.stderrTail + text).slice(-4000)
    })
    child.on('message', (reply: CheckerReply) => {
      this.failedStarts = 0
      this.sent.shift()?.resolve(reply.result ?? undefined)
    })
    // 'error' (it could not be started) is followed by 'exit' or 'close'; 'close' comes after stderr is read.
    child.on('error', () => {})
    child.once('close', (code, signal) => this.stopped(child, code, signal))
    child.send({ kind: 'setup', setup: this.setup } satisfies CheckerRequest)
    for (const job of this.sent) child.send({ kind: 'check', file: job.file, explicit: job.explicit } satisfies CheckerRequest)
  }

  /** A process that stops with files outstanding stopped on the first of them: that file fails, the rest go to a new process. */
  private stopped(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (child !== this.child) return
    this.child = undefined
    if (this.closing || this.sent.length === 0) return
    const reason = crashReason(this.stderrTail, code, signal)
    const culprit = this.sent.shift() as Job
    this.failedStarts++
    if (this.broken) {
      for (const job of this.sent.splice(0)) job.resolve(failedResult(job.file, `${job.file}: could not be checked: the checking process could not be started (${reason})`))
    } else if (this.sent.length > 0) {
      this.start()
    }
    culprit.resolve(failedResult(culprit.file, `${culprit.file}: could not be checked: the checking process stopped (${reason})`))
  }
}

function crashReason(stderr: string, code: number | null, signal: NodeJS.Signals | null): string {
  const line = stderr
    .split('\n')
    .map((l) => l.trim())
    .find((l) => /^(?:(?:[A-Z]\w*)?Error\b|FATAL ERROR\b)/.test(l))
  if (line) return line.slice(0, 200)
  return signal ? `signal ${signal}` : `exit code ${code}`
}

/**
 * Checks files on `size` processes. Files wait in one queue and go to whichever process has room,
 * so a slow file holds up only its own process.
 */
export class CheckerPool {
  private readonly checkers: Checker[]
  private readonly queue: Job[] = []
  private closed = false

  constructor(size: number, script: string, setup: CheckerSetup) {
    this.checkers = Array.from({ length: size }, () => new Checker(script, setup))
  }

  check(file: string, explicit: boolean): Promise<FileResult | undefined> {
    if (this.closed) throw new Error('the checker pool is closed')
    return new Promise((resolve) => {
      this.queue.push({
        file,
        explicit,
        resolve: (result) => {
          resolve(result)
          this.dispatch()
        }
      })
      this.dispatch()
    })
  }

  close(): void {
    this.closed = true
    for (const checker of this.checkers) checker.close()
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const working = this.checkers.filter((c) => !c.broken)
      if (working.length === 0) {
        for (const job of this.queue.splice(0)) job.resolve(failedResult(job.file, `${job.file}: could not be checked: no checking process could be started`))
        return
      }
      const checker = working.reduce((a, b) => (b.load < a.load ? b : a))
      if (checker.load >= IN_FLIGHT) return
      checker.send(this.queue.shift() as Job)
    }
  }
}
