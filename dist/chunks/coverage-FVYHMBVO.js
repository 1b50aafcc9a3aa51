import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  at,
  parseJson
} from "./chunk-HUWRBNLH.js";
import {
  COVERAGE
} from "./chunk-XKUJVVH5.js";
import {
  MetricList
} from "./chunk-UHEI46QV.js";
import {
  MetricsError
} from "./chunk-42MYV6I2.js";
import {
  __export
} from "./chunk-EL2LMYO2.js";

// src/metrics/parsers/coverage.ts
import { createReadStream } from "node:fs";
import { stat, readFile } from "node:fs/promises";

// node_modules/stream-chain/src/index.js
import { Readable, Writable, Duplex as Duplex2 } from "node:stream";

// node_modules/stream-chain/src/defs.js
var defs_exports = {};
__export(defs_exports, {
  Stop: () => Stop,
  abortSymbol: () => abortSymbol,
  clearFunctionList: () => clearFunctionList,
  combineMany: () => combineMany,
  combineManyMut: () => combineManyMut,
  fListSymbol: () => fListSymbol,
  final: () => final,
  finalSymbol: () => finalSymbol,
  finalValue: () => finalValue,
  flushSymbol: () => flushSymbol,
  flushable: () => flushable,
  getFinalValue: () => getFinalValue,
  getFunctionList: () => getFunctionList,
  getManyValues: () => getManyValues,
  isDuplexNodeStream: () => isDuplexNodeStream,
  isDuplexWebStream: () => isDuplexWebStream,
  isFinalValue: () => isFinalValue,
  isFlushable: () => isFlushable,
  isFunctionList: () => isFunctionList,
  isMany: () => isMany,
  isReadableNodeStream: () => isReadableNodeStream,
  isReadableWebStream: () => isReadableWebStream,
  isStop: () => isStop,
  isWritableNodeStream: () => isWritableNodeStream,
  isWritableWebStream: () => isWritableWebStream,
  many: () => many,
  manySymbol: () => manySymbol,
  none: () => none,
  normalizeMany: () => normalizeMany,
  setFunctionList: () => setFunctionList,
  stop: () => stop,
  stopErrorSymbol: () => stopErrorSymbol,
  toMany: () => toMany
});
var none = /* @__PURE__ */ Symbol.for("object-stream.none");
var stop = /* @__PURE__ */ Symbol.for("object-stream.stop");
var finalSymbol = /* @__PURE__ */ Symbol.for("object-stream.final");
var manySymbol = /* @__PURE__ */ Symbol.for("object-stream.many");
var flushSymbol = /* @__PURE__ */ Symbol.for("object-stream.flush");
var abortSymbol = /* @__PURE__ */ Symbol.for("object-stream.abort");
var fListSymbol = /* @__PURE__ */ Symbol.for("object-stream.fList");
var stopErrorSymbol = /* @__PURE__ */ Symbol.for("object-stream.stopError");
var finalValue = (value) => ({ [finalSymbol]: 1, value });
var many = (values) => ({ [manySymbol]: 1, values });
var isFinalValue = (o) => o && o[finalSymbol] === 1;
var isMany = (o) => o && o[manySymbol] === 1;
var isFlushable = (o) => o && o[flushSymbol] === 1;
var isFunctionList = (o) => o && o[fListSymbol] === 1;
var isStop = (o) => o && o[stopErrorSymbol] === 1;
var getFinalValue = (o) => o.value;
var getManyValues = (o) => o.values;
var getFunctionList = (o) => o.fList;
var flushable = (write2, final3 = null, abort = null) => {
  const fn = final3 ? (value) => value === none ? final3() : write2(value) : write2;
  fn[flushSymbol] = 1;
  if (abort) fn[abortSymbol] = abort;
  return fn;
};
var setFunctionList = (o, fns) => {
  o.fList = fns;
  o[fListSymbol] = 1;
  return o;
};
var clearFunctionList = (o) => {
  delete o.fList;
  delete o[fListSymbol];
  return o;
};
var Stop = class extends Error {
};
Stop.prototype[stopErrorSymbol] = 1;
var toMany = (value) => value === none ? many([]) : value && value[manySymbol] === 1 ? value : many([value]);
var normalizeMany = (o) => {
  if (o?.[manySymbol] === 1) {
    switch (o.values.length) {
      case 0:
        return none;
      case 1:
        return o.values[0];
    }
  }
  return o;
};
var combineMany = (...args) => {
  const values = [];
  for (let i = 0; i < args.length; ++i) {
    const a = args[i];
    if (a === none) continue;
    if (a?.[manySymbol] === 1) {
      values.push(...a.values);
    } else {
      values.push(a);
    }
  }
  return many(values);
};
var combineManyMut = (a, ...args) => {
  const values = a === none ? [] : a?.[manySymbol] === 1 ? a.values : [a];
  for (let i = 0; i < args.length; ++i) {
    const b = args[i];
    if (b === none) continue;
    if (b?.[manySymbol] === 1) {
      values.push(...b.values);
    } else {
      values.push(b);
    }
  }
  return many(values);
};
var isReadableWebStream = (x) => !!(x && typeof x === "object" && typeof x.getReader === "function" && typeof x.pipeTo === "function");
var isWritableWebStream = (x) => !!(x && typeof x === "object" && typeof x.getWriter === "function" && typeof x.abort === "function");
var isDuplexWebStream = (x) => !!(x && typeof x === "object" && isReadableWebStream(x.readable) && isWritableWebStream(x.writable));
var isReadableNodeStream = (obj) => obj && typeof obj.pipe === "function" && typeof obj.on === "function" && (!obj._writableState || (typeof obj._readableState === "object" ? obj._readableState.readable : null) !== false) && (!obj._writableState || obj._readableState);
var isWritableNodeStream = (obj) => obj && typeof obj.write === "function" && typeof obj.on === "function" && (!obj._readableState || (typeof obj._writableState === "object" ? obj._writableState.writable : null) !== false);
var isDuplexNodeStream = (obj) => obj && typeof obj.pipe === "function" && obj._readableState && typeof obj.on === "function" && typeof obj.write === "function";
var final = finalValue;

