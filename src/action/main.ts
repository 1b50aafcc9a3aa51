import * as core from '@actions/core'
import { writeFile } from 'node:fs/promises'
import { existsSync, readFileSync } from 'node:fs'
import { relative, resolve, sep } from 'node:path'
import { glob } from 'tinyglobby'
import picomatch from 'picomatch'
import { checkFilesInParallel } from '../parallel.js'
import { loadMetrics } from '../metrics/load.js'
import { ConfigResolver } from '../config/resolve.js'
import { CONFIG_NAMES } from '../config/load.js'
import type { ConfigSnapshot } from '../config/snapshot.js'
import { repositoryRoot } from '../read/repository-root.js'
import { readBaseConfigs } from './base-config.js'
import { RULES } from '../check/rules/index.js'
import { formatJson } from '../report/json.js'
import { MARKDOWN_EXTENSIONS } from '../read/files.js'
import { listMatching, type Listing } from '../read/listing.js'
import { skippedResult } from '../check-files.js'
import { SEVERITY_RANK, type Finding, type FileResult } from '../model.js'
import { readInputs, type ActionInputs } from './inputs.js'
import { parsePatch, type DiffLines } from './diff.js'
import { gitChangedMarkdown, type ChangedFile } from './git-changes.js'
import { atChangedPlace, filterFindings } from './filter.js'
import { SourceFiles } from './finding-places.js'
import { fingerprint } from './fingerprint.js'
import type { ExistingComment, PullRequestApi, PullRequestRef } from './pull-request-api.js'
import { planReview, type LocatedFinding } from './review.js'
import { summaryMarker } from './summary.js'
import { renderSummaries } from './placement.js'
import { everyFindingIn } from './limits.js'
import { toSarif } from './sarif.js'

// GitHub lists at most this many files of a pull request.
const LISTED_FILES_LIMIT = 3_000

interface PullRequestPayload {
  number: number
  head: { sha: string }
  base?: { sha?: string }
}

function readEvent(): { pullRequest: PullRequestPayload | null } {
  const path = process.env.GITHUB_EVENT_PATH
  if (!path || !existsSync(path)) return { pullRequest: null }
  const payload = JSON.parse(readFileSync(path, 'utf8')) as { pull_request?: PullRequestPayload }
  return { pullRequest: payload.pull_request ?? null }
}

function repository(): { owner: string; repo: string } | null {
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/')
  return owner && repo ? { owner, repo } : null
}

/** The Markdown files the patterns match, and what the walk met and could not check (named in notices). */
async function workspaceFiles(patterns: string[]): Promise<Listing> {
  const listing = await listMatching(patterns, process.cwd(), { followLinks: true })
  return { files: listing.files.filter((m) => MARKDOWN_EXTENSIONS.test(m)).sort(), skipped: listing.skipped }
}

interface Selection extends Listing {
  diffs: Map<string, DiffLines> | null
}

