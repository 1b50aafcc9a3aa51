import { getOctokit } from '@actions/github'
import { defaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { boundedFetch, isNoAnswer } from './bounded-fetch.js'

export interface PullRequestRef {
  owner: string
  repo: string
  number: number
  headSha: string
}

export interface PullRequestFile {
  filename: string
  status: string
  patch?: string
}

export interface ExistingComment {
  id: number
  body: string
  path?: string
}

type Octokit = ReturnType<typeof getOctokit>

/** How long recount waits on GitHub: per request, and before one retry of a rate-limited request. */
export interface ApiLimits {
  requestTimeout: number
  maxRetryWait: number
}

/**
 * The few pull-request endpoints recount uses. Every call is fault-tolerant: a 403 from a fork's
 * read-only token, a 404 or a 422 is reported once as a warning and the call answers null, so the
 * run falls back to annotations and the job summary instead of failing. A request that gets no
 * answer within the timeout, or a rate limit that asks for a longer wait than allowed, gives up on
 * the API for the rest of the run: every later call answers null without a request.
 */
export class PullRequestApi {
  private readonly octokit: Octokit
  private denied = false
  private unavailable = false
  private warned = false
  /** The wait a rate limit asked for when it was more than `maxRetryWait`. */
  private refusedWait: number | null = null

  constructor(
    token: string,
    private readonly ref: PullRequestRef,
    private readonly warn: (message: string) => void,
    private readonly log: (message: string) => void,
    private readonly limits: ApiLimits = { requestTimeout: 30, maxRetryWait: 60 }
  ) {
    const retryWithin = (kind: string, retries: number) => (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      if (retryAfter > limits.maxRetryWait) {
        this.refusedWait = retryAfter
        return false
      }
      log(`GitHub ${kind} on ${options.method} ${options.url}; retrying after ${retryAfter} s`)
      return retryCount < retries
    }
    this.octokit = getOctokit(
      token,
      {
        // @actions/github's defaults carry the runner's proxy settings; only the fetch is wrapped.
        request: { ...defaults.request, fetch: boundedFetch(defaults.request?.fetch ?? fetch, limits.requestTimeout) },
        throttle: { onRateLimit: retryWithin('rate limit', 2), onSecondaryRateLimit: retryWithin('secondary rate limit', 1) },
        retry: { retries: 2 }
      },
      retry,
      throttling
    )
  }

  private async attempt<T>(what: string, write: boolean, call: () => Promise<T>): Promise<T | null> {
    if (this.unavailable || (write && this.denied)) return null
    this.refusedWait = null
    try {
      return await call()
    } catch (error) {
      const status = (error as { status?: number }).status
      // Octokit gives an abandoned request the status 500; the server never sent one.
      let reason = status && !isNoAnswer(error) ? `HTTP ${status}: ${(error as Error).message}` : (error as Error).message
      if (write && (status === 403 || status === 401)) this.denied = true
      if (isNoAnswer(error)) {
        this.unavailable = true
        reason = `${reason}; recount stops calling the API for this run`
      } else if (this.refusedWait !== null) {
        this.unavailable = true
        reason = `${reason}; GitHub asked to wait ${this.refusedWait} s, more than max-retry-wait (${this.limits.maxRetryWait} s), so recount stops calling the API for this run`
      }
      if (!this.warned) {
        this.warned = true
        this.warn(`recount could not ${what} (${reason}). Findings are still reported as annotations and in the job summary.`)
      } else {
        this.log(`recount could not ${what} (${reason})`)
      }
      return null
    }
  }

  listFiles(): Promise<PullRequestFile[] | null> {
    return this.attempt('list the pull request files', false, () =>
      this.octokit.paginate(this.octokit.rest.pulls.listFiles, { owner: this.ref.owner, repo: this.ref.repo, pull_number: this.ref.number, per_page: 100 })
    )
  }

  listReviewComments(): Promise<ExistingComment[] | null> {
    return this.attempt('read the review comments', false, async () =>
      (await this.octokit.paginate(this.octokit.rest.pulls.listReviewComments, { owner: this.ref.owner, repo: this.ref.repo, pull_number: this.ref.number, per_page: 100 })).map((c) => ({ id: c.id, body: c.body, path: c.path }))
    )
  }

  listReviewBodies(): Promise<string[] | null> {
    return this.attempt('read the reviews', false, async () =>
      (await this.octokit.paginate(this.octokit.rest.pulls.listReviews, { owner: this.ref.owner, repo: this.ref.repo, pull_number: this.ref.number, per_page: 100 })).map((r) => r.body ?? '')
    )
  }

  createReview(body: string, comments: Array<{ path: string; line: number; body: string }>): Promise<unknown> {
    return this.attempt('post the review', true, () =>
      this.octokit.rest.pulls.createReview({
        owner: this.ref.owner, repo: this.ref.repo, pull_number: this.ref.number, commit_id: this.ref.headSha, event: 'COMMENT', body,
        comments: comments.map((c) => ({ path: c.path, line: c.line, side: 'RIGHT' as const, body: c.body }))
      })
    )
  }

  updateReviewComment(id: number, body: string): Promise<unknown> {
    return this.attempt('update a review comment', true, () => this.octokit.rest.pulls.updateReviewComment({ owner: this.ref.owner, repo: this.ref.repo, comment_id: id, body }))
  }

  listIssueComments(): Promise<ExistingComment[] | null> {
    return this.attempt('read the pull request comments', false, async () =>
      (await this.octokit.paginate(this.octokit.rest.issues.listComments, { owner: this.ref.owner, repo: this.ref.repo, issue_number: this.ref.number, per_page: 100 })).map((c) => ({ id: c.id, body: c.body ?? '' }))
    )
  }

  upsertIssueComment(existingId: number | null, body: string): Promise<unknown> {
    return existingId !== null
      ? this.attempt('update the summary comment', true, () => this.octokit.rest.issues.updateComment({ owner: this.ref.owner, repo: this.ref.repo, comment_id: existingId, body }))
      : this.attempt('post the summary comment', true, () => this.octokit.rest.issues.createComment({ owner: this.ref.owner, repo: this.ref.repo, issue_number: this.ref.number, body }))
  }
}