// node_modules/stream-chain/src/exec.js
var cancelSymbol = /* @__PURE__ */ Symbol.for("object-stream.cancel");
var dropNullSymbol = /* @__PURE__ */ Symbol.for("object-stream.dropNull");
var stopAtSymbol = /* @__PURE__ */ Symbol.for("object-stream.stopAt");
var GEN_CANCEL = /* @__PURE__ */ Symbol.for("object-stream.genCancel");
var markStop = (error, index) => {
  if (isStop(error)) error[stopAtSymbol] = index;
  throw error;
};
var stopIndex = (stop2, fns) => stop2[stopAtSymbol] ?? fns.length;
var withCleanupError = (err, cleanupErr) => {
  if (err == null || isStop(err)) return cleanupErr;
  return err instanceof Error ? new AggregateError([err, cleanupErr], "pipeline error; generator cleanup also failed") : err;
};
var hasAborters = (fns) => fns.some((fn) => fn[abortSymbol]);
var noteFinal = (value, fn, finished) => {
  if (value && typeof value.then == "function") return value.then((v) => (finished.add(fn), v));
  finished.add(fn);
  return value;
};
var abortStages = async (fns, finished, to = fns.length) => {
  let failure;
  for (let i = 0; i < to; ++i) {
    const fn = fns[i], abort = fn[abortSymbol];
    if (!abort || finished.has(fn)) continue;
    finished.add(fn);
    try {
      await abort();
    } catch (error) {
      failure = failure === void 0 ? error : new AggregateError([failure, error], "stage cleanup failed more than once");
    }
  }
  return failure;
};
var next = (value, fns, index, push) => {
  for (let i = index; ; ) {
    if (value && typeof value.then == "function") {
      const ii = i;
      return value.then(
        (v) => next(v, fns, ii, push),
        (e) => markStop(e, ii)
      );
    }
    if (value === none || value == null && push[dropNullSymbol]) return void 0;
    if (value === stop) markStop(new Stop(), i);
    if (isFinalValue(value)) {
      const final3 = getFinalValue(value);
      if (final3 == null && push[dropNullSymbol]) return void 0;
      return push(final3);
    }
    if (isMany(value)) {
      return nextMany(getManyValues(value), fns, i, push);
    }
    if (value && typeof value.next == "function") {
      return nextGen(value, fns, i, push);
    }
    if (i >= fns.length) {
      return push(value);
    }
    try {
      value = fns[i++](value);
    } catch (error) {
      markStop(error, i);
    }
  }
};
var nextMany = (values, fns, i, push) => {
  const step = (j) => {
    for (; j < values.length; ++j) {
      const r = next(values[j], fns, i, push);
      if (r && typeof r.then == "function") {
        const jj = j;
        return r.then(() => step(jj + 1));
      }
    }
  };
  return step(0);
};
var nextGen = (it, fns, i, push) => {
  const step = () => {
    for (; ; ) {
      if (push[cancelSymbol]) throw push[cancelSymbol];
      let data;
      try {
        data = it.next();
      } catch (error) {
        markStop(error, i);
      }
      if (data && typeof data.then == "function") {
        return data.then(
          (d) => {
            if (d.done) return;
            const r3 = next(d.value, fns, i, push);
            return r3 && typeof r3.then == "function" ? r3.then(step) : step();
          },
          (e) => markStop(e, i)
        );
      }
      if (data.done) return;
      const r2 = next(data.value, fns, i, push);
      if (r2 && typeof r2.then == "function") return r2.then(step);
    }
  };
  const abort = (err) => {
    const onCleanupError = (cleanupErr) => withCleanupError(err, cleanupErr);
    let ret;
    try {
      ret = it.return ? it.return() : void 0;
    } catch (cleanupErr) {
      throw onCleanupError(cleanupErr);
    }
    if (ret && typeof ret.then == "function") {
      return ret.then(
        () => {
          throw err;
        },
        (cleanupErr) => {
          throw onCleanupError(cleanupErr);
        }
      );
    }
    throw err;
  };
  let r;
  try {
    r = step();
  } catch (err) {
    return abort(err);
  }
  return r && typeof r.then == "function" ? r.then(void 0, abort) : r;
};
var flush = (fns, index, push, finished) => {
  let stop2 = null;
  const resume = (error) => {
    if (!isStop(error)) throw error;
    stop2 = error;
    return step(stopIndex(error, fns));
  };
  const step = (i) => {
    for (; i < fns.length; ++i) {
      const f = fns[i];
      if (!isFlushable(f) || finished?.has(f)) continue;
      let r;
      try {
        let value;
        try {
          value = f(none);
        } catch (error) {
          markStop(error, i + 1);
        }
        if (finished) value = noteFinal(value, f, finished);
        r = next(value, fns, i + 1, push);
      } catch (error) {
        return resume(error);
      }
      if (r && typeof r.then == "function") {
        const ii = i;
        return r.then(() => step(ii + 1), resume);
      }
    }
    if (stop2) throw stop2;
  };
  return step(index);
};
var releaseStopped = async (fns, finished, stop2) => {
  const failure = await abortStages(fns, finished, stopIndex(stop2, fns));
  if (failure === void 0) return void 0;
  const more = await abortStages(fns, finished);
  return more === void 0 ? failure : new AggregateError([failure, more], "stage cleanup failed more than once");
};
var finishStop = async (fns, stop2, push, finished) => {
  let error;
  try {
    await flush(fns, stopIndex(stop2, fns), push, finished);
  } catch (e) {
    if (isStop(e)) stop2 = e;
    else error = e;
  }
  const failure = error === void 0 ? await releaseStopped(fns, finished, stop2) : await abortStages(fns, finished);
  if (failure !== void 0) error = withCleanupError(error, failure);
  if (error !== void 0) throw error;
};
var genBridge = (fns, once) => {
  fns = fns.filter((fn) => fn).flat(Infinity).map((fn) => isFunctionList(fn) ? getFunctionList(fn) : fn).flat(Infinity);
  if (!fns.length) {
    fns = [(x) => x];
  }
  const canAbort = hasAborters(fns), finished = /* @__PURE__ */ new Set();
  let flushed = false, stopAt = 0;
  const drive = async (value, push) => {
    try {
      await next(value, fns, 0, push);
    } catch (error) {
      if (!isStop(error)) throw error;
      await finishStop(fns, error, push, finished);
      throw error;
    }
    await flush(fns, 0, push, finished);
  };
  let g = async function* (value) {
    if (flushed) throw Error("Call to a flushed pipe.");
    const isFlush = !once && value === none;
    if (isFlush || once) flushed = true;
    const pending = [];
    let wakeConsumer = null;
    let resolveProducer = null;
    let rejectProducer = null;
    let done = false, error = null, cancelled = false, completed = false;
    const push = (v) => {
      if (cancelled) throw GEN_CANCEL;
      pending.push(v);
      if (wakeConsumer) {
        const w = wakeConsumer;
        wakeConsumer = null;
        w();
      }
      return new Promise((res, rej) => {
        resolveProducer = res;
        rejectProducer = rej;
      });
    };
    Promise.resolve().then(
      () => once ? drive(value, push) : isFlush ? flush(fns, stopAt, push, finished) : next(value, fns, 0, push)
    ).then(
      () => {
      },
      (e) => {
        if (e === GEN_CANCEL) return;
        error = e;
        if (!isFlush && isStop(e)) stopAt = stopIndex(e, fns);
      }
    ).finally(() => {
      done = true;
      if (wakeConsumer) {
        const w = wakeConsumer;
        wakeConsumer = null;
        w();
      }
    });
    try {
      for (; ; ) {
        while (pending.length) {
          const v = pending.shift();
          if (resolveProducer) {
            const r = resolveProducer;
            resolveProducer = rejectProducer = null;
            r();
          }
          yield v;
        }
        if (error) throw error;
        if (done) {
          completed = true;
          return;
        }
        await new Promise((res) => wakeConsumer = res);
      }
    } finally {
      cancelled = true;
      push[cancelSymbol] = GEN_CANCEL;
      if (rejectProducer) {
        const rj = rejectProducer;
        resolveProducer = rejectProducer = null;
        rj(GEN_CANCEL);
      }
      if (!completed && canAbort) {
        const failure = isStop(error) ? await releaseStopped(fns, finished, error) : await abortStages(fns, finished);
        if (failure !== void 0) throw withCleanupError(error, failure);
      }
    }
  };
  if (once) return g;
  const needToFlush = fns.some((fn) => isFlushable(fn));
  if (needToFlush) g = flushable(g);
  return setFunctionList(g, fns);
};

// node_modules/stream-chain/src/gen.js
var gen = (...fns) => genBridge(fns, false);
var gen_default = gen;

// node_modules/stream-chain/src/asStream.js
import { Duplex } from "node:stream";
var CANCEL = /* @__PURE__ */ Symbol.for("object-stream.asStreamCancel");
var asStream = (fn, options) => {
  if (typeof fn != "function") {
    throw TypeError("Only a function is accepted as the first argument");
  }
  const innerFns = isFunctionList(fn) ? fn.fList : null;
  const stages = innerFns ?? [fn];
  const canAbort = hasAborters(stages), finished = /* @__PURE__ */ new Set();
  let stopped = false;
  let destroyed = false;
  let flushed = false;
  let nullPushed = false;
  let resolvePaused = null;
  let rejectPaused = null;
  let stream = null;
  const resume = () => {
    if (!resolvePaused) return;
    const resolve = resolvePaused;
    resolvePaused = rejectPaused = null;
    resolve();
  };
  const cancelPaused = () => {
    if (!rejectPaused) return;
    const reject = rejectPaused;
    resolvePaused = rejectPaused = null;
    reject(CANCEL);
  };
  const signalEnd = () => {
    if (nullPushed) return;
    nullPushed = true;
    stream.push(null);
  };
  const enqueue = (value) => {
    if (destroyed) throw CANCEL;
    if (nullPushed) return;
    if (!stream.push(value)) {
      return new Promise((resolve, reject) => {
        resolvePaused = resolve;
        rejectPaused = reject;
      });
    }
  };
  enqueue[dropNullSymbol] = true;
  const queue = [];
  const pump = async () => {
    while (queue.length) {
      if (destroyed) throw CANCEL;
      const g = queue[queue.length - 1];
      let result = g.next();
      if (result && typeof result.then == "function") result = await result;
      if (result.done) {
        queue.pop();
        continue;
      }
      let value = result.value;
      if (value && typeof value.then == "function") value = await value;
      const r = processValue(value);
      if (r) await r;
    }
  };
  const release = async (error) => {
    while (queue.length) {
      const g = queue.pop();
      try {
        if (g.return) await g.return();
      } catch (cleanupErr) {
        error = withCleanupError(error, cleanupErr);
      }
    }
    throw error;
  };
  const processValue = (value) => {
    if (value && typeof value.then == "function") {
      return value.then(processValue);
    }
    if (value == null || value === none) return;
    if (value === stop) throw new Stop();
    if (isMany(value)) {
      const values = getManyValues(value);
      let promise;
      for (let i = 0; i < values.length; ++i) {
        if (promise) {
          const ii = i;
          promise = promise.then(() => processValue(values[ii]));
        } else {
          const r = processValue(values[i]);
          if (r) promise = r;
        }
      }
      return promise;
    }
    if (isFinalValue(value)) {
      return processValue(getFinalValue(value));
    }
    if (value && typeof value.next == "function") {
      queue.push(value);
      return pump().catch(release);
    }
    return enqueue(value);
  };
  const finishWrite = (callback, error) => {
    if (!error || error === CANCEL) {
      callback(null);
    } else if (!isStop(error)) {
      callback(error);
    } else {
      stopped = true;
      finishStop(stages, error, enqueue, finished).then(
        () => {
          flushed = true;
          signalEnd();
          callback(null);
        },
        (failure) => callback(failure)
      );
    }
  };
  stream = new Duplex({
    writableObjectMode: true,
    readableObjectMode: true,
    ...options,
    write(chunk, encoding, callback) {
      if (stopped) return callback(null);
      if (innerFns) {
        let r2;
        try {
          r2 = next(chunk, innerFns, 0, enqueue);
        } catch (error) {
          return finishWrite(callback, error);
        }
        if (r2 && typeof r2.then == "function") {
          r2.then(
            () => callback(null),
            (error) => finishWrite(callback, error)
          );
        } else {
          callback(null);
        }
        return;
      }
      let r;
      try {
        r = processValue(fn(chunk, encoding));
      } catch (error) {
        return finishWrite(callback, error);
      }
      if (r) {
        r.then(
          () => callback(null),
          (error) => finishWrite(callback, error)
        );
      } else {
        callback(null);
      }
    },
    final(callback) {
      const onComplete = () => {
        flushed = true;
        signalEnd();
        callback(null);
      };
      if (stopped) {
        onComplete();
        return;
      }
      if (innerFns) {
        let r2;
        try {
          r2 = flush(innerFns, 0, enqueue, finished);
        } catch (error) {
          return finishWrite(callback, error);
        }
        if (r2 && typeof r2.then == "function") {
          r2.then(onComplete, (error) => finishWrite(callback, error));
        } else {
          onComplete();
        }
        return;
      }
      if (!isFlushable(fn)) {
        onComplete();
        return;
      }
      let r;
      try {
        const value = fn(none, null);
        r = processValue(noteFinal(value, fn, finished));
      } catch (error) {
        return finishWrite(callback, error);
      }
      if (r) {
        r.then(onComplete, (error) => finishWrite(callback, error));
      } else {
        onComplete();
      }
    },
    read() {
      resume();
    },
    // Unblock any pending paused-promise so an in-flight write can settle \u2014
    // mirrors asWebStream's controller.signal listener for writer.abort().
    destroy(error, callback) {
      stopped = destroyed = true;
      enqueue[cancelSymbol] = CANCEL;
      cancelPaused();
      if (flushed || !canAbort) {
        callback(error);
        return;
      }
      abortStages(stages, finished).then(
        (failure) => callback(
          failure === void 0 ? error : (
            /** @type {Error} */
            withCleanupError(error, failure)
          )
        )
      );
    }
  });
  return stream;
};
var asStream_default = asStream;