async function selectFiles(inputs: ActionInputs, api: PullRequestApi | null, pullRequest: PullRequestPayload | null): Promise<Selection> {
  const prFiles = api ? await api.listFiles() : null
  if (!prFiles) return { ...(await workspaceFiles(inputs.files)), diffs: null }
  const matches = picomatch(inputs.files, { dot: false })
  const wanted = (name: string) => MARKDOWN_EXTENSIONS.test(name) && matches(name)
  const changed: ChangedFile[] = prFiles.filter((f) => f.status !== 'removed' && wanted(f.filename))
  if (prFiles.length >= LISTED_FILES_LIMIT) {
    const fromGit = gitChangedMarkdown(pullRequest?.base?.sha ?? '', pullRequest?.head.sha ?? '')
    if (typeof fromGit === 'string') {
      core.warning(`GitHub lists only the first ${LISTED_FILES_LIMIT.toLocaleString('en-US')} files of a pull request, and the workspace's git history could not name the others (${fromGit}; check out with fetch-depth: 0). recount checks every file matching "files" and reports findings anywhere in the files GitHub did not list.`)
      const listing = await workspaceFiles(inputs.files)
      const diffs = new Map<string, DiffLines>(listing.files.map((file) => [file, { added: new Set(), inHunks: new Set(), wholeFile: true }]))
      for (const f of changed) diffs.set(f.filename, parsePatch(f.patch))
      return { ...listing, diffs }
    }
    const listed = new Set(changed.map((f) => f.filename))
    const more = fromGit.filter((f) => !listed.has(f.filename) && wanted(f.filename))
    changed.push(...more)
    core.warning(`GitHub lists only the first ${LISTED_FILES_LIMIT.toLocaleString('en-US')} files of a pull request; recount read the other changed files from the workspace's git history (git diff base...head) and found ${more.length} more Markdown file${more.length === 1 ? '' : 's'} to check.`)
  }
  const diffs = new Map(changed.map((f) => [f.filename, parsePatch(f.patch)]))
  return { ...(inputs.changedOnly ? { files: changed.map((f) => f.filename), skipped: [] } : await workspaceFiles(inputs.files)), diffs }
}

function annotate(findings: Finding[], results: FileResult[]): void {
  for (const r of results) if (r.error) core.error(r.error, { title: 'recount: unreadable file', file: r.file })
  for (const r of results) if (r.notice) core.notice(`${r.file}: ${r.notice}`, { title: 'recount', file: r.file })
  for (const f of findings) {
    const properties: core.AnnotationProperties = { title: `recount (${f.rule})`, file: f.file, startLine: f.line, endLine: f.endLine }
    if (f.line === f.endLine) Object.assign(properties, { startColumn: f.column, endColumn: f.endColumn })
    if (f.severity === 'error') core.error(f.message, properties)
    else if (f.severity === 'warning') core.warning(f.message, properties)
    else core.notice(f.message, properties)
  }
}

function locate(findings: Finding[], sources: SourceFiles): LocatedFinding[] {
  return findings.map((finding) => {
    const lineText = sources.linesOf(finding.file)[finding.line - 1] ?? ''
    return { finding, lineText, fingerprint: fingerprint(finding, lineText) }
  })
}

function readSource(file: string): string | null {
  try {
    return existsSync(file) ? readFileSync(file, 'utf8') : null
  } catch {
    return null
  }
}

async function postReview(api: PullRequestApi, ref: PullRequestRef, located: LocatedFinding[], diffs: Map<string, DiffLines>, everyFinding: string): Promise<void> {
  const listed = await api.listReviewComments()
  const bodies = await api.listReviewBodies()
  if (listed === null || bodies === null) return
  // Only recount's own comments count as posted or can be resolved; a reviewer quoting one does not.
  const existing = await ownComments(api, listed)
  const plan = planReview(located, diffs, existing, bodies, ref.headSha, everyFinding)
  if (plan.unlisted > 0) core.info(`recount: the review lists ${plan.comments.length + plan.outsideDiff.length + plan.notInline.length - plan.unlisted} new findings; ${plan.unlisted} more do not fit in it (${everyFinding})`)
  if (plan.comments.length > 0 || plan.outsideDiff.length > 0 || plan.notInline.length > 0) await api.createReview(plan.body, plan.comments)
  for (const r of plan.resolved) await api.updateReviewComment(r.id, r.body)
  if (plan.resolved.length > 0) await resolveThreads(api, plan.resolved.map((r) => r.id))
}

async function ownComments(api: PullRequestApi, comments: ExistingComment[]): Promise<ExistingComment[]> {
  const own: ExistingComment[] = []
  for (const c of comments) if (await api.isOwn(c)) own.push(c)
  return own
}

