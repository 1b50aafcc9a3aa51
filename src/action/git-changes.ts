import { execFileSync } from 'node:child_process'

export interface ChangedFile {
  filename: string
  patch?: string
}

const COMMIT = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/
const MARKDOWN_PATHSPECS = [':(glob,icase)**/*.md', ':(glob,icase)**/*.markdown']
// The same options for the names and the patches, so both list the files in the same order.
const DIFF_OPTIONS = ['--no-color', '--no-ext-diff', '--no-textconv', '--no-renames', '--diff-filter=d']
const MAX_OUTPUT = 256 * 1024 * 1024

function git(args: string[]): string {
  return execFileSync('git', args, { encoding: 'utf8', maxBuffer: MAX_OUTPUT, stdio: ['ignore', 'pipe', 'pipe'] })
}

/**
 * The Markdown files that `head` adds or changes since its merge base with `base`, each with its
 * unified diff, read from the workspace's git history (`git diff base...head`). Answers the reason
 * as a string when the history cannot tell (not a repository, or a shallow clone without `base`).
 */
export function gitChangedMarkdown(base: string, head: string): ChangedFile[] | string {
  if (!COMMIT.test(base) || !COMMIT.test(head)) return 'the event names no base and head commits'
  const range = `${base}...${head}`
  try {
    const names = git(['diff', '-z', '--name-only', ...DIFF_OPTIONS, range, '--', ...MARKDOWN_PATHSPECS]).split('\0').filter((n) => n.length > 0)
    const patches = git(['diff', '-U3', ...DIFF_OPTIONS, range, '--', ...MARKDOWN_PATHSPECS]).split(/^(?=diff --git )/m).filter((p) => p.startsWith('diff --git '))
    if (patches.length !== names.length) return `git diff named ${names.length} files but gave ${patches.length} patches`
    return names.map((filename, i) => ({ filename, patch: patches[i] }))
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0]
    return `git diff ${range} failed${stderr ? `: ${stderr}` : ''}`
  }
}