// node_modules/stream-chain/src/asWebStream.js
var CANCEL2 = /* @__PURE__ */ Symbol.for("object-stream.asWebStreamCancel");
var asWebStream = (fn, options) => {
  if (isDuplexWebStream(fn) || isReadableWebStream(fn) || isWritableWebStream(fn)) {
    return fn;
  }
  if (typeof fn !== "function") {
    throw new TypeError("Only a function or Web Streams object is accepted as the first argument");
  }
  const strategy = options?.strategy;
  const readableStrategy = options?.readableStrategy ?? strategy;
  const writableStrategy = options?.writableStrategy ?? strategy;
  const innerFns = isFunctionList(fn) ? fn.fList : null;
  const stages = innerFns ?? [fn];
  const canAbort = hasAborters(stages), finished = /* @__PURE__ */ new Set();
  let stopped = false;
  let cancelled = false;
  let flushed = false;
  let releasing = null;
  let readableClosed = false;
  let writableErrored = false;
  let readableController;
  let writableController;
  let pendingDrain = null;
  let rejectDrain = null;
  const unblockDrain = () => {
    if (!pendingDrain) return;
    const resolve = pendingDrain;
    pendingDrain = rejectDrain = null;
    resolve();
  };
  const cancelDrain = () => {
    if (!rejectDrain) return;
    const reject = rejectDrain;
    pendingDrain = rejectDrain = null;
    reject(CANCEL2);
  };
  const closeReadable = () => {
    if (readableClosed) return;
    readableClosed = true;
    readableController.close();
  };
  const errorReadable = (reason) => {
    if (readableClosed) return;
    readableClosed = true;
    readableController.error(reason);
  };
  const errorWritable = (reason) => {
    if (writableErrored || !writableController) return;
    writableErrored = true;
    writableController.error(reason);
  };
  const readable = new ReadableStream(
    {
      start(c) {
        readableController = c;
      },
      pull() {
        unblockDrain();
      },
      cancel(reason) {
        readableClosed = true;
        cancelProducer();
        errorWritable(reason);
        return releaseStages().then(rethrow);
      }
    },
    readableStrategy
  );
  const enqueue = (value) => {
    if (cancelled) throw CANCEL2;
    if (readableClosed) return;
    readableController.enqueue(value);
    if (readableController.desiredSize <= 0) {
      return new Promise((resolve, reject) => {
        pendingDrain = resolve;
        rejectDrain = reject;
      });
    }
  };
  enqueue[dropNullSymbol] = true;
  const cancelProducer = () => {
    stopped = cancelled = true;
    enqueue[cancelSymbol] = CANCEL2;
    cancelDrain();
  };
  const releaseStages = () => {
    if (flushed || !canAbort) return Promise.resolve(void 0);
    releasing ??= abortStages(stages, finished);
    return releasing;
  };
  const rethrow = (failure) => {
    if (failure !== void 0) throw failure;
  };
  const queue = [];
  const pump = async () => {
    while (queue.length) {
      if (cancelled) throw CANCEL2;
      const g = queue[queue.length - 1];
      let result = g.next();
      if (result && typeof result.then == "function") result = await result;
      if (result.done) {
        queue.pop();
        continue;
      }
      let value = result.value;
      if (value && typeof value.then == "function") value = await value;
      const r = processValue(value);
      if (r) await r;
    }
  };
  const release = async (error) => {
    while (queue.length) {
      const g = queue.pop();
      try {
        if (g.return) await g.return();
      } catch (cleanupErr) {
        error = withCleanupError(error, cleanupErr);
      }
    }
    throw error;
  };
  const processValue = (value) => {
    if (value && typeof value.then == "function") {
      return value.then(processValue);
    }
    if (value == null || value === none) return;
    if (value === stop) throw new Stop();
    if (isMany(value)) {
      const values = getManyValues(value);
      let promise;
      for (let i = 0; i < values.length; ++i) {
        if (promise) {
          const ii = i;
          promise = promise.then(() => processValue(values[ii]));
        } else {
          const r = processValue(values[i]);
          if (r) promise = r;
        }
      }
      return promise;
    }
    if (isFinalValue(value)) {
      return processValue(getFinalValue(value));
    }
    if (value && typeof value.next == "function") {
      queue.push(value);
      return pump().catch(release);
    }
    return enqueue(value);
  };
  const endAfterStop = async (stop2) => {
    stopped = true;
    try {
      await finishStop(stages, stop2, enqueue, finished);
    } catch (error) {
      errorReadable(error);
      throw error;
    }
    flushed = true;
    closeReadable();
  };
  const writable = new WritableStream(
    {
      // `controller.signal` aborts during writer.abort() BEFORE the sink's
      // abort() callback runs. The spec waits for in-flight write() to
      // settle first \u2014 so if write() is awaiting pendingDrain, we'd
      // deadlock unless the signal listener wakes it.
      // Optional-chained because Bun \u22641.3.14 returns `undefined` for the
      // controller's signal (spec-required per WHATWG Streams \u00A74.5.2 but
      // missing in Bun's builtin \u2014 see oven-sh/bun#31156 / PR #31157).
      // Fixed upstream (present in Bun 1.4.0); the chaining stays for older
      // Bun, which only loses the abort wakeup.
      start(controller) {
        writableController = controller;
        controller.signal?.addEventListener("abort", cancelProducer);
      },
      async write(chunk) {
        if (stopped) return;
        try {
          if (innerFns) {
            const r2 = next(chunk, innerFns, 0, enqueue);
            if (r2) await r2;
            return;
          }
          const r = processValue(fn(chunk));
          if (r) await r;
        } catch (error) {
          if (error === CANCEL2) return;
          if (isStop(error)) return endAfterStop(error);
          errorReadable(error);
          const failure = await releaseStages();
          throw failure === void 0 ? error : withCleanupError(error, failure);
        }
      },
      async close() {
        try {
          if (!stopped) {
            if (innerFns) {
              const r = flush(innerFns, 0, enqueue, finished);
              if (r) await r;
            } else if (isFlushable(fn)) {
              const r = processValue(noteFinal(fn(none), fn, finished));
              if (r) await r;
            }
            flushed = true;
          }
        } catch (error) {
          if (isStop(error)) return endAfterStop(error);
          if (error !== CANCEL2) {
            errorReadable(error);
            const failure = await releaseStages();
            throw failure === void 0 ? error : withCleanupError(error, failure);
          }
        }
        closeReadable();
      },
      abort(reason) {
        cancelProducer();
        errorReadable(reason);
        return releaseStages().then(rethrow);
      }
    },
    writableStrategy
  );
  return { readable, writable };
};
var asWebStream_default = asWebStream;

// node_modules/stream-chain/src/dataSource.js
var dataSource = (fn) => {
  if (typeof fn == "function") return fn;
  if (fn) {
    if (typeof fn[Symbol.asyncIterator] == "function") return fn[Symbol.asyncIterator].bind(fn);
    if (typeof fn[Symbol.iterator] == "function") return fn[Symbol.iterator].bind(fn);
  }
  throw new TypeError("The argument should be a function or an iterable object.");
};
var dataSource_default = dataSource;

