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
  /** The login of the comment's author. */
  author?: string
}

/** A review thread of the pull request, by the database id of its first comment. */
export interface ReviewThread {
  id: string
  isResolved: boolean
  firstCommentId: number
}

/** The author of comments made with the workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT = 'github-actions[bot]'

// A pull request with more review threads than this is read only this far.
const THREAD_PAGES = 50

const REVIEW_THREADS = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $cursor) {
        pageInfo { hasNextPage endCursor }
        nodes { id isResolved comments(first: 1) { nodes { databaseId } } }
      }
    }
  }
}`

const RESOLVE_THREAD = `mutation($threadId: ID!) {
  resolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } }
}`

interface ThreadsPage {
  repository: { pullRequest: { reviewThreads: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Array<{ id: string; isResolved: boolean; comments: { nodes: Array<{ databaseId: number | null }> } }> } } | null } | null
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
  /** The login the token acts as, once asked: null when GitHub does not say (GITHUB_TOKEN). */
  private tokenLogin: Promise<string | null> | undefined

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
      (await this.octokit.paginate(this.octokit.rest.pulls.listReviewComments, { owner: this.ref.owner, repo: this.ref.repo, pull_number: this.ref.number, per_page: 100 })).map((c) => ({ id: c.id, body: c.body, path: c.path, author: c.user?.login }))
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
      (await this.octokit.paginate(this.octokit.rest.issues.listComments, { owner: this.ref.owner, repo: this.ref.repo, issue_number: this.ref.number, per_page: 100 })).map((c) => ({ id: c.id, body: c.body ?? '', author: c.user?.login }))
    )
  }

  upsertIssueComment(existingId: number | null, body: string): Promise<unknown> {
    return existingId !== null
      ? this.attempt('update the summary comment', true, () => this.octokit.rest.issues.updateComment({ owner: this.ref.owner, repo: this.ref.repo, comment_id: existingId, body }))
      : this.attempt('post the summary comment', true, () => this.octokit.rest.issues.createComment({ owner: this.ref.owner, repo: this.ref.repo, issue_number: this.ref.number, body }))
  }

  /**
   * Whether a comment is recount's own: written by github-actions[bot] (the GITHUB_TOKEN) or by the
   * user the token acts as (a personal access token). Another user's comment that quotes recount's
   * markers is not. The token's user is asked for once, and only when a comment needs it.
   */
  async isOwn(comment: ExistingComment): Promise<boolean> {
    if (comment.author === undefined) return false
    if (comment.author === ACTIONS_BOT) return true
    this.tokenLogin ??= this.octokit.rest.users.getAuthenticated().then(
      (r) => r.data.login,
      // GITHUB_TOKEN and GitHub App installation tokens cannot read /user (403).
      () => null
    )
    const login = await this.tokenLogin
    // An App's token writes as "<app>[bot]", a name no person can take, and cannot say which app it is:
    // a bot's comment carrying recount's marker is then taken for recount's own.
    return login === null ? comment.author.endsWith('[bot]') : login === comment.author
  }

  /** The pull request's review threads (GraphQL), each with the id of its first comment. */
  listReviewThreads(): Promise<ReviewThread[] | null> {
    return this.attempt('read the review threads', false, async () => {
      const threads: ReviewThread[] = []
      let cursor: string | null = null
      for (let page = 0; page < THREAD_PAGES; page++) {
        const answer: ThreadsPage = await this.octokit.graphql<ThreadsPage>(REVIEW_THREADS, { owner: this.ref.owner, repo: this.ref.repo, number: this.ref.number, cursor })
        const connection = answer.repository?.pullRequest?.reviewThreads
        if (!connection) break
        for (const node of connection.nodes) {
          const first = node.comments.nodes[0]?.databaseId
          if (typeof first === 'number') threads.push({ id: node.id, isResolved: node.isResolved, firstCommentId: first })
        }
        if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break
        cursor = connection.pageInfo.endCursor
      }
      return threads
    })
  }

  resolveReviewThread(threadId: string): Promise<unknown> {
    return this.attempt('resolve a review thread', true, () => this.octokit.graphql(RESOLVE_THREAD, { threadId }))
  }
}
