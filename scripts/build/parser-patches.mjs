// An esbuild plugin that changes hot spots of the Markdown parser as it is bundled, without
// changing what it builds. Each patch names the file it applies to, the exact code it replaces and
// why; if a new version of a library changes that code, the build stops here, so a patch is never
// silently skipped or applied to code it was not written for. A test compares the bundle's trees with
// the libraries' own on every example, fixture, docs page, generated and hostile document.
import { readFile } from 'node:fs/promises'

export const PATCHES = [
  {
    // mdast-util-from-markdown hands every micromark event to its handler with a fresh copy of the
    // compile context (`{...context, sliceSerialize}`, nine fields). On recount's benchmark reports
    // those copies and their garbage were about a third of the whole Markdown parse. One context per
    // document, with `sliceSerialize` set before each event, does the same: no handler keeps `this`
    // past its call.
    name: 'one compile context per document',
    module: 'mdast-util-from-markdown/lib/index.js',
    edits: [
      {
        find: /\n([ \t]*)while \(\+\+index < events\.length\) \{\n\s*const handler = config\[events\[index\]\[0\]\];[\s\S]*?\.\.\.context,[\s\S]*?\n\1\}\n/,
        replace: `
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
      }
    ]
  },
  {
    // micromark-util-subtokenize keeps its jumps over already-tokenized content in plain objects keyed
    // by event index and merges them with Object.assign. Once the keys are large and sparse the
    // objects are dictionaries, and every merge enumerates and sorts their keys: about a tenth of
    // the parse on table-heavy reports. A Map holds the same jumps without that, and subcontent hands
    // its gaps over as a flat list of pairs.
    name: 'jumps in Maps',
    module: 'micromark-util-subtokenize/index.js',
    edits: [
      { find: /\n(\s*)const jumps = \{\};\n/, replace: '\n$1const jumps = new Map();\n' },
      { find: /while \(index in jumps\) \{\n(\s*)index = jumps\[index\];/, replace: 'while (jumps.has(index)) {\n$1index = jumps.get(index);' },
      {
        find: /Object\.assign\(jumps, subcontent\(events, index\)\);\n(\s*)index = jumps\[index\];/,
        replace: 'const gaps = subcontent(events, index);\n$1for (let gap = 0; gap < gaps.length; gap += 2) jumps.set(gaps[gap], gaps[gap + 1]);\n$1index = jumps.get(index);'
      },
      // subcontent's gaps, read only by the merge above, become a flat list of from, to pairs.
      { find: /\n(\s*)const gaps = \{\};\n/, replace: '\n$1const gaps = [];\n' },
      { find: /gaps\[adjust \+ jumps\[index\]\[0\]\] = adjust \+ jumps\[index\]\[1\];/, replace: 'gaps.push(adjust + jumps[index][0], adjust + jumps[index][1]);' }
    ]
  },
  {
    // micromark expands the document's tokenized content in passes (flow, then the text of
    // paragraphs and cells, then link titles and destinations) and stops after a pass that expanded
    // nothing: that last pass walks and copies every event of the document for no change, about a
    // third of subtokenize's walking. A pass whose expansions hold no further content to expand and
    // no container exit (block quote, list: the only other events a pass moves) is the last: the
    // pass after it would change nothing.
    name: 'no idle last pass',
    module: 'micromark-util-subtokenize/index.js',
    edits: [
      { find: /\n(\s*)more = true;\n/, replace: '\n$1if (expandedMore) more = true;\n' },
      {
        find: /\nfunction subcontent\(events, eventIndex\) \{\n/,
        replace: '\n/** Whether the events subcontent last inserted hold more content to expand or a container exit. */\nlet expandedMore = false;\nfunction subcontent(events, eventIndex) {\n  expandedMore = false;\n'
      },
      {
        find: /\n(\s*)while \(\+\+index < childEvents\.length\) \{\n/,
        replace: '\n$1while (++index < childEvents.length) {\n$1  if (childEvents[index][0] === "enter" ? childEvents[index][1].contentType : childEvents[index][1]._container) expandedMore = true;\n'
      }
    ]
  },
  {
    // micromark-extension-gfm-table copies every point it moves with Object.assign({}, point), a
    // call into a generic builtin for each of the 5-field points of every cell's four tokens. An
    // object spread copies the same own properties in the same order, on V8's fast clone path.
    name: 'table points copied by spread',
    module: 'micromark-extension-gfm-table/lib/syntax.js',
    edits: [
      { find: /Object\.assign\(\{\}, ([\w.[\]]+)\)/g, replace: '{ ...$1 }', count: 11 },
      { find: /Object\.assign\(\{\}, (getPoint\(context\.events, \w+(?:\[0\])?\))\)/g, replace: '{ ...$1 }', count: 2 }
    ]
  },
  {
    // The parser is given the document's text, so that a construct can look at a line it has not
    // been fed yet (the next patch).
    name: 'the source on the parser',
    module: 'mdast-util-from-markdown/lib/index.js',
    edits: [
      {
        find: /postprocess\(parse\(options\)\.document\(\)\.write\(preprocess\(\)\(value, encoding, true\)\)\)/,
        // (micromark's offsets do not count a byte order mark at the start)
        replace: "postprocess(Object.assign(parse(options), { recountSource: typeof value !== 'string' ? undefined : value.charCodeAt(0) === 0xfeff ? value.slice(1) : value }).document().write(preprocess()(value, encoding, true)))"
      }
    ]
  },
  {
    // micromark-extension-gfm-table tries every line that could start a table as a head row: it
    // tokenizes the whole line cell by cell, waits for the next line and only there, at its first
    // character, finds that it is not a delimiter row, and throws it all away: on table-heavy reports
    // about a tenth of the parse. A delimiter row always holds a '-' (each cell has at least one), so
    // when the next line of the text holds none, or there is no next line, the attempt can only fail:
    // it fails at once instead. Nothing else changes (the attempt leaves no state behind either way).
    name: 'a table head needs a next line with a dash',
    module: 'micromark-extension-gfm-table/lib/syntax.js',
    edits: [
      {
        find: /\n(\s*)return next\(code\);\n(\s*)\}\n/,
        replace: `
$1if (next === headRowBefore && typeof self.parser.recountSource === 'string' && !nextLineHasDash(self.parser.recountSource, self.now().offset)) {
$1  return nok(code);
$1}
$1return next(code);
$2}
`
      },
      {
        find: /\nfunction tokenizeTable\(effects, ok, nok\) \{\n/,
        replace: `
function nextLineHasDash(source, offset) {
  let at = offset;
  while (at < source.length && source.charCodeAt(at) !== 10 && source.charCodeAt(at) !== 13) at++;
  if (at >= source.length) return false;
  at += source.charCodeAt(at) === 13 && source.charCodeAt(at + 1) === 10 ? 2 : 1;
  for (; at < source.length; at++) {
    const code = source.charCodeAt(at);
    if (code === 45) return true;
    if (code === 10 || code === 13) return false;
  }
  return false;
}
function tokenizeTable(effects, ok, nok) {
`
      }
    ]
  },
  {
    // micromark reads every character through its state machine: the document reads each line to
    // its end, a paragraph's content reads it again, and its text a third time, each character one
    // call of the state, one of `consume` and one turn of the tokenizer's loop (together about a
    // seventh of a check). Where a state only consumes until a line ending, or (in text) until a
    // character that may start a construct, it now takes the rest of that run at once:
    // `consumeRun(stops)` moves over the current string chunk up to its end or up to the first
    // character that has an entry in `stops`, and sets the point and the previous character as
    // the same number of single `consume` calls would. A string chunk holds no line ending, tab or
    // NUL (the preprocessor makes those codes of their own), so a run never crosses a line.
    name: 'runs of plain characters consumed at once',
    module: 'micromark/lib/create-tokenizer.js',
    edits: [
      { find: /\n(\s*)consume,\n(\s*)enter,\n/, replace: '\n$1consume,\n$1consumeRun,\n$2enter,\n' },
      {
        find: /\n(\s*)function consume\(code\) \{\n/,
        replace: `
$1function consumeRun(stops) {
$1  if (point._bufferIndex < 0) return;
$1  const chunk = chunks[point._index];
$1  const from = point._bufferIndex;
$1  let at = from;
$1  if (stops === undefined) at = chunk.length;
$1  else while (at < chunk.length && stops[chunk.charCodeAt(at)] === undefined) at++;
$1  if (at === from) return;
$1  point.column += at - from;
$1  point.offset += at - from;
$1  context.previous = chunk.charCodeAt(at - 1);
$1  if (at === chunk.length) {
$1    point._bufferIndex = -1;
$1    point._index++;
$1  } else {
$1    point._bufferIndex = at;
$1  }
$1}
$1function consume(code) {
`
      }
    ]
  },
  {
    // Text and strings: data runs up to a character that may start a construct (atBreak looks only
    // at characters with an entry in the constructs).
    name: 'text data consumed in runs',
    module: 'micromark/lib/initialize/text.js',
    edits: [{ find: /\n(\s*)\/\/ Data\.\n(\s*)effects\.consume\(code\);\n(\s*)return data;\n/, replace: '\n$1// Data.\n$2effects.consume(code);\n$2effects.consumeRun(constructs);\n$3return data;\n' }]
  },
  {
    name: 'document lines consumed in runs',
    module: 'micromark/lib/initialize/document.js',
    edits: [{ find: /\n(\s*)effects\.consume\(code\);\n(\s*)return flowContinue;\n/, replace: '\n$1effects.consume(code);\n$1effects.consumeRun();\n$2return flowContinue;\n' }]
  },
  {
    name: 'paragraph lines consumed in runs',
    module: 'micromark/lib/initialize/content.js',
    edits: [{ find: /\n(\s*)effects\.consume\(code\);\n(\s*)return data;\n/, replace: '\n$1effects.consume(code);\n$1effects.consumeRun();\n$2return data;\n' }]
  },
  {
    name: 'content lines consumed in runs',
    module: 'micromark-core-commonmark/lib/content.js',
    edits: [{ find: /\n(\s*)\/\/ Data\.\n(\s*)effects\.consume\(code\);\n(\s*)return chunkInside;\n/, replace: '\n$1// Data.\n$2effects.consume(code);\n$2effects.consumeRun();\n$3return chunkInside;\n' }]
  }
]

/** The file's source with the patch applied; throws, naming the file, when an edit does not find its code exactly once (or `count` times, for a global edit). */
export function applyPatch(patch, source, file) {
  let result = source
  for (const edit of patch.edits) {
    const count = edit.count ?? 1
    if (!Number.isInteger(count) || count < 1) throw new Error(`${file}: recount's build patch "${patch.name}": count must be a whole number of at least 1`)
    if (count > 1 && !edit.find.global) throw new Error(`${file}: recount's build patch "${patch.name}": an edit that must match ${count} times needs a global (g) pattern`)
    const found = result.match(new RegExp(edit.find.source, edit.find.global ? edit.find.flags : `${edit.find.flags}g`)) ?? []
    if (found.length !== count) {
      throw new Error(`${file}: recount's build patch "${patch.name}" did not find the code it changes (the library changed?); see the patches in scripts/build/`)
    }
    result = result.replace(edit.find, edit.replace)
  }
  return result
}

/** An esbuild plugin that applies `patches` to the files whose paths end in their `module`. */
export function patchModules(name, patches) {
  return {
    name,
    setup(build) {
      // One loader per module, applying that module's patches in order.
      for (const module of new Set(patches.map((patch) => patch.module))) {
        const filter = new RegExp(`[\\\\/]${module.split('/').map((part) => part.replace(/[.-]/g, '\\$&')).join('[\\\\/]')}$`)
        const own = patches.filter((patch) => patch.module === module)
        build.onLoad({ filter }, async (args) => ({ contents: own.reduce((source, patch) => applyPatch(patch, source, args.path), await readFile(args.path, 'utf8')), loader: 'js' }))
      }
    }
  }
}

export const parserPatches = patchModules('parser-patches', PATCHES)
