import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

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

/**
 * The few pull-request endpoints recount uses. Every call is fault-tolerant: a 403 from a fork's
 * read-only token, a 404 or a 422 is reported once as a warning and the call answers null, so the
 * run falls back to annotations and the job summary instead of failing.
 */
export class PullRequestApi {
  private readonly octokit: Octokit
  private denied = false
  private warned = false

  constructor(
    token: string,
    private readonly ref: PullRequestRef,
    private readonly warn: (message: string) => void,
    private readonly log: (message: string) => void
  ) {
    this.octokit = getOctokit(
      token,
      {
        throttle: {
          onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
            log(`GitHub rate limit on ${options.method} ${options.url}; retrying after ${retryAfter} s`)
            return retryCount < 2
          },
          onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
            log(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying after ${retryAfter} s`)
            return retryCount < 1
          }
        },
        retry: { retries: 2 }
      },
      retry,
      throttling
    )
  }

  private async attempt<T>(what: string, write: boolean, call: () => Promise<T>): Promise<T | null> {
    if (write && this.denied) return null
    try {
      return await call()
    } catch (error) {
      const status = (error as { status?: number }).status
      const reason = status ? `HTTP ${status}: ${(error as Error).message}` : (error as Error).message
      if (write && (status === 403 || status === 401)) this.denied = true
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
