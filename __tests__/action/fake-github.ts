import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { RecordedRequest } from './openapi.js'

export interface FakePullRequest {
  owner: string
  repo: string
  number: number
  files: Array<{ filename: string; status: string; patch?: string }>
}

/** What the fake answers instead of the API: `hang` never answers; otherwise this status, headers and body. */
export type Fault = 'hang' | { status: number; headers?: Record<string, string>; body: unknown }

// GitHub's limits, enforced as GitHub does: a longer body is a 422, and a pull request's files
// are listed up to this many.
export const BODY_LIMIT = 65_536
export const LISTED_FILES_LIMIT = 3_000

interface StoredComment {
  id: number
  body: string
  path?: string
  line?: number
  /** The author's login; the action's own comments are the GITHUB_TOKEN's bot. */
  user?: string
}

export const BOT = 'github-actions[bot]'

/**
 * Plays the GitHub REST endpoints the action uses, on 127.0.0.1, and records every request.
 * `readOnly` answers every write with 403, as GitHub does for a forked pull request's token;
 * `fault` answers chosen requests with a fault (a hang, a rate limit) instead.
 */
export class FakeGitHub {
  readonly requests: RecordedRequest[] = []
  readonly reviewComments: StoredComment[] = []
  readonly reviews: Array<{ id: number; body: string; comments: StoredComment[] }> = []
  readonly issueComments: StoredComment[] = []
  /** Ids of review threads marked resolved (a thread is identified by its first comment). */
  readonly resolvedThreads = new Set<string>()
  /** Review threads per GraphQL page (GitHub allows up to 100). */
  threadsPerPage = 100
  /** The login a personal access token acts as; null plays GITHUB_TOKEN, whose comments are the bot's and which cannot read /user. */
  tokenUser: string | null = null
  /** The bot a GitHub App installation token writes as (it cannot read /user either); null plays GITHUB_TOKEN. */
  appBot: string | null = null
  readOnly = false
  fault: ((request: RecordedRequest, index: number) => Fault | null) | null = null
  private nextId = 1000
  private server: Server | null = null

  constructor(readonly pr: FakePullRequest) {}

