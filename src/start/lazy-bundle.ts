import { loadBundleWithCodeCache } from './compiled-code-cache.js'

// Libraries that a plain check never runs (the YAML parser, the XML and streaming-JSON readers of
// metrics files, the diff writer) are bundled beside the engine, each in a file of its own, rather than
// in it: the engine's source is compiled on every start that has no code cache, and theirs was about a
// third of it. The build (scripts/build/lazy-packages.mjs) has the engine import each library's
// bindings as stand-ins made here, which load that file, with its own compiled code, on first use.

const loaded = new Map<string, Record<string, unknown>>()

/** The exports of the bundle `file` (beside this engine), run once, its compiled code kept between runs. */
export function loadLazyBundle(file: string): Record<string, unknown> {
  let exports = loaded.get(file)
  if (!exports) {
    const bundle = loadBundleWithCodeCache<Record<string, unknown>>(new URL(`./${file}`, import.meta.url))
    // Kept once: a bundle's reach is not measured, so a later run does not write it again.
    bundle.keepCompiledCode(() => 1)
    exports = bundle.exports
    loaded.set(file, exports)
  }
  return exports
}

/**
 * A stand-in for the export `name` of the bundle `file`: calling it, constructing it or reading a
 * property of it (`visit.BREAK`) loads the bundle and acts on the real export.
 */
export function lazyExport(file: string, name: string): unknown {
  const real = () => loadLazyBundle(file)[name] as (...args: unknown[]) => unknown
  return new Proxy(function standIn() {}, {
    apply: (_target, self, args) => Reflect.apply(real(), self, args),
    construct: (_target, args) => Reflect.construct(real(), args),
    get: (_target, property) => Reflect.get(real(), property)
  })
}