// node_modules/stream-chain/src/index.js
var {
  isReadableWebStream: isReadableWebStream2,
  isWritableWebStream: isWritableWebStream2,
  isDuplexWebStream: isDuplexWebStream2,
  isReadableNodeStream: isReadableNodeStream2,
  isWritableNodeStream: isWritableNodeStream2,
  isDuplexNodeStream: isDuplexNodeStream2
} = defs_exports;
var groupFunctions = (output, fn, index, fns) => {
  if (isDuplexNodeStream2(fn) || !index && isReadableNodeStream2(fn) || index === fns.length - 1 && isWritableNodeStream2(fn)) {
    output.push(fn);
    return output;
  }
  if (isDuplexWebStream2(fn)) {
    output.push(Duplex2.fromWeb(fn, { objectMode: true }));
    return output;
  }
  if (!index && isReadableWebStream2(fn)) {
    output.push(Readable.fromWeb(fn, { objectMode: true }));
    return output;
  }
  if (index === fns.length - 1 && isWritableWebStream2(fn)) {
    output.push(Writable.fromWeb(fn, { objectMode: true }));
    return output;
  }
  if (typeof fn != "function")
    throw TypeError("Item #" + index + " is not a proper stream, nor a function.");
  if (!output.length) output.push([]);
  const last = output[output.length - 1];
  if (Array.isArray(last)) {
    last.push(fn);
  } else {
    output.push([fn]);
  }
  return output;
};
var produceStreams = (item) => {
  if (Array.isArray(item)) {
    if (!item.length) return null;
    if (item.length == 1) return item[0] && /** @type {any} */
    chain.asStream(item[0]);
    return (
      /** @type {any} */
      chain.asStream(
        /** @type {any} */
        chain.gen(...item)
      )
    );
  }
  return item;
};
var wrapFunctions = (fn, index, fns) => {
  if (isDuplexNodeStream2(fn) || !index && isReadableNodeStream2(fn) || index === fns.length - 1 && isWritableNodeStream2(fn)) {
    return fn;
  }
  if (isDuplexWebStream2(fn)) {
    return Duplex2.fromWeb(fn, { objectMode: true });
  }
  if (!index && isReadableWebStream2(fn)) {
    return Readable.fromWeb(fn, { objectMode: true });
  }
  if (index === fns.length - 1 && isWritableWebStream2(fn)) {
    return Writable.fromWeb(fn, { objectMode: true });
  }
  if (typeof fn == "function") return (
    /** @type {any} */
    chain.asStream(fn)
  );
  throw TypeError("Item #" + index + " is not a proper stream, nor a function.");
};
var write = (input, chunk, encoding, callback) => {
  let error = null;
  try {
    input.write(chunk, encoding, (e) => callback(e || error));
  } catch (e) {
    error = e;
  }
};
var final2 = (input, callback) => {
  let error = null;
  try {
    input.end(null, null, (e) => callback(e || error));
  } catch (e) {
    error = e;
  }
};
var read = (output) => {
  output.resume();
};
var chain = (fns, options) => {
  if (!Array.isArray(fns) || !fns.length) {
    throw TypeError("Chain's first argument should be a non-empty array.");
  }
  fns = fns.flat(Infinity).filter((fn) => fn);
  const streams = (options?.noGrouping ? fns.map(wrapFunctions) : fns.map((fn) => isFunctionList(fn) ? getFunctionList(fn) : fn).flat(Infinity).reduce(groupFunctions, []).map(produceStreams)).filter((s) => s), input = streams[0], output = streams.reduce((output2, item) => output2 && output2.pipe(item) || item);
  let stream = null;
  let writeMethod = (chunk, encoding, callback) => write(input, chunk, encoding, callback), finalMethod = (callback) => final2(input, callback), readMethod = () => read(output);
  if (!isWritableNodeStream2(input)) {
    writeMethod = (_1, _2, callback) => callback(null);
    finalMethod = (callback) => callback(null);
    input.on("end", () => stream.end());
  }
  if (isReadableNodeStream2(output)) {
    output.on("data", (chunk) => !stream.push(chunk) && output.pause());
    output.on("end", () => stream.push(null));
  } else {
    readMethod = () => {
    };
    output.on("finish", () => stream.push(null));
  }
  stream = /** @type {Duplex & {streams: any[], input: any, output: any}} */
  new Duplex2({
    writableObjectMode: true,
    readableObjectMode: true,
    ...options,
    readable: isReadableNodeStream2(output),
    writable: isWritableNodeStream2(input),
    write: writeMethod,
    final: finalMethod,
    read: readMethod,
    destroy(error, callback) {
      if (!stream.writableFinished || !stream.readableEnded) {
        for (const item of streams) item.destroy();
      }
      callback(error);
    }
  });
  stream.streams = streams;
  stream.input = input;
  stream.output = output;
  if (!isReadableNodeStream2(output)) {
    stream.resume();
  }
  if (!options?.skipEvents) {
    streams.forEach((item) => item.on("error", (error) => stream.emit("error", error)));
  }
  return stream;
};
chain.none = none;
chain.stop = stop;
chain.Stop = Stop;
chain.stopErrorSymbol = stopErrorSymbol;
chain.isStop = isStop;
chain.finalSymbol = finalSymbol;
chain.finalValue = finalValue;
chain.final = final;
chain.isFinalValue = isFinalValue;
chain.getFinalValue = getFinalValue;
chain.manySymbol = manySymbol;
chain.many = many;
chain.isMany = isMany;
chain.getManyValues = getManyValues;
chain.flushSymbol = flushSymbol;
chain.flushable = flushable;
chain.isFlushable = isFlushable;
chain.abortSymbol = abortSymbol;
chain.fListSymbol = fListSymbol;
chain.isFunctionList = isFunctionList;
chain.getFunctionList = getFunctionList;
chain.setFunctionList = setFunctionList;
chain.clearFunctionList = clearFunctionList;
chain.toMany = toMany;
chain.normalizeMany = normalizeMany;
chain.combineMany = combineMany;
chain.combineManyMut = combineManyMut;
chain.chain = chain;
chain.chainUnchecked = chain;
chain.gen = gen_default;
chain.asStream = asStream_default;
chain.asWebStream = asWebStream_default;
chain.dataSource = dataSource_default;

// node_modules/stream-chain/src/fun.js
var asArray = (...fns) => {
  fns = fns.filter((fn) => fn).flat(Infinity).map((fn) => isFunctionList(fn) ? getFunctionList(fn) : fn).flat(Infinity);
  if (!fns.length) {
    fns = [(x) => x];
  }
  let flushed = false, stopAt = 0;
  const noteStop = (error) => {
    if (isStop(error)) stopAt = stopIndex(error, fns);
    throw error;
  };
  let g = (value) => {
    if (flushed) throw Error("Call to a flushed pipe.");
    const results = [], push = (v) => {
      results.push(v);
    };
    let pending;
    if (value !== none) {
      try {
        pending = next(value, fns, 0, push);
      } catch (error) {
        noteStop(error);
      }
    } else {
      flushed = true;
      pending = flush(fns, stopAt, push);
    }
    return pending && typeof pending.then == "function" ? pending.then(() => results, noteStop) : results;
  };
  const needToFlush = fns.some((fn) => isFlushable(fn));
  if (needToFlush) g = flushable(g);
  return setFunctionList(g, fns);
};
var fun = (...fns) => {
  const f = asArray(...fns);
  let g = (value) => {
    const result = (
      /** @type {any} */
      f(value)
    );
    if (result && typeof result.then == "function") {
      return result.then((results) => many(results));
    }
    return many(result);
  };
  if (isFlushable(f)) g = flushable(g);
  return setFunctionList(g, getFunctionList(f));
};
var fun_default = fun;

// node_modules/stream-chain/src/web/index.js
var groupFunctions2 = (output, item, index, items) => {
  if (isDuplexWebStream(item)) {
    output.push(item);
    return output;
  }
  if (!index && isReadableWebStream(item)) {
    output.push({ readable: item, writable: null });
    return output;
  }
  if (index === items.length - 1 && isWritableWebStream(item)) {
    output.push({ readable: null, writable: item });
    return output;
  }
  if (typeof item !== "function") {
    throw new TypeError(`Item #${index} is not a Web Streams object or function.`);
  }
  if (!output.length) output.push([]);
  const last = output[output.length - 1];
  if (Array.isArray(last)) {
    last.push(item);
  } else {
    output.push([item]);
  }
  return output;
};
var makeProduceStages = (options) => (item) => {
  if (Array.isArray(item)) {
    if (!item.length) return null;
    if (item.length === 1) return (
      /** @type {any} */
      chain2.asWebStream(item[0], options)
    );
    return (
      /** @type {any} */
      chain2.asWebStream(
        /** @type {any} */
        chain2.gen(...item),
        options
      )
    );
  }
  return item;
};
var chain2 = (fns, options) => {
  if (!Array.isArray(fns) || !fns.length) {
    throw new TypeError("Chain's first argument should be a non-empty array.");
  }
  fns = fns.flat(Infinity).filter(Boolean).map((fn) => isFunctionList(fn) ? getFunctionList(fn) : fn).flat(Infinity);
  if (!fns.length) {
    throw new TypeError("Chain's first argument is empty after flattening.");
  }
  const stages = fns.reduce(groupFunctions2, []).map(makeProduceStages(options)).filter((s) => s);
  for (let i = 0; i < stages.length - 1; ++i) {
    const from = stages[i].readable;
    const to = stages[i + 1].writable;
    if (!from) {
      throw new TypeError(`Stage #${i} has no readable side; cannot pipe to next stage.`);
    }
    if (!to) {
      throw new TypeError(`Stage #${i + 1} has no writable side; cannot accept input.`);
    }
    from.pipeTo(to).catch(() => {
    });
  }
  const c = {
    readable: stages[stages.length - 1].readable,
    writable: stages[0].writable,
    streams: stages,
    input: stages[0],
    output: stages[stages.length - 1]
  };
  return c;
};
chain2.none = none;
chain2.stop = stop;
chain2.Stop = Stop;
chain2.stopErrorSymbol = stopErrorSymbol;
chain2.isStop = isStop;
chain2.finalSymbol = finalSymbol;
chain2.finalValue = finalValue;
chain2.final = final;
chain2.isFinalValue = isFinalValue;
chain2.getFinalValue = getFinalValue;
chain2.manySymbol = manySymbol;
chain2.many = many;
chain2.isMany = isMany;
chain2.getManyValues = getManyValues;
chain2.flushSymbol = flushSymbol;
chain2.flushable = flushable;
chain2.isFlushable = isFlushable;
chain2.abortSymbol = abortSymbol;
chain2.fListSymbol = fListSymbol;
chain2.isFunctionList = isFunctionList;
chain2.getFunctionList = getFunctionList;
chain2.setFunctionList = setFunctionList;
chain2.clearFunctionList = clearFunctionList;
chain2.toMany = toMany;
chain2.normalizeMany = normalizeMany;
chain2.combineMany = combineMany;
chain2.combineManyMut = combineManyMut;
chain2.chain = chain2;
chain2.chainUnchecked = chain2;
chain2.gen = gen_default;
chain2.fun = fun_default;
chain2.asWebStream = asWebStream_default;
chain2.dataSource = dataSource_default;

