export interface LazyPackage {
  specifier: string
  file: string
  bindings: string[]
}
export declare const LAZY_PACKAGES: LazyPackage[]
export declare function standInModule(lazy: LazyPackage): string
export declare const lazyPackages: { name: string; setup(build: unknown): void }
export declare function buildLazyPackages(outdir: string, options: Record<string, unknown>): Promise<void>
