// An esbuild plugin that changes one loop of mdast-util-from-markdown as it is bundled.
//
// Its compiler hands every micromark event to its handler with a fresh copy of the compile context
// (`{...context, sliceSerialize}`): an object of nine fields per event. On recount's benchmark reports
// those copies and the garbage they leave are about a third of the whole Markdown parse. The plugin
// makes one context per document and sets its `sliceSerialize` before each event instead. No handler
// keeps `this` past its call, so the tree is the same (a test compares the bundle's trees with the
// library's on every example, fixture and generated document).
//
// If a new version of the library changes the loop, the build stops here, so the patch is never
// silently skipped or applied to code it was not written for.
import { readFile } from 'node:fs/promises'

const LOOP = /\n([ \t]*)while \(\+\+index < events\.length\) \{\n\s*const handler = config\[events\[index\]\[0\]\];[\s\S]*?\n\1\}\n/

const SHARED_LOOP = `
$1const eventContext = { ...context, sliceSerialize: undefined };
$1while (++index < events.length) {
$1  const event = events[index];
$1  const handler = config[event[0]];
$1  eventContext.sliceSerialize = event[2].sliceSerialize;
$1  if (event[0] === 'enter' && config.beforeEnter.length > 0) callListeners(config.beforeEnter, eventContext, event[1]);
$1  if (own.call(handler, event[1].type)) handler[event[1].type].call(eventContext, event[1]);
$1  if (event[0] === 'exit' && config.afterExit.length > 0) callListeners(config.afterExit, eventContext, event[1]);
$1}
`

/** The library's source with the loop changed; throws when the loop is not found exactly once. */
export function shareCompileContext(source, file) {
  const matches = source.match(new RegExp(LOOP.source, 'g')) ?? []
  if (matches.length !== 1 || !matches[0].includes('...context')) {
    throw new Error(`${file}: the compile loop recount patches was not found (mdast-util-from-markdown changed?); update scripts/build/shared-compile-context.mjs`)
  }
  return source.replace(LOOP, SHARED_LOOP)
}

export const sharedCompileContext = {
  name: 'shared-compile-context',
  setup(build) {
    build.onLoad({ filter: /[\\/]mdast-util-from-markdown[\\/]lib[\\/]index\.js$/ }, async (args) => ({
      contents: shareCompileContext(await readFile(args.path, 'utf8'), args.path),
      loader: 'js'
    }))
  }
}
