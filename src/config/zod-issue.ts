import type { z } from 'zod'

/** A union failure ("Invalid input") hides the useful message in its branches: take the deepest one. */
export function deepestIssue(issue: z.core.$ZodIssue, input?: unknown): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union') return issue
  // A string was given where a string or an object is allowed: the string branch's message is the useful one.
  if (typeof input === 'string') {
    const stringBranch = issue.errors.find((branch) => branch.every((inner) => inner.code !== 'invalid_type' || (inner as { expected?: string }).expected !== 'object'))
    const first = stringBranch?.[0]
    if (first) return { ...first, path: [...issue.path, ...first.path] } as z.core.$ZodIssue
  }
  let best: z.core.$ZodIssue = issue
  for (const branch of issue.errors) {
    for (const inner of branch) {
      const candidate = deepestIssue({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue)
      if (candidate.path.length > best.path.length) best = candidate
    }
  }
  return best
}
