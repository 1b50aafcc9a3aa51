import * as core from '@actions/core'
import { mkdir, writeFile } from 'node:fs/promises'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { glob } from 'tinyglobby'
import picomatch from 'picomatch'
import { checkFilesInParallel } from '../parallel.js'
import { loadMetrics } from '../metrics/load.js'
import { ConfigResolver } from '../config/resolve.js'
import { CONFIG_NAMES } from '../config/load.js'
import type { ConfigSnapshot } from '../config/snapshot.js'
import { repositoryRoot } from '../read/repository-root.js'
import { readBaseConfigs } from './base-config.js'
import { formatJson } from '../report/json.js'
import { writeHtmlReport } from '../report/html-writer.js'
import { decodeReport, MARKDOWN_EXTENSIONS } from '../read/files.js'
import { listMatching, type Listing } from '../read/listing.js'
import { skippedResult } from '../file-results.js'
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
import { plural, renderSummaries } from './placement.js'
import { everyFindingIn } from './limits.js'
import { DEFAULT_SARIF_CATEGORY, shardCategory, toSarif } from '../report/sarif.js'
import { VERSION } from '../version.js'
import { enterWorkingDirectory, fromRepo, onDisk, toRepo, type PathScope } from './working-directory.js'
import { groupInteger } from '../report/grouped-digits.js'

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
  let listing: Listing
  try {
    listing = await listMatching(patterns, process.cwd(), { followLinks: true })
  } catch (error) {
    throw new Error(`files: ${error instanceof Error ? error.message : String(error)}`)
  }
  return { files: listing.files.filter((m) => MARKDOWN_EXTENSIONS.test(m)).sort(), skipped: listing.skipped }
}

interface Selection extends Listing {
  diffs: Map<string, DiffLines> | null
}

/**
 * The files to check (relative to the working directory) and, on a pull request, its diff of each
 * (by repository path, as GitHub names files).
 */
async function selectFiles(inputs: ActionInputs, scope: PathScope, api: PullRequestApi | null, pullRequest: PullRequestPayload | null): Promise<Selection> {
  const prFiles = api ? await api.listFiles() : null
  if (!prFiles) return { ...(await workspaceFiles(inputs.files)), diffs: null }
  const matches = picomatch(inputs.files, { dot: false })
  const wanted = (name: string) => {
    const local = fromRepo(scope, name)
    return local !== null && MARKDOWN_EXTENSIONS.test(local) && matches(local)
  }
  const changed: ChangedFile[] = prFiles.filter((f) => f.status !== 'removed' && wanted(f.filename))
  if (prFiles.length >= LISTED_FILES_LIMIT) {
    const fromGit = gitChangedMarkdown(pullRequest?.base?.sha ?? '', pullRequest?.head.sha ?? '')
    if (typeof fromGit === 'string') {
      core.warning(`GitHub lists only the first ${groupInteger(LISTED_FILES_LIMIT)} files of a pull request, and the workspace's git history could not name the others (${fromGit}; check out with fetch-depth: 0). recount checks every file matching "files" and reports findings anywhere in the files GitHub did not list.`)
      const listing = await workspaceFiles(inputs.files)
      const diffs = new Map<string, DiffLines>(listing.files.map((file) => [toRepo(scope, file), { added: new Set(), inHunks: new Set(), wholeFile: true }]))
      for (const f of changed) diffs.set(f.filename, parsePatch(f.patch))
      return { ...listing, diffs }
    }
    const listed = new Set(changed.map((f) => f.filename))
    const more = fromGit.filter((f) => !listed.has(f.filename) && wanted(f.filename))
    changed.push(...more)
    core.warning(`GitHub lists only the first ${groupInteger(LISTED_FILES_LIMIT)} files of a pull request; recount read the other changed files from the workspace's git history (git diff base...head) and found ${plural(more.length, 'more Markdown file')} to check.`)
  }
  const diffs = new Map(changed.map((f) => [f.filename, parsePatch(f.patch)]))
  return { ...(inputs.changedOnly ? { files: changed.map((f) => fromRepo(scope, f.filename) as string), skipped: [] } : await workspaceFiles(inputs.files)), diffs }
}

