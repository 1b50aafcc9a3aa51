import type { ParserPatch } from './parser-patches.mjs'

export declare const FDIR_OPTIONAL_PICOMATCH: ParserPatch
export declare const noOptionalPicomatch: { name: string; setup(build: unknown): void }