// node_modules/stream-chain/src/core/index.js
var chain3 = (fns, _options) => {
  const flat = (Array.isArray(fns) ? fns : []).flat(Infinity).filter(Boolean).map((fn) => isFunctionList(fn) ? getFunctionList(fn) : fn).flat(Infinity);
  const g = gen_default(...flat);
  const c = async function* (input) {
    if (input == null) return;
    if (typeof input === "string" || input[Symbol.asyncIterator] === void 0 && input[Symbol.iterator] === void 0) {
      yield* g(input);
      return;
    }
    for await (const value of input) yield* g(value);
  };
  c.streams = null;
  c.input = null;
  c.output = null;
  return c;
};
chain3.none = none;
chain3.stop = stop;
chain3.Stop = Stop;
chain3.stopErrorSymbol = stopErrorSymbol;
chain3.isStop = isStop;
chain3.finalSymbol = finalSymbol;
chain3.finalValue = finalValue;
chain3.final = final;
chain3.isFinalValue = isFinalValue;
chain3.getFinalValue = getFinalValue;
chain3.manySymbol = manySymbol;
chain3.many = many;
chain3.isMany = isMany;
chain3.getManyValues = getManyValues;
chain3.flushSymbol = flushSymbol;
chain3.flushable = flushable;
chain3.isFlushable = isFlushable;
chain3.abortSymbol = abortSymbol;
chain3.fListSymbol = fListSymbol;
chain3.isFunctionList = isFunctionList;
chain3.getFunctionList = getFunctionList;
chain3.setFunctionList = setFunctionList;
chain3.clearFunctionList = clearFunctionList;
chain3.toMany = toMany;
chain3.normalizeMany = normalizeMany;
chain3.combineMany = combineMany;
chain3.combineManyMut = combineManyMut;
chain3.chain = chain3;
chain3.chainUnchecked = chain3;
chain3.gen = gen_default;
chain3.fun = fun_default;
chain3.dataSource = dataSource_default;

// node_modules/stream-json/src/core/assembler.js
var startObject = (Ctr) => (
  /** @this {Assembler} */
  function() {
    if (this.done) {
      this.done = false;
    } else {
      this.stack.push(this.current, this.key);
    }
    this.current = new Ctr();
    this.key = null;
  }
);
var Assembler = class _Assembler {
  static connectTo(stream, options) {
    return new _Assembler(options).connectTo(stream);
  }
  constructor(options) {
    this.stack = [];
    this.current = this.key = null;
    this.done = true;
    this._onDone = null;
    if (options) {
      this.reviver = typeof options.reviver == "function" && options.reviver;
      if (this.reviver) {
        this.stringValue = this._saveValue = this._saveValueWithReviver;
      }
      if (options.numberAsString) {
        this.numberValue = this.stringValue;
      }
      if (typeof options.onDone == "function") {
        this._onDone = options.onDone;
      }
    }
    this.tapChain = (chunk) => {
      if (this[chunk.name]) {
        this[chunk.name](chunk.value);
        if (this.done) return this.current;
      }
      return none;
    };
  }
  connectTo(stream) {
    const consume = (chunk) => {
      if (this[chunk.name]) {
        this[chunk.name](chunk.value);
        if (this.done) this._onDone?.(this);
      }
    };
    if (typeof stream?.getReader === "function") {
      const reader = stream.getReader();
      (async () => {
        try {
          for (; ; ) {
            const { done, value } = await reader.read();
            if (done) return;
            consume(value);
          }
        } finally {
          reader.releaseLock();
        }
      })();
    } else {
      stream.on("data", consume);
    }
    return this;
  }
  onDone(fn) {
    this._onDone = typeof fn == "function" ? fn : null;
    return this;
  }
  get depth() {
    return (this.stack.length >> 1) + (this.done ? 0 : 1);
  }
  get path() {
    const path = [];
    for (let i = 0; i < this.stack.length; i += 2) {
      const key = this.stack[i + 1];
      path.push(key === null ? this.stack[i].length : key);
    }
    return path;
  }
  dropToLevel(level) {
    if (level < this.depth) {
      if (level > 0) {
        const index = level - 1 << 1;
        this.current = this.stack[index];
        this.key = this.stack[index + 1];
        this.stack.splice(index);
      } else {
        this.stack = [];
        this.current = this.key = null;
        this.done = true;
      }
    }
    return this;
  }
  consume(chunk) {
    this[chunk.name]?.(chunk.value);
    return this;
  }
  keyValue(value) {
    this.key = value;
  }
  //stringValue() - aliased below to _saveValue()
  numberValue(value) {
    this._saveValue(parseFloat(value));
  }
  nullValue() {
    this._saveValue(null);
  }
  trueValue() {
    this._saveValue(true);
  }
  falseValue() {
    this._saveValue(false);
  }
  //startObject() - assigned below
  endObject() {
    if (this.stack.length) {
      const value = this.current;
      this.key = this.stack.pop();
      this.current = this.stack.pop();
      this._saveValue(value);
    } else {
      if (this.reviver) {
        this.current = this.reviver.call({ "": this.current }, "", this.current);
      }
      this.done = true;
    }
  }
  //startArray() - assigned below
  //endArray() - aliased below to endObject()
  _saveValue(value) {
    if (this.done) {
      this.current = value;
      return;
    }
    if (this.current instanceof Array) {
      this.current.push(value);
    } else {
      if (this.key === "__proto__") {
        Object.defineProperty(this.current, this.key, { value, writable: true, enumerable: true, configurable: true });
      } else {
        this.current[this.key] = value;
      }
      this.key = null;
    }
  }
  _saveValueWithReviver(value) {
    if (this.done) {
      this.current = this.reviver.call({ "": value }, "", value);
      return;
    }
    if (this.current instanceof Array) {
      this.current.push(value);
      value = this.reviver.call(this.current, String(this.current.length - 1), value);
      if (value === void 0) {
        delete this.current[this.current.length - 1];
      } else {
        this.current[this.current.length - 1] = value;
      }
    } else {
      value = this.reviver.call(this.current, this.key, value);
      if (value !== void 0) {
        if (this.key === "__proto__") {
          Object.defineProperty(this.current, this.key, { value, writable: true, enumerable: true, configurable: true });
        } else {
          this.current[this.key] = value;
        }
      }
      this.key = null;
    }
  }
};
var proto = (
  /** @type {any} */
  Assembler.prototype
);
proto.stringValue = Assembler.prototype._saveValue;
proto.startObject = startObject(Object);
proto.startArray = startObject(Array);
proto.endArray = Assembler.prototype.endObject;
var assembler = (options) => new Assembler(options);
Assembler.assembler = assembler;

// node_modules/stream-json/src/core/streamers/stream-base.js
var Counter = class {
  constructor(initialDepth) {
    this.depth = initialDepth;
  }
  startObject() {
    ++this.depth;
  }
  endObject() {
    --this.depth;
  }
  startArray() {
    ++this.depth;
  }
  endArray() {
    --this.depth;
  }
};
var streamBase = ({ push, first, level }) => (options = {}) => {
  const { objectFilter, includeUndecided } = options;
  let asm = assembler(options);
  let state = first ? "first" : "check", savedAsm = null;
  if (typeof objectFilter != "function") {
    if (state === "check")
      return (chunk) => {
        if (asm[chunk.name]) {
          asm[chunk.name](chunk.value);
          if (asm.depth === level) {
            return push(asm);
          }
        }
        return none;
      };
    return (chunk) => {
      switch (state) {
        case "first":
          first(chunk);
          state = "accept";
        // fall through
        case "accept":
          if (asm[chunk.name]) {
            asm[chunk.name](chunk.value);
            if (asm.depth === level) {
              return push(asm);
            }
          }
          break;
      }
      return none;
    };
  }
  return (chunk) => {
    switch (state) {
      case "first":
        first(chunk);
        state = "check";
      // fall through
      case "check":
        if (asm[chunk.name]) {
          asm[chunk.name](chunk.value);
          const result = objectFilter(asm);
          if (result) {
            state = "accept";
            if (asm.depth === level) return push(asm);
          } else if (result === false) {
            if (asm.depth === level) return push(asm, true);
            state = "reject";
            savedAsm = asm;
            asm = new Counter(savedAsm.depth);
            savedAsm.dropToLevel(level);
          } else {
            if (asm.depth === level) return push(asm, !includeUndecided);
          }
        }
        break;
      case "accept":
        if (asm[chunk.name]) {
          asm[chunk.name](chunk.value);
          if (asm.depth === level) {
            state = "check";
            return push(asm);
          }
        }
        break;
      case "reject":
        if (asm[chunk.name]) {
          asm[chunk.name](chunk.value);
          if (asm.depth === level) {
            state = "check";
            asm = savedAsm;
            savedAsm = null;
            return push(asm, true);
          }
        }
        break;
    }
    return none;
  };
};
var stream_base_default = streamBase;

// node_modules/stream-json/src/core/streamers/stream-object.js
var streamObject = (options) => {
  let key = null;
  return stream_base_default({
    level: 1,
    first(chunk) {
      if (chunk.name !== "startObject") throw new Error("Top-level object should be an object.");
    },
    push(asm, discard) {
      if (key === null) {
        key = asm.key;
        return none;
      }
      if (discard) {
        asm.current = {};
        key = null;
        return none;
      }
      const result = { key, value: asm.current[key] };
      asm.current = {};
      key = null;
      return result;
    }
  })(options);
};
streamObject.streamObject = streamObject;
var stream_object_default = streamObject;