  get url(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections()
    await new Promise<void>((resolve) => this.server?.close(() => resolve()))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const text = Buffer.concat(chunks).toString('utf8')
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined
    const method = req.method ?? 'GET'
    const request = { method, path: url.pathname, query: url.searchParams, body }
    this.requests.push(request)
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers })
      res.end(JSON.stringify(payload))
    }
    const fault = this.fault?.(request, this.requests.length - 1)
    if (fault === 'hang') return
    if (fault) return send(fault.status, fault.body, fault.headers)
    const tooLong = [body?.body, ...((body?.comments as Array<{ body?: unknown }> | undefined) ?? []).map((c) => c.body)].some((b) => typeof b === 'string' && [...b].length > BODY_LIMIT)
    if (tooLong) return send(422, { message: 'Validation Failed', errors: [{ resource: 'Body', code: 'custom', message: `body is too long (maximum is ${BODY_LIMIT} characters)` }], documentation_url: 'https://docs.github.com/rest' })
    const base = `/repos/${this.pr.owner}/${this.pr.repo}`
    const pull = `${base}/pulls/${this.pr.number}`
    if (method === 'POST' && url.pathname === '/graphql') return send(200, this.graphql(body as { query?: string; variables?: Record<string, unknown> }))
    if (method === 'GET' && url.pathname === '/user') return this.tokenUser ? send(200, { login: this.tokenUser, type: 'User' }) : send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' })
    if (method !== 'GET' && this.readOnly) return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' })

    if (method === 'GET' && url.pathname === `${pull}/files`) return this.page(url, this.pr.files.slice(0, LISTED_FILES_LIMIT), send)
    if (method === 'GET' && url.pathname === `${pull}/comments`) return this.page(url, this.reviewComments.map((c) => ({ ...c, user: { login: c.user ?? BOT } })), send)
    if (method === 'GET' && url.pathname === `${pull}/reviews`) return this.page(url, this.reviews.map((r) => ({ id: r.id, body: r.body, state: 'COMMENTED' })), send)
    if (method === 'POST' && url.pathname === `${pull}/reviews`) {
      const comments = ((body?.comments as Array<{ path: string; line: number; body: string }>) ?? []).map((c) => ({ id: this.nextId++, body: c.body, path: c.path, line: c.line, user: this.author }))
      this.reviewComments.push(...comments)
      const review = { id: this.nextId++, body: String(body?.body ?? ''), comments }
      this.reviews.push(review)
      return send(200, { id: review.id, body: review.body, state: 'COMMENTED' })
    }
    const reviewComment = new RegExp(`^${base}/pulls/comments/(\\d+)$`).exec(url.pathname)
    if (method === 'PATCH' && reviewComment) {
      const comment = this.reviewComments.find((c) => c.id === Number(reviewComment[1]))
      if (!comment) return send(404, { message: 'Not Found' })
      comment.body = String(body?.body ?? '')
      return send(200, comment)
    }
    if (method === 'GET' && url.pathname === `${base}/issues/${this.pr.number}/comments`) return this.page(url, this.issueComments.map((c) => ({ ...c, user: { login: c.user ?? BOT } })), send)
    if (method === 'POST' && url.pathname === `${base}/issues/${this.pr.number}/comments`) {
      const comment = { id: this.nextId++, body: String(body?.body ?? ''), user: this.author }
      this.issueComments.push(comment)
      return send(201, comment)
    }
    const issueComment = new RegExp(`^${base}/issues/comments/(\\d+)$`).exec(url.pathname)
    if (method === 'PATCH' && issueComment) {
      const comment = this.issueComments.find((c) => c.id === Number(issueComment[1]))
      if (!comment) return send(404, { message: 'Not Found' })
      comment.body = String(body?.body ?? '')
      return send(200, comment)
    }
    return send(404, { message: 'Not Found' })
  }

  private get author(): string {
    return this.tokenUser ?? this.appBot ?? BOT
  }

  /**
   * The two GraphQL operations the action sends: the pull request's review threads (a thread per
   * review comment, paginated with a cursor) and resolveReviewThread. Errors are answered as GitHub
   * does, with status 200 and an `errors` list.
   */
  private graphql(request: { query?: string; variables?: Record<string, unknown> }): unknown {
    const query = request.query ?? ''
    const variables = request.variables ?? {}
    const threadId = (c: StoredComment) => `PRRT_${c.id}`
    if (query.includes('resolveReviewThread')) {
      if (this.readOnly) return { data: { resolveReviewThread: null }, errors: [{ type: 'FORBIDDEN', path: ['resolveReviewThread'], message: 'Resource not accessible by integration' }] }
      const thread = this.reviewComments.find((c) => threadId(c) === variables.threadId)
      if (!thread) return { data: { resolveReviewThread: null }, errors: [{ type: 'NOT_FOUND', path: ['resolveReviewThread'], message: `Could not resolve to a node with the global id of '${String(variables.threadId)}'` }] }
      this.resolvedThreads.add(threadId(thread))
      return { data: { resolveReviewThread: { thread: { id: threadId(thread), isResolved: true } } } }
    }
    if (query.includes('reviewThreads')) {
      if (variables.owner !== this.pr.owner || variables.repo !== this.pr.repo || variables.number !== this.pr.number) return { data: { repository: null }, errors: [{ type: 'NOT_FOUND', message: 'Could not resolve to a Repository' }] }
      const start = typeof variables.cursor === 'string' ? Number(variables.cursor.replace('cursor:', '')) : 0
      const slice = this.reviewComments.slice(start, start + this.threadsPerPage)
      const end = start + slice.length
      return {
        data: { repository: { pullRequest: { reviewThreads: {
          pageInfo: { hasNextPage: end < this.reviewComments.length, endCursor: slice.length > 0 ? `cursor:${end}` : null },
          nodes: slice.map((c) => ({ id: threadId(c), isResolved: this.resolvedThreads.has(threadId(c)), comments: { nodes: [{ databaseId: c.id }] } }))
        } } } }
      }
    }
    return { errors: [{ message: 'The fake plays only reviewThreads and resolveReviewThread' }] }
  }

  /** GitHub-style pagination: `per_page`/`page` and a Link header naming the next page. */
  private page(url: URL, items: unknown[], send: (status: number, payload: unknown, headers?: Record<string, string>) => void): void {
    const perPage = Number(url.searchParams.get('per_page') ?? 30)
    const page = Number(url.searchParams.get('page') ?? 1)
    const slice = items.slice((page - 1) * perPage, page * perPage)
    const headers: Record<string, string> = {}
    if (page * perPage < items.length) {
      const next = new URL(url.toString().replace('http://127.0.0.1', this.url))
      next.searchParams.set('page', String(page + 1))
      headers.link = `<${next.toString()}>; rel="next"`
    }
    send(200, slice, headers)
  }
}