/** Resolves the open review threads that the given (now resolved) comments started. */
async function resolveThreads(api: PullRequestApi, commentIds: number[]): Promise<void> {
  const threads = await api.listReviewThreads()
  if (threads === null) return
  const ids = new Set(commentIds)
  for (const thread of threads) if (ids.has(thread.firstCommentId) && !thread.isResolved) await api.resolveReviewThread(thread.id)
}

async function postStickySummary(api: PullRequestApi, markdown: string, marker: string): Promise<void> {
  const comments = await api.listIssueComments()
  if (comments === null) return
  let mine: ExistingComment | undefined
  for (const c of comments) {
    if (c.body.startsWith(marker) && (await api.isOwn(c))) {
      mine = c
      break
    }
  }
  await api.upsertIssueComment(mine?.id ?? null, markdown)
}

/**
 * On a pull request, the configuration comes from its base commit (unless `config-from: head`): a
 * pull request that commits a .recount.yml turning every rule off must not switch its own gate off.
 * When the base cannot be read, the defaults apply, with a warning when that changes anything (the
 * workspace holds a config file, or the config input names one).
 */
async function baseConfiguration(pullRequest: PullRequestPayload, explicitConfig: string): Promise<ConfigSnapshot> {
  const root = repositoryRoot(process.cwd()) ?? process.cwd()
  const sha = pullRequest.base?.sha ?? ''
  try {
    const snapshot = readBaseConfigs(root, sha, explicitConfig ? [relative(root, resolve(explicitConfig)).split(sep).join('/')] : [])
    const found = Object.keys(snapshot.files).length + Object.keys(snapshot.refused).length
    core.info(`recount: configuration from the base commit ${snapshot.commit} (${found} config file${found === 1 ? '' : 's'}); set config-from: head to use the pull request's`)
    return snapshot
  } catch (error) {
    const message = `recount could not read the configuration of the pull request's base commit (${(error as Error).message}); checking with the default configuration. Fetch the base commit (actions/checkout with fetch-depth: 0) or set config-from: head.`
    const configured = explicitConfig !== '' || (await glob(CONFIG_NAMES.map((name) => `**/${name}`), { dot: true, ignore: ['**/node_modules/**', '**/.git/**'] })).length > 0
    if (configured) core.warning(message)
    else core.info(message)
    return { root, commit: sha.slice(0, 7) || 'base', files: {}, refused: {}, unreadable: (error as Error).message }
  }
}