// node_modules/stream-chain/src/utils/fixUtf8Stream.js
var dropBOM = (s) => s.charCodeAt(0) === 65279 ? s.slice(1) : s;
var makeTextDecoderImpl = (options) => {
  const textDecoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let atStart = !options?.ignoreBOM;
  return flushable((chunk) => {
    let s;
    if (chunk === none) s = textDecoder.decode();
    else if (typeof chunk == "string") s = chunk;
    else if (chunk instanceof Uint8Array) s = textDecoder.decode(chunk, { stream: true });
    else throw new TypeError("Expected a string or a Uint8Array");
    if (!atStart || !s) return s;
    atStart = false;
    return dropBOM(s);
  });
};
var makeStringDecoderImpl = (StringDecoder) => (options) => {
  const stringDecoder = new StringDecoder();
  let atStart = !options?.ignoreBOM;
  return flushable((chunk) => {
    let s;
    if (chunk === none) s = stringDecoder.end();
    else if (typeof chunk == "string") s = chunk;
    else if (chunk instanceof Uint8Array) s = stringDecoder.write(chunk);
    else throw new TypeError("Expected a string or a Uint8Array");
    if (!atStart || !s) return s;
    atStart = false;
    return dropBOM(s);
  });
};
var impl = makeTextDecoderImpl;
var isDeno = typeof globalThis["Deno"] == "object" && globalThis["Deno"]?.version;
var isBun = typeof globalThis["Bun"] == "object" && globalThis["Bun"]?.version;
var isNode = !isDeno && !isBun && typeof process == "object" && process?.versions?.node;
var readyPromise = isNode ? import("node:string_decoder").then(
  ({ StringDecoder }) => {
    impl = makeStringDecoderImpl(StringDecoder);
  },
  () => {
  }
  // squelch \u2014 stick with TextDecoder
) : Promise.resolve();
var fixUtf8Stream = (options) => impl(options);
var fixUtf8Stream_default = fixUtf8Stream;