/** A result with its files named from the repository root. */
function inRepository(scope: PathScope, result: FileResult): FileResult {
  if (scope.prefix === '') return result
  return { ...result, file: toRepo(scope, result.file), findings: result.findings.map((f) => ({ ...f, file: toRepo(scope, f.file) })) }
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

function readSource(path: string): string | null {
  try {
    return existsSync(path) ? decodeReport(readFileSync(path)) : null
  } catch {
    return null
  }
}

async function postReview(api: PullRequestApi, ref: PullRequestRef, located: LocatedFinding[], diffs: Map<string, DiffLines>, checkedFiles: Set<string>, everyFinding: string): Promise<void> {
  const listed = await api.listReviewComments()
  const bodies = await api.listReviewBodies()
  if (listed === null || bodies === null) return
  // Only recount's own comments count as posted or can be resolved; a reviewer quoting one does not.
  // Another shard's or working directory's comments are not this run's to resolve.
  const existing = await ownComments(api, listed.filter((c) => c.path !== undefined && checkedFiles.has(c.path)))
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

/** Writes an output file, creating its directory. */
async function writeOutput(path: string, text: string): Promise<void> {
  await mkdir(dirname(resolve(path)), { recursive: true })
  await writeFile(path, text)
}


/** Where the rules' pages are: the action's own repository at its ref, else the copy beside the bundle. */
function rulePages(): string {
  const repository = process.env.GITHUB_ACTION_REPOSITORY
  if (repository) return `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${repository}/blob/${process.env.GITHUB_ACTION_REF || 'main'}/docs/rules`
  return new URL('../docs/rules', import.meta.url).href
}

/** An output path: relative to the working directory as given, named from the workspace for the steps after. */
function outputPath(workspace: string, path: string): string {
  if (path === '') return ''
  const from = relative(workspace, resolve(path)).split(sep).join('/')
  return from.startsWith('..') || isAbsolute(path) ? path : from
}

export async function run(): Promise<void> {
  try {
    const { pullRequest } = readEvent()
    const inputs = readInputs((name) => core.getInput(name), pullRequest !== null)
    if (inputs.githubToken) core.setSecret(inputs.githubToken)
    if (process.env.GITHUB_WORKSPACE) process.chdir(process.env.GITHUB_WORKSPACE)
    const workspace = process.cwd()
    // From here on the working directory is the one files, metrics and outputs are relative to.
    const scope = enterWorkingDirectory(inputs.workingDirectory, workspace)
    if (scope.prefix) core.info(`recount: working directory ${scope.prefix}; files are named from the repository root in annotations, comments and SARIF`)

    const repo = repository()
    const ref: PullRequestRef | null = pullRequest && repo ? { ...repo, number: pullRequest.number, headSha: pullRequest.head.sha } : null
    if (ref && !inputs.githubToken) core.warning('recount has no github-token: it cannot read the pull request diff or post a review. Findings are reported as annotations and in the job summary.')
    // Octokit is loaded only when the run talks to GitHub (the entry may have loaded it already: src/action.ts).
    const api = ref && inputs.githubToken ? new (await import('./pull-request-api.js')).PullRequestApi(inputs.githubToken, ref, (m) => core.warning(m), (m) => core.info(m), inputs) : null

    const { files, diffs, skipped } = await selectFiles(inputs, scope, api, pullRequest)
    core.info(`recount: checking ${plural(files.length, 'Markdown file')}`)
    const loaded = await loadMetrics(inputs.metrics)
    for (const e of loaded.errors) core.error(e.message, { title: 'recount: bad metrics file', file: toRepo(scope, e.file) })
    const configSnapshot = pullRequest && inputs.configFrom === 'base' ? await baseConfiguration(pullRequest, inputs.config) : undefined
    // Validates an explicit config up front: a bad one fails the step with its place.
    new ConfigResolver(inputs.config || undefined, configSnapshot)
    const checked = await checkFilesInParallel(files, { metrics: loaded.metrics, configPath: inputs.config || undefined, configSnapshot, workerUrl: new URL('./worker.js', import.meta.url), shard: inputs.shard, listClaims: inputs.htmlFile !== '', onFallback: (reason) => core.warning(`recount: could not start checking processes (${reason}); checking every file in one process`) })
    // Every shard walks the same tree: the first names what the walk could not check.
    const unchecked = !inputs.shard || inputs.shard.index === 1 ? skipped.map((s) => skippedResult(s.file, s.notice)) : []
    // From here on files are named from the repository root, as GitHub names them.
    const inWorkingDirectory = [...unchecked, ...checked.results]
    const results = inWorkingDirectory.map((r) => inRepository(scope, r))
    const claims = checked.claims
    const sources = new SourceFiles((file) => readSource(onDisk(scope, file)))
    const spansOf = (f: Finding) => sources.spansOf(f)
    const kept = filterFindings(results.flatMap((r) => r.findings), inputs.filterMode, diffs, spansOf)
    // Annotations, the review and SARIF show each finding at a line the pull request changed.
    const findings = kept.map((f) => atChangedPlace(f, inputs.filterMode, diffs, spansOf, (line) => sources.linesOf(f.file)[line - 1] ?? ''))
    const located = locate(findings, sources)
    const reportedAt = new Map(kept.map((f, i) => [f, findings[i] as Finding]))

    annotate(findings, results)
    const reported = results.map((r) => ({ ...r, findings: r.findings.flatMap((f) => reportedAt.get(f) ?? []) }))
    const summaries = renderSummaries({ findings, results: reported, claims, shard: inputs.shard, directory: scope.prefix }, [inputs.jsonFile, inputs.sarifFile])
    if (summaries.annotationNote) core.info(summaries.annotationNote)

    const checkedFiles = new Set(results.map((r) => r.file))
    if (api && ref && diffs && inputs.review) await postReview(api, ref, located, diffs, checkedFiles, inputs.summary ? summaries.everyFinding : everyFindingIn([inputs.jsonFile, inputs.sarifFile]))
    if (inputs.summary) {
      if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summaries.jobSummary).write()
      if (api) await postStickySummary(api, summaries.comment, summaryMarker(inputs.shard, scope.prefix))
    }

    const pages = rulePages()
    if (inputs.sarifFile) {
      const fingerprints = new Map(located.map((l) => [l.finding, l.fingerprint]))
      const category = inputs.shard ? shardCategory(inputs.sarifCategory || DEFAULT_SARIF_CATEGORY, inputs.shard) : inputs.sarifCategory || undefined
      const log = toSarif(reported, { category, toolVersion: VERSION, helpUriBase: pages, fingerprint: (f) => fingerprints.get(f) ?? '' })
      await writeOutput(inputs.sarifFile, JSON.stringify(log, null, 2) + '\n')
    }
    // The claim map shows every claim and finding of the checked files, whatever filter-mode reports; it reads
    // the files again, so it takes their names as they are from the working directory.
    if (inputs.htmlFile) {
      await mkdir(dirname(resolve(inputs.htmlFile)), { recursive: true })
      await writeHtmlReport(inputs.htmlFile, inWorkingDirectory)
    }
    // The JSON report keeps each finding at the claim's own place.
    if (inputs.jsonFile) await writeOutput(inputs.jsonFile, formatJson(results.map((r) => ({ ...r, findings: r.findings.filter((f) => reportedAt.has(f)) })), claims, [], `${pages}/`))

    const count = (severity: string) => findings.filter((f) => f.severity === severity).length
    core.setOutput('findings', findings.length)
    core.setOutput('errors', count('error'))
    core.setOutput('warnings', count('warning'))
    core.setOutput('notices', count('notice'))
    core.setOutput('claims-found', claims.found)
    core.setOutput('claims-verified', claims.verified)
    core.setOutput('claims-contradicted', claims.contradicted)
    core.setOutput('claims-unverifiable', claims.unverifiable)
    core.setOutput('sarif-file', outputPath(workspace, inputs.sarifFile))
    core.setOutput('json-file', outputPath(workspace, inputs.jsonFile))
    core.setOutput('html-file', outputPath(workspace, inputs.htmlFile))

    const unreadable = results.filter((r) => r.error)
    const threshold = SEVERITY_RANK[inputs.failOn]
    const failing = findings.filter((f) => SEVERITY_RANK[f.severity] >= threshold)
    if (failing.length > 0) {
      const counts = `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('notice'), 'notice')}`
      core.setFailed(`recount found ${plural(failing.length, 'finding')} at or above "${inputs.failOn}" (${counts}) in ${plural(new Set(failing.map((f) => f.file)).size, 'file')}`)
    } else if (unreadable.length > 0) {
      core.setFailed(`recount could not read ${plural(unreadable.length, 'file')}: ${unreadable.map((r) => r.file).join(', ')}`)
    } else if (loaded.errors.length > 0) {
      core.setFailed(`recount could not use ${plural(loaded.errors.length, 'metrics file')}: ${loaded.errors.map((e) => e.message).join('; ')}`)
    }
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