export async function run(): Promise<void> {
  try {
    const { pullRequest } = readEvent()
    const inputs = readInputs((name) => core.getInput(name), pullRequest !== null)
    if (inputs.githubToken) core.setSecret(inputs.githubToken)
    if (process.env.GITHUB_WORKSPACE) process.chdir(process.env.GITHUB_WORKSPACE)

    const repo = repository()
    const ref: PullRequestRef | null = pullRequest && repo ? { ...repo, number: pullRequest.number, headSha: pullRequest.head.sha } : null
    if (ref && !inputs.githubToken) core.warning('recount has no github-token: it cannot read the pull request diff or post a review. Findings are reported as annotations and in the job summary.')
    // Octokit is loaded only when the run talks to GitHub.
    const api = ref && inputs.githubToken ? new (await import('./pull-request-api.js')).PullRequestApi(inputs.githubToken, ref, (m) => core.warning(m), (m) => core.info(m), inputs) : null

    const { files, diffs, skipped } = await selectFiles(inputs, api, pullRequest)
    core.info(`recount: checking ${files.length} Markdown file${files.length === 1 ? '' : 's'}`)
    const loaded = await loadMetrics(inputs.metrics)
    for (const e of loaded.errors) core.error(e.message, { title: 'recount: bad metrics file', file: e.file })
    const configSnapshot = pullRequest && inputs.configFrom === 'base' ? await baseConfiguration(pullRequest, inputs.config) : undefined
    // Validates an explicit config up front: a bad one fails the step with its place.
    new ConfigResolver(inputs.config || undefined, configSnapshot)
    const checked = await checkFilesInParallel(files, { metrics: loaded.metrics, configPath: inputs.config || undefined, configSnapshot, workerUrl: new URL('./worker.js', import.meta.url), shard: inputs.shard, onFallback: (reason) => core.warning(`recount: could not start checking processes (${reason}); checking every file in one process`) })
    // Every shard walks the same tree: the first names what the walk could not check.
    const unchecked = !inputs.shard || inputs.shard.index === 1 ? skipped.map((s) => skippedResult(s.file, s.notice)) : []
    const results = [...unchecked, ...checked.results]
    const claims = checked.claims
    const sources = new SourceFiles(readSource)
    const spansOf = (f: Finding) => sources.spansOf(f)
    const kept = filterFindings(results.flatMap((r) => r.findings), inputs.filterMode, diffs, spansOf)
    // Annotations, the review and SARIF show each finding at a line the pull request changed.
    const findings = kept.map((f) => atChangedPlace(f, inputs.filterMode, diffs, spansOf, (line) => sources.linesOf(f.file)[line - 1] ?? ''))
    const located = locate(findings, sources)
    // The JSON report keeps each finding at the claim's own place.
    const reportedOriginals = new Set(kept)

    annotate(findings, results)
    const summaries = renderSummaries(findings, claims, inputs.shard, [inputs.jsonFile, inputs.sarifFile])
    if (summaries.annotationNote) core.info(summaries.annotationNote)

    if (api && ref && diffs && inputs.review) await postReview(api, ref, located, diffs, inputs.summary ? summaries.everyFinding : everyFindingIn([inputs.jsonFile, inputs.sarifFile]))
    if (inputs.summary) {
      if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summaries.jobSummary).write()
      if (api) await postStickySummary(api, summaries.comment, summaryMarker(inputs.shard))
    }

    const fingerprints = new Map(located.map((l) => [l.finding, l.fingerprint]))
    const docsBase = process.env.GITHUB_ACTION_REPOSITORY ? `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${process.env.GITHUB_ACTION_REPOSITORY}/blob/${process.env.GITHUB_ACTION_REF || 'main'}/docs/rules` : null
    if (inputs.sarifFile) {
      await writeFile(inputs.sarifFile, JSON.stringify(toSarif(findings, RULES, fingerprints, docsBase), null, 2) + '\n')
    }
    if (inputs.jsonFile) await writeFile(inputs.jsonFile, formatJson(results.map((r) => ({ ...r, findings: r.findings.filter((f) => reportedOriginals.has(f)) })), claims, [], docsBase ? `${docsBase}/` : undefined))

    const count = (severity: string) => findings.filter((f) => f.severity === severity).length
    core.setOutput('findings', findings.length)
    core.setOutput('errors', count('error'))
    core.setOutput('warnings', count('warning'))
    core.setOutput('claims-found', claims.found)
    core.setOutput('claims-verified', claims.verified)
    core.setOutput('sarif-file', inputs.sarifFile)
    core.setOutput('json-file', inputs.jsonFile)

    const unreadable = results.filter((r) => r.error)
    const threshold = SEVERITY_RANK[inputs.failOn]
    const failing = findings.filter((f) => SEVERITY_RANK[f.severity] >= threshold)
    if (failing.length > 0) {
      core.setFailed(`recount found ${failing.length} finding${failing.length === 1 ? '' : 's'} at or above "${inputs.failOn}" (${count('error')} errors, ${count('warning')} warnings, ${count('notice')} notices) in ${new Set(failing.map((f) => f.file)).size} file(s)`)
    } else if (unreadable.length > 0) {
      core.setFailed(`recount could not read ${unreadable.length} file(s): ${unreadable.map((r) => r.file).join(', ')}`)
    } else if (loaded.errors.length > 0) {
      core.setFailed(`recount could not use ${loaded.errors.length} metrics file(s): ${loaded.errors.map((e) => e.message).join('; ')}`)
    }
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}

