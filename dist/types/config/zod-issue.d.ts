import type { z } from 'zod';
/** A union failure ("Invalid input") hides the useful message in its branches: take the deepest one. */
export declare function deepestIssue(issue: z.core.$ZodIssue, input?: unknown): z.core.$ZodIssue;
