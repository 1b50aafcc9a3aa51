import { fork, type ChildProcess } from 'node:child_process'
import { failedResult } from './file-results.js'
import type { Metric } from './metrics/model.js'
import type { FileResult } from './model.js'
import type { ConfigSnapshot } from './config/snapshot.js'
import type { RuleSeverities } from './config/rule-overrides.js'

/** What every checking process is told once, before the files: it crosses by structured clone. */
export interface CheckerSetup {
  configPath?: string
  configSnapshot?: ConfigSnapshot
  metrics?: Metric[]
  reportUnusedDisable?: boolean
  maxFileBytes?: number
  listClaims?: boolean
  /** Severities from `--rule`, over every config file. */
  rules?: RuleSeverities
}

export type CheckerRequest = { kind: 'setup'; setup: CheckerSetup } | { kind: 'check'; file: string; explicit: boolean }
/** A process says `ready` once loaded, then answers each file with its result (null: excluded by configuration). */
export type CheckerReply = { ready: true } | { result: FileResult | null }

/** No checking process could be started (not the fault of any file): the caller checks the file itself. */
export class CheckerUnavailable extends Error {}

/**
 * The checking processes are separate Node processes rather than worker threads so that they can
 * run with V8's single-threaded collector: with one process per core, the collector's helper
 * threads only compete with the other process (about a third less time on the benchmark corpus).
 * No flag that V8 counts when it checks compiled code (this one it does not): a 64 MB semi-space, set
 * here before, made each process compile Node's own modules from source (see setV8Flags); with it,
 * runs took 1.05-1.16x the time and up to 1.95x the peak memory.
 */
export const CHECKER_FLAGS = ['--single-threaded-gc']
/**
 * Files sent to a process at once (the one it checks and three queued behind it), so it never waits
 * for the next one: it reads them as they arrive, and holds at most this many files' text at once.
 */
const IN_FLIGHT = 4
/** A process that stops this many times in a row before it is ready is not started again. */
const MAX_FAILED_STARTS = 3

interface Job {
  file: string
  explicit: boolean
  resolve: (result: FileResult | undefined) => void
  reject: (error: CheckerUnavailable) => void
}

/** One checking process; it checks the files sent to it in the order they were sent. */
class Checker {
  private child: ChildProcess | undefined
  private ready = false
  private readonly sent: Job[] = []
  private stderrTail = ''
  private failedStarts = 0
  private closing = false

  constructor(
    private readonly script: string,
    private readonly setup: CheckerSetup,
    /** Takes back the files of a process that cannot be started. */
    private readonly giveBack: (jobs: Job[], reason: string) => void
  ) {}

  get load(): number {
    return this.sent.length
  }

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
    this.ready = false
    this.stderrTail = ''
    child.stderr?.setEncoding('utf8').on('data', (text: string) => {
      this.stderrTail = (this.stderrTail + text).slice(-4000)
    })
    child.on('message', (reply: CheckerReply) => {
      if ('ready' in reply) {
        this.ready = true
        this.failedStarts = 0
      } else {
        this.sent.shift()?.resolve(reply.result ?? undefined)
      }
    })
    // 'error' (it could not be started) is followed by 'close', which comes after stderr is read.
    child.on('error', () => {})
    child.once('close', (code, signal) => this.stopped(child, code, signal))
    child.send({ kind: 'setup', setup: this.setup } satisfies CheckerRequest)
    for (const job of this.sent) child.send({ kind: 'check', file: job.file, explicit: job.explicit } satisfies CheckerRequest)
  }

  /**
   * A process that stops before it is ready failed to start: its files go to the next process, or
   * back to the pool when starting keeps failing. One that stops later stopped on the first
   * file outstanding: that file fails, and the rest go to a new process.
   */
  private stopped(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (child !== this.child) return
    this.child = undefined
    if (this.closing || this.sent.length === 0) return
    const reason = crashReason(this.stderrTail, code, signal)
    if (!this.ready) {
      this.failedStarts++
      if (this.broken) {
        this.giveBack(this.sent.splice(0), reason)
        return
      }
      this.start()
      return
    }
    const culprit = this.sent.shift() as Job
    if (this.sent.length > 0) this.start()
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
 * so a slow file holds up only its own process (and the few files sent to it after it). `check`
 * rejects with CheckerUnavailable when no process can be started.
 */
export class CheckerPool {
  private readonly checkers: Checker[]
  private readonly queue: Job[] = []
  private closed = false
  private startFailure = ''

  constructor(size: number, script: string, setup: CheckerSetup) {
    const giveBack = (jobs: Job[], reason: string) => {
      this.startFailure = reason
      this.queue.unshift(...jobs)
      this.dispatch()
    }
    this.checkers = Array.from({ length: size }, () => new Checker(script, setup, giveBack))
  }

  check(file: string, explicit: boolean): Promise<FileResult | undefined> {
    if (this.closed) throw new Error('the checker pool is closed')
    return new Promise((resolve, reject) => {
      const settled = () => this.dispatch()
      this.queue.push({
        file,
        explicit,
        resolve: (result) => {
          resolve(result)
          settled()
        },
        reject: (error) => {
          reject(error)
          settled()
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
        for (const job of this.queue.splice(0)) job.reject(new CheckerUnavailable(`no checking process could be started (${this.startFailure})`))
        return
      }
      const checker = working.reduce((a, b) => (b.load < a.load ? b : a))
      if (checker.load >= IN_FLIGHT) return
      checker.send(this.queue.shift() as Job)
    }
  }
}
