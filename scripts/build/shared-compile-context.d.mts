export function shareCompileContext(source: string, file: string): string
export declare const sharedCompileContext: { name: string; setup(build: unknown): void }
