type Fetch = (url: string | URL | Request, init?: RequestInit) => Promise<Response>

/**
 * The error a request that got no complete answer in time fails with. It is named AbortError on
 * purpose: Octokit passes an AbortError through unchanged and its retry plugin does not retry it,
 * so one hung request costs one timeout, not three.
 */
export class NoAnswerError extends Error {
  override readonly name = 'AbortError'
  readonly noAnswer = true

  constructor(readonly seconds: number) {
    super(`GitHub did not answer within ${seconds} s`)
  }
}

export function isNoAnswer(error: unknown): error is NoAnswerError {
  return (error as { noAnswer?: unknown } | null)?.noAnswer === true
}

/**
 * Wraps a fetch so that each request, headers and body, is abandoned after `seconds`. The timer is
 * not cleared when the headers arrive, because a server can hang in the middle of the body.
 */
export function boundedFetch(fetch: Fetch, seconds: number): Fetch {
  return (url, init) => {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(new NoAnswerError(seconds)), seconds * 1000)
    timer.unref()
    const signal = init?.signal ? AbortSignal.any([init.signal, controller.signal]) : controller.signal
    return fetch(url, { ...init, signal })
  }
}
