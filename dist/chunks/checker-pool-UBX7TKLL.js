import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  failedResult
} from "./chunk-6SP6ACMT.js";
import "./chunk-EL2LMYO2.js";

// src/checker-pool.ts
import { fork } from "node:child_process";
var CheckerUnavailable = class extends Error {
};
var CHECKER_FLAGS = ["--single-threaded-gc"];
var IN_FLIGHT = 4;
var MAX_FAILED_STARTS = 3;
var Checker = class {
  constructor(script, setup, giveBack) {
    this.script = script;
    this.setup = setup;
    this.giveBack = giveBack;
  }
  script;
  setup;
  giveBack;
  child;
  ready = false;
  sent = [];
  stderrTail = "";
  failedStarts = 0;
  closing = false;
  get load() {
    return this.sent.length;
  }
  get broken() {
    return this.failedStarts >= MAX_FAILED_STARTS;
  }
  send(job) {
    this.sent.push(job);
    if (!this.child) this.start();
    else this.child.send({ kind: "check", file: job.file, explicit: job.explicit });
  }
  close() {
    this.closing = true;
    if (this.child?.connected) this.child.disconnect();
  }
  start() {
    const child = fork(this.script, [], { execArgv: CHECKER_FLAGS, serialization: "advanced", stdio: ["ignore", "ignore", "pipe", "ipc"] });
    this.child = child;
    this.ready = false;
    this.stderrTail = "";
    child.stderr?.setEncoding("utf8").on("data", (text) => {
      this.stderrTail = (this.stderrTail + text).slice(-4e3);
    });
    child.on("message", (reply) => {
      if ("ready" in reply) {
        this.ready = true;
        this.failedStarts = 0;
      } else {
        this.sent.shift()?.resolve(reply.result ?? void 0);
      }
    });
    child.on("error", () => {
    });
    child.once("close", (code, signal) => this.stopped(child, code, signal));
    child.send({ kind: "setup", setup: this.setup });
    for (const job of this.sent) child.send({ kind: "check", file: job.file, explicit: job.explicit });
  }
  /**
   * A process that stops before it is ready failed to start: its files go to the next process, or
   * back to the pool when starting keeps failing. One that stops later stopped on the first
   * file outstanding: that file fails, and the rest go to a new process.
   */
  stopped(child, code, signal) {
    if (child !== this.child) return;
    this.child = void 0;
    if (this.closing || this.sent.length === 0) return;
    const reason = crashReason(this.stderrTail, code, signal);
    if (!this.ready) {
      this.failedStarts++;
      if (this.broken) {
        this.giveBack(this.sent.splice(0), reason);
        return;
      }
      this.start();
      return;
    }
    const culprit = this.sent.shift();
    if (this.sent.length > 0) this.start();
    culprit.resolve(failedResult(culprit.file, `${culprit.file}: could not be checked: the checking process stopped (${reason})`));
  }
};
function crashReason(stderr, code, signal) {
  const line = stderr.split("\n").map((l) => l.trim()).find((l) => /^(?:(?:[A-Z]\w*)?Error\b|FATAL ERROR\b)/.test(l));
  if (line) return line.slice(0, 200);
  return signal ? `signal ${signal}` : `exit code ${code}`;
}
var CheckerPool = class {
  checkers;
  queue = [];
  closed = false;
  startFailure = "";
  constructor(size, script, setup) {
    const giveBack = (jobs, reason) => {
      this.startFailure = reason;
      this.queue.unshift(...jobs);
      this.dispatch();
    };
    this.checkers = Array.from({ length: size }, () => new Checker(script, setup, giveBack));
  }
  check(file, explicit) {
    if (this.closed) throw new Error("the checker pool is closed");
    return new Promise((resolve, reject) => {
      const settled = () => this.dispatch();
      this.queue.push({
        file,
        explicit,
        resolve: (result) => {
          resolve(result);
          settled();
        },
        reject: (error) => {
          reject(error);
          settled();
        }
      });
      this.dispatch();
    });
  }
  close() {
    this.closed = true;
    for (const checker of this.checkers) checker.close();
  }
  dispatch() {
    while (this.queue.length > 0) {
      const working = this.checkers.filter((c) => !c.broken);
      if (working.length === 0) {
        for (const job of this.queue.splice(0)) job.reject(new CheckerUnavailable(`no checking process could be started (${this.startFailure})`));
        return;
      }
      const checker = working.reduce((a, b) => b.load < a.load ? b : a);
      if (checker.load >= IN_FLIGHT) return;
      checker.send(this.queue.shift());
    }
  }
};
export {
  CHECKER_FLAGS,
  CheckerPool,
  CheckerUnavailable
};
