export interface ParserPatch {
  name: string
  /** The patched file: the end of its path under node_modules. */
  module: string
  /** Each edit must match exactly once, or `count` times (with a global pattern). */
  edits: Array<{ find: RegExp; replace: string; count?: number }>
}
export declare const PATCHES: ParserPatch[]
export function applyPatch(patch: ParserPatch, source: string, file: string): string
export declare function patchModules(name: string, patches: ParserPatch[]): { name: string; setup(build: unknown): void }
export declare const parserPatches: { name: string; setup(build: unknown): void }