// node_modules/stream-json/src/core/parser.js
var patterns = {
  value1: /[\"\{\[\]\-\d]|true\b|false\b|null\b|\s{1,256}/y,
  string: /[^\x00-\x1f\"\\]{1,256}|\\[bfnrt\"\\\/]|\\u[\da-fA-F]{4}|\"/y,
  numberStart: /\d/y,
  numberDigit: /\d{0,256}/y,
  numberFraction: /[\.eE]/y,
  numberExponent: /[eE]/y,
  numberExpSign: /[-+]/y
};
var MAX_PATTERN_SIZE = 16;
patterns.numberFracStart = patterns.numberExpStart = patterns.numberStart;
patterns.numberFracDigit = patterns.numberExpDigit = patterns.numberDigit;
var expected = { object: "objectStop", array: "arrayStop", "": "done" };
var tokenStartObject = { name: "startObject" };
var tokenEndObject = { name: "endObject" };
var tokenStartArray = { name: "startArray" };
var tokenEndArray = { name: "endArray" };
var tokenStartString = { name: "startString" };
var tokenEndString = { name: "endString" };
var tokenStartNumber = { name: "startNumber" };
var tokenEndNumber = { name: "endNumber" };
var tokenStartKey = { name: "startKey" };
var tokenEndKey = { name: "endKey" };
var literalTokens = {
  true: { name: "trueValue", value: true },
  false: { name: "falseValue", value: false },
  null: { name: "nullValue", value: null }
};
var fromHex = (s) => String.fromCharCode(parseInt(s.slice(2), 16));
var codes = { b: "\b", f: "\f", n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\", "/": "/" };
var ASCII_TAB = "	".charCodeAt(0);
var ASCII_LF = "\n".charCodeAt(0);
var ASCII_CR = "\r".charCodeAt(0);
var ASCII_SPACE = " ".charCodeAt(0);
var ASCII_QUOTE = '"'.charCodeAt(0);
var ASCII_BACKSLASH = "\\".charCodeAt(0);
var ASCII_OPEN_BRACE = "{".charCodeAt(0);
var ASCII_CLOSE_BRACE = "}".charCodeAt(0);
var ASCII_OPEN_BRACKET = "[".charCodeAt(0);
var ASCII_CLOSE_BRACKET = "]".charCodeAt(0);
var ASCII_MINUS = "-".charCodeAt(0);
var ASCII_COLON = ":".charCodeAt(0);
var ASCII_COMMA = ",".charCodeAt(0);
var ASCII_ZERO = "0".charCodeAt(0);
var ASCII_NINE = "9".charCodeAt(0);
var ASCII_UPPER_A = "A".charCodeAt(0);
var ASCII_UPPER_F = "F".charCodeAt(0);
var ASCII_LOWER_A = "a".charCodeAt(0);
var ASCII_LOWER_F = "f".charCodeAt(0);
var ASCII_LOWER_N = "n".charCodeAt(0);
var ASCII_LOWER_T = "t".charCodeAt(0);
var ASCII_LOWER_U = "u".charCodeAt(0);
var HIGH_SURROGATE_FIRST = 55296;
var HIGH_SURROGATE_LAST = 56319;
var TERM = [];
for (const ch of ",}] 	\n\r") TERM[ch.charCodeAt(0)] = 1;
var numberFull = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;
var HEX = (c) => c >= ASCII_ZERO && c <= ASCII_NINE || c >= ASCII_UPPER_A && c <= ASCII_UPPER_F || c >= ASCII_LOWER_A && c <= ASCII_LOWER_F;
var jsonParser = (options) => {
  let packKeys = true, packStrings = true, packNumbers = true, streamKeys = true, streamStrings = true, streamNumbers = true, jsonStreaming = false;
  if (options) {
    "packValues" in options && (packKeys = packStrings = packNumbers = options.packValues);
    "packKeys" in options && (packKeys = options.packKeys);
    "packStrings" in options && (packStrings = options.packStrings);
    "packNumbers" in options && (packNumbers = options.packNumbers);
    "streamValues" in options && (streamKeys = streamStrings = streamNumbers = options.streamValues);
    "streamKeys" in options && (streamKeys = options.streamKeys);
    "streamStrings" in options && (streamStrings = options.streamStrings);
    "streamNumbers" in options && (streamNumbers = options.streamNumbers);
    jsonStreaming = options.jsonStreaming;
  }
  !packKeys && (streamKeys = true);
  !packStrings && (streamStrings = true);
  !packNumbers && (streamNumbers = true);
  let done = false, expect = jsonStreaming ? "done" : "value", parent = "", openNumber = false, accumulator = "", heldSurrogate = "", buffer = "";
  const stack = [];
  const pushStringChunk = (tokens, value) => {
    if (heldSurrogate) {
      value = heldSurrogate + value;
      heldSurrogate = "";
    }
    const last = value.charCodeAt(value.length - 1);
    if (last >= HIGH_SURROGATE_FIRST && last <= HIGH_SURROGATE_LAST) {
      heldSurrogate = value.charAt(value.length - 1);
      if (value.length === 1) return;
      value = value.slice(0, -1);
    }
    tokens.push({ name: "stringChunk", value });
  };
  return flushable((buf) => {
    const tokens = [];
    if (buf === none) {
      done = true;
    } else {
      buffer += buf;
    }
    let match, fm, s, e, q, rs, cc, value, index = 0;
    main: for (; ; ) {
      switch (expect) {
        case "value1":
        case "value": {
          while (index < buffer.length) {
            cc = buffer.charCodeAt(index);
            if (cc === ASCII_SPACE || cc === ASCII_TAB || cc === ASCII_LF || cc === ASCII_CR) {
              ++index;
              continue;
            }
            break;
          }
          if (index >= buffer.length) {
            if (done) throw new Error("Parser has expected a value");
            break main;
          }
          cc = buffer.charCodeAt(index);
          if (cc === ASCII_QUOTE) {
            q = index + 1;
            rs = q;
            s = "";
            for (; ; ) {
              if (q >= buffer.length) {
                q = -1;
                break;
              }
              e = buffer.charCodeAt(q);
              if (e === ASCII_QUOTE) {
                s += buffer.slice(rs, q);
                break;
              }
              if (e < ASCII_SPACE) {
                q = -1;
                break;
              }
              if (e === ASCII_BACKSLASH) {
                if (q + 1 >= buffer.length) {
                  q = -1;
                  break;
                }
                cc = buffer.charCodeAt(q + 1);
                if (cc === ASCII_LOWER_U) {
                  if (q + 6 > buffer.length || !(HEX(buffer.charCodeAt(q + 2)) && HEX(buffer.charCodeAt(q + 3)) && HEX(buffer.charCodeAt(q + 4)) && HEX(buffer.charCodeAt(q + 5)))) {
                    q = -1;
                    break;
                  }
                  s += buffer.slice(rs, q) + String.fromCharCode(parseInt(buffer.slice(q + 2, q + 6), 16));
                  q += 6;
                } else {
                  value = codes[buffer.charAt(q + 1)];
                  if (value === void 0) {
                    q = -1;
                    break;
                  }
                  s += buffer.slice(rs, q) + value;
                  q += 2;
                }
                rs = q;
                continue;
              }
              ++q;
            }
            if (q >= 0) {
              if (streamStrings) {
                tokens.push(tokenStartString);
                if (s) tokens.push({ name: "stringChunk", value: s });
                tokens.push(tokenEndString);
              }
              if (packStrings) tokens.push({ name: "stringValue", value: s });
              index = q + 1;
              expect = expected[parent];
              continue main;
            }
            if (streamStrings) tokens.push(tokenStartString);
            expect = "string";
            ++index;
            continue main;
          }
          if (cc === ASCII_OPEN_BRACE) {
            tokens.push(tokenStartObject);
            stack.push(parent);
            parent = "object";
            expect = "key1";
            ++index;
            continue main;
          }
          if (cc === ASCII_OPEN_BRACKET) {
            tokens.push(tokenStartArray);
            stack.push(parent);
            parent = "array";
            expect = "value1";
            ++index;
            continue main;
          }
          if (cc === ASCII_CLOSE_BRACKET) {
            if (expect !== "value1") throw new Error("Parser cannot parse input: unexpected token ']'");
            tokens.push(tokenEndArray);
            parent = stack.pop();
            expect = expected[parent];
            ++index;
            continue main;
          }
          if (cc === ASCII_MINUS || cc >= ASCII_ZERO && cc <= ASCII_NINE) {
            numberFull.lastIndex = index;
            fm = numberFull.exec(buffer);
            if (fm) {
              e = index + fm[0].length;
              if (e < buffer.length && TERM[buffer.charCodeAt(e)]) {
                s = fm[0];
                if (streamNumbers) tokens.push(tokenStartNumber, { name: "numberChunk", value: s }, tokenEndNumber);
                if (packNumbers) tokens.push({ name: "numberValue", value: s });
                index = e;
                expect = expected[parent];
                continue main;
              }
            }
            openNumber = true;
            if (cc === ASCII_MINUS) {
              if (streamNumbers) tokens.push(tokenStartNumber, { name: "numberChunk", value: "-" });
              packNumbers && (accumulator = "-");
              expect = "numberStart";
            } else if (cc === ASCII_ZERO) {
              if (streamNumbers) tokens.push(tokenStartNumber, { name: "numberChunk", value: "0" });
              packNumbers && (accumulator = "0");
              expect = "numberFraction";
            } else {
              s = buffer.charAt(index);
              if (streamNumbers) tokens.push(tokenStartNumber, { name: "numberChunk", value: s });
              packNumbers && (accumulator = s);
              expect = "numberDigit";
            }
            ++index;
            continue main;
          }
          if (cc === ASCII_LOWER_T || cc === ASCII_LOWER_F || cc === ASCII_LOWER_N) {
            patterns.value1.lastIndex = index;
            match = patterns.value1.exec(buffer);
            if (!match) {
              if (done || index + MAX_PATTERN_SIZE < buffer.length) {
                throw new Error("Parser cannot parse input: expected a value");
              }
              break main;
            }
            value = match[0];
            if (buffer.length - index === value.length && !done) break main;
            tokens.push(literalTokens[value]);
            expect = expected[parent];
            index += value.length;
            continue main;
          }
          throw new Error("Parser cannot parse input: expected a value");
        }
        // incremental string body (escapes / long / cross-chunk)
        case "keyVal":
        case "string":
          patterns.string.lastIndex = index;
          match = patterns.string.exec(buffer);
          if (!match) {
            if (index < buffer.length && (done || buffer.length - index >= 6)) throw new Error("Parser cannot parse input: escaped characters");
            if (done) throw new Error("Parser has expected a string value");
            break main;
          }
          value = match[0];
          if (value === '"') {
            if (heldSurrogate) {
              tokens.push({ name: "stringChunk", value: heldSurrogate });
              heldSurrogate = "";
            }
            if (expect === "keyVal") {
              if (streamKeys) tokens.push(tokenEndKey);
              if (packKeys) {
                tokens.push({ name: "keyValue", value: accumulator });
                accumulator = "";
              }
              expect = "colon";
            } else {
              if (streamStrings) tokens.push(tokenEndString);
              if (packStrings) {
                tokens.push({ name: "stringValue", value: accumulator });
                accumulator = "";
              }
              expect = expected[parent];
            }
          } else if (value.length > 1 && value.charAt(0) === "\\") {
            const t = value.length == 2 ? codes[value.charAt(1)] : fromHex(value);
            if (expect === "keyVal" ? streamKeys : streamStrings) {
              pushStringChunk(tokens, t);
            }
            if (expect === "keyVal" ? packKeys : packStrings) {
              accumulator += t;
            }
          } else {
            if (expect === "keyVal" ? streamKeys : streamStrings) {
              pushStringChunk(tokens, value);
            }
            if (expect === "keyVal" ? packKeys : packStrings) {
              accumulator += value;
            }
          }
          index += value.length;
          break;
        case "key1":
        case "key": {
          while (index < buffer.length) {
            cc = buffer.charCodeAt(index);
            if (cc === ASCII_SPACE || cc === ASCII_TAB || cc === ASCII_LF || cc === ASCII_CR) {
              ++index;
              continue;
            }
            break;
          }
          if (index >= buffer.length) {
            if (done) throw new Error("Parser cannot parse input: expected an object key");
            break main;
          }
          cc = buffer.charCodeAt(index);
          if (cc === ASCII_QUOTE) {
            q = index + 1;
            rs = q;
            s = "";
            for (; ; ) {
              if (q >= buffer.length) {
                q = -1;
                break;
              }
              e = buffer.charCodeAt(q);
              if (e === ASCII_QUOTE) {
                s += buffer.slice(rs, q);
                break;
              }
              if (e < ASCII_SPACE) {
                q = -1;
                break;
              }
              if (e === ASCII_BACKSLASH) {
                if (q + 1 >= buffer.length) {
                  q = -1;
                  break;
                }
                cc = buffer.charCodeAt(q + 1);
                if (cc === ASCII_LOWER_U) {
                  if (q + 6 > buffer.length || !(HEX(buffer.charCodeAt(q + 2)) && HEX(buffer.charCodeAt(q + 3)) && HEX(buffer.charCodeAt(q + 4)) && HEX(buffer.charCodeAt(q + 5)))) {
                    q = -1;
                    break;
                  }
                  s += buffer.slice(rs, q) + String.fromCharCode(parseInt(buffer.slice(q + 2, q + 6), 16));
                  q += 6;
                } else {
                  value = codes[buffer.charAt(q + 1)];
                  if (value === void 0) {
                    q = -1;
                    break;
                  }
                  s += buffer.slice(rs, q) + value;
                  q += 2;
                }
                rs = q;
                continue;
              }
              ++q;
            }
            if (q >= 0) {
              if (streamKeys) {
                tokens.push(tokenStartKey);
                if (s) tokens.push({ name: "stringChunk", value: s });
                tokens.push(tokenEndKey);
              }
              if (packKeys) tokens.push({ name: "keyValue", value: s });
              index = q + 1;
              expect = "colon";
              continue main;
            }
            if (streamKeys) tokens.push(tokenStartKey);
            expect = "keyVal";
            ++index;
            continue main;
          }
          if (cc === ASCII_CLOSE_BRACE) {
            if (expect !== "key1") throw new Error("Parser cannot parse input: unexpected token '}'");
            tokens.push(tokenEndObject);
            parent = stack.pop();
            expect = expected[parent];
            ++index;
            continue main;
          }
          throw new Error("Parser cannot parse input: expected an object key");
        }
        case "colon": {
          while (index < buffer.length) {
            cc = buffer.charCodeAt(index);
            if (cc === ASCII_SPACE || cc === ASCII_TAB || cc === ASCII_LF || cc === ASCII_CR) {
              ++index;
              continue;
            }
            break;
          }
          if (index >= buffer.length) {
            if (done) throw new Error("Parser cannot parse input: expected ':'");
            break main;
          }
          cc = buffer.charCodeAt(index);
          if (cc === ASCII_COLON) {
            expect = "value";
            ++index;
            continue main;
          }
          throw new Error("Parser cannot parse input: expected ':'");
        }
        case "arrayStop":
        case "objectStop": {
          while (index < buffer.length) {
            cc = buffer.charCodeAt(index);
            if (cc === ASCII_SPACE || cc === ASCII_TAB || cc === ASCII_LF || cc === ASCII_CR) {
              ++index;
              continue;
            }
            break;
          }
          if (index >= buffer.length) {
            if (done) throw new Error("Parser cannot parse input: expected ','");
            break main;
          }
          if (openNumber) {
            if (streamNumbers) tokens.push(tokenEndNumber);
            openNumber = false;
            if (packNumbers) {
              tokens.push({ name: "numberValue", value: accumulator });
              accumulator = "";
            }
          }
          cc = buffer.charCodeAt(index);
          if (cc === ASCII_COMMA) {
            expect = expect === "arrayStop" ? "value" : "key";
            ++index;
            continue main;
          }
          if (cc === ASCII_CLOSE_BRACE || cc === ASCII_CLOSE_BRACKET) {
            if (cc === ASCII_CLOSE_BRACE ? expect === "arrayStop" : expect !== "arrayStop") {
              throw new Error("Parser cannot parse input: expected '" + (expect === "arrayStop" ? "]" : "}") + "'");
            }
            tokens.push(cc === ASCII_CLOSE_BRACE ? tokenEndObject : tokenEndArray);
            parent = stack.pop();
            expect = expected[parent];
            ++index;
            continue main;
          }
          throw new Error("Parser cannot parse input: expected ','");
        }
        // number chunks \u2014 cross-chunk / fallback
        case "numberStart":
          patterns.numberStart.lastIndex = index;
          match = patterns.numberStart.exec(buffer);
          if (!match) {
            if (index < buffer.length || done) throw new Error("Parser cannot parse input: expected a starting digit");
            break main;
          }
          value = match[0];
          if (streamNumbers) tokens.push({ name: "numberChunk", value });
          packNumbers && (accumulator += value);
          expect = value === "0" ? "numberFraction" : "numberDigit";
          index += value.length;
          break;
        case "numberDigit":
          patterns.numberDigit.lastIndex = index;
          match = patterns.numberDigit.exec(buffer);
          if (!match) {
            if (index < buffer.length || done) throw new Error("Parser cannot parse input: expected a digit");
            break main;
          }
          value = match[0];
          if (value) {
            if (streamNumbers) tokens.push({ name: "numberChunk", value });
            packNumbers && (accumulator += value);
            index += value.length;
          } else {
            if (index < buffer.length) {
              expect = "numberFraction";
              break;
            }
            if (done) {
              expect = expected[parent];
              break;
            }
            break main;
          }
          break;
        case "numberFraction":
          patterns.numberFraction.lastIndex = index;
          match = patterns.numberFraction.exec(buffer);
          if (!match) {
            if (index < buffer.length || done) {
              expect = expected[parent];
              break;
            }
            break main;
          }
          value = match[0];
          if (streamNumbers) tokens.push({ name: "numberChunk", value });
          packNumbers && (accumulator += value);
          expect = value === "." ? "numberFracStart" : "numberExpSign";
          index += value.length;
          break;
        case "numberFracStart":
          patterns.numberFracStart.lastIndex = index;
          match = patterns.numberFracStart.exec(buffer);
          if (!match) {
            if (index < buffer.length || done) throw new Error("Parser cannot parse input: expected a fractional part of a number");
            break main;
          }
          value = match[0];
          if (streamNumbers) tokens.push({ name: "numberChunk", value });
          packNumbers && (accumulator += value);
          expect = "numberFracDigit";
          index += value.length;
          break;
        case "numberFracDigit":
          patterns.numberFracDigit.lastIndex = index;
          match = patterns.numberFracDigit.exec(buffer);
          value = match[0];
          if (value) {
            if (streamNumbers) tokens.push({ name: "numberChunk", value });
            packNumbers && (accumulator += value);
            index += value.length;
          } else {
            if (index < buffer.length) {
              expect = "numberExponent";
              break;
            }
            if (done) {
              expect = expected[parent];
              break;
            }
            break main;
          }
          break;
        case "numberExponent":
          patterns.numberExponent.lastIndex = index;
          match = patterns.numberExponent.exec(buffer);
          if (!match) {
            if (index < buffer.length) {
              expect = expected[parent];
              break;
            }
            if (done) {
              expect = expected[parent];
              break;
            }
            break main;
          }
          value = match[0];
          if (streamNumbers) tokens.push({ name: "numberChunk", value });
          packNumbers && (accumulator += value);
          expect = "numberExpSign";
          index += value.length;
          break;
        case "numberExpSign":
          patterns.numberExpSign.lastIndex = index;
          match = patterns.numberExpSign.exec(buffer);
          if (!match) {
            if (index < buffer.length) {
              expect = "numberExpStart";
              break;
            }
            if (done) throw new Error("Parser has expected an exponent value of a number");
            break main;
          }
          value = match[0];
          if (streamNumbers) tokens.push({ name: "numberChunk", value });
          packNumbers && (accumulator += value);
          expect = "numberExpStart";
          index += value.length;
          break;
        case "numberExpStart":
          patterns.numberExpStart.lastIndex = index;
          match = patterns.numberExpStart.exec(buffer);
          if (!match) {
            if (index < buffer.length || done) throw new Error("Parser cannot parse input: expected an exponent part of a number");
            break main;
          }
          value = match[0];
          if (streamNumbers) tokens.push({ name: "numberChunk", value });
          packNumbers && (accumulator += value);
          expect = "numberExpDigit";
          index += value.length;
          break;
        case "numberExpDigit":
          patterns.numberExpDigit.lastIndex = index;
          match = patterns.numberExpDigit.exec(buffer);
          value = match[0];
          if (value) {
            if (streamNumbers) tokens.push({ name: "numberChunk", value });
            packNumbers && (accumulator += value);
            index += value.length;
          } else {
            if (index < buffer.length || done) {
              expect = expected[parent];
              break;
            }
            break main;
          }
          break;
        case "done": {
          while (index < buffer.length) {
            cc = buffer.charCodeAt(index);
            if (cc === ASCII_SPACE || cc === ASCII_TAB || cc === ASCII_LF || cc === ASCII_CR) {
              if (openNumber) {
                if (streamNumbers) tokens.push(tokenEndNumber);
                openNumber = false;
                if (packNumbers) {
                  tokens.push({ name: "numberValue", value: accumulator });
                  accumulator = "";
                }
              }
              ++index;
              continue;
            }
            break;
          }
          if (index >= buffer.length) break main;
          if (jsonStreaming) {
            if (openNumber) {
              if (streamNumbers) tokens.push(tokenEndNumber);
              openNumber = false;
              if (packNumbers) {
                tokens.push({ name: "numberValue", value: accumulator });
                accumulator = "";
              }
            }
            expect = "value";
            continue main;
          }
          throw new Error("Parser cannot parse input: unexpected characters");
        }
      }
    }
    if (done && openNumber) {
      if (streamNumbers) tokens.push(tokenEndNumber);
      openNumber = false;
      if (packNumbers) {
        tokens.push({ name: "numberValue", value: accumulator });
        accumulator = "";
      }
    }
    buffer = buffer.slice(index);
    return tokens.length ? many(tokens) : none;
  });
};
var parser = (options) => gen_default(fixUtf8Stream_default(options), jsonParser(options));
parser.parser = parser;
var parser_default = parser;

// node_modules/stream-json/src/core/utils/with-parser.js
var withParser = (fn, options) => gen_default(parser_default(options), fn(options));
withParser.withParser = withParser;
var with_parser_default = withParser;

// node_modules/stream-json/src/utils/with-parser.js
with_parser_default.asStream = (fn, options) => asStream_default(with_parser_default(fn, options), { ...options, writableObjectMode: false, readableObjectMode: true });
with_parser_default.asWebStream = (fn, options) => asWebStream_default(with_parser_default(fn, options), { ...options, writableObjectMode: false, readableObjectMode: true });
var with_parser_default2 = with_parser_default;

// node_modules/stream-json/src/streamers/stream-object.js
stream_object_default.asStream = (options) => asStream_default(stream_object_default(options), { writableObjectMode: true, readableObjectMode: true, ...options });
stream_object_default.asWebStream = (options) => asWebStream_default(stream_object_default(options), { writableObjectMode: true, readableObjectMode: true, ...options });
stream_object_default.withParser = (options) => with_parser_default2(stream_object_default, { packKeys: true, ...options });
stream_object_default.withParserAsStream = (options) => (
  /** @type {any} */
  with_parser_default2.asStream(stream_object_default, { packKeys: true, ...options })
);
stream_object_default.withParserAsWebStream = (options) => (
  /** @type {any} */
  with_parser_default2.asWebStream(stream_object_default, { packKeys: true, ...options })
);
var stream_object_default2 = stream_object_default;

// src/metrics/parsers/coverage.ts
var KINDS = ["lines", "statements", "functions", "branches"];
function parseCoverageSummary(file, text) {
  const json = parseJson(file, text);
  if (at(json, "total") === void 0) throw new MetricsError(file, null, 'not a coverage summary: no "total" block');
  const list = new MetricList(file);
  for (const kind of KINDS) {
    const block = at(json, `total.${kind}`);
    if (block === void 0) continue;
    const total = list.count(`${kind} total`, [`${singular(kind)} total`], `total.${kind}.total`, at(json, `total.${kind}.total`));
    const covered = list.count(`${kind} covered`, [`${kind} covered`, `covered ${kind}`], `total.${kind}.covered`, at(json, `total.${kind}.covered`));
    if (covered > total) throw new MetricsError(file, `total.${kind}`, `covered (${covered}) exceeds total (${total})`);
    const pct = at(json, `total.${kind}.pct`);
    if (pct !== "Unknown" && total > 0) list.percent(`${kind} coverage`, COVERAGE[kind], `total.${kind}.pct`, pct);
  }
  return list.metrics;
}
async function parseCoverageFinal(file) {
  const tallies = { lines: { covered: 0, total: 0 }, statements: { covered: 0, total: 0 }, functions: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 } };
  const addFile = (name, entry) => {
    if (entry === null || typeof entry !== "object" || typeof entry.s !== "object") throw new MetricsError(file, name, 'not an Istanbul file coverage entry (no "s" statement counts)');
    const lines = /* @__PURE__ */ new Map();
    for (const [id, hits] of Object.entries(entry.s ?? {})) {
      if (typeof hits !== "number" || hits < 0) throw new MetricsError(file, `${name}.s.${id}`, `expected a hit count, got ${JSON.stringify(hits)}`);
      tallies.statements.total++;
      if (hits > 0) tallies.statements.covered++;
      const line = entry.statementMap?.[id]?.start?.line;
      if (line !== void 0) lines.set(line, (lines.get(line) ?? false) || hits > 0);
    }
    for (const covered of lines.values()) {
      tallies.lines.total++;
      if (covered) tallies.lines.covered++;
    }
    for (const hits of Object.values(entry.f ?? {})) {
      tallies.functions.total++;
      if (hits > 0) tallies.functions.covered++;
    }
    for (const branch of Object.values(entry.b ?? {})) {
      for (const hits of branch) {
        tallies.branches.total++;
        if (hits > 0) tallies.branches.covered++;
      }
    }
  };
  if ((await stat(file)).size < 16 * 1024 * 1024) {
    const json = parseJson(file, await readFile(file, "utf8"));
    if (json === null || typeof json !== "object" || Array.isArray(json)) throw new MetricsError(file, null, "not an Istanbul coverage-final.json: expected an object of files");
    for (const [name, entry] of Object.entries(json)) addFile(name, entry);
  } else {
    await new Promise((resolve, reject) => {
      const pipeline = createReadStream(file).pipe(stream_object_default2.withParserAsStream());
      pipeline.on("data", ({ key, value }) => {
        try {
          addFile(key, value);
        } catch (e) {
          pipeline.destroy();
          reject(e);
        }
      });
      pipeline.on("end", resolve);
      pipeline.on("error", (e) => reject(e instanceof MetricsError ? e : new MetricsError(file, null, `invalid JSON: ${e.message}`)));
    });
  }
  const list = new MetricList(file);
  for (const kind of KINDS) {
    const { covered, total } = tallies[kind];
    list.count(`${kind} total`, [`${singular(kind)} total`], `\u03A3 ${kind} (computed)`, total);
    list.count(`${kind} covered`, [`${kind} covered`, `covered ${kind}`], `\u03A3 covered ${kind} (computed)`, covered);
    if (total > 0) list.percent(`${kind} coverage`, COVERAGE[kind], `\u03A3 covered ${kind} / \u03A3 ${kind} (computed)`, covered / total * 100);
  }
  return list.metrics;
}
function singular(kind) {
  return kind === "branches" ? "branch" : kind.slice(0, -1);
}
export {
  parseCoverageFinal,
  parseCoverageSummary
};
