/** The repository root: the nearest directory above `from` that holds .git, or null. */
export declare function repositoryRoot(from: string): string | null;
