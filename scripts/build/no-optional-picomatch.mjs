// fdir (tinyglobby's directory crawler) requires an installed picomatch, if one can be found, as it
// loads, for a glob method of its own that tinyglobby never calls (tinyglobby hands it filters of
// its own). Bundled, that lookup loaded whichever picomatch sat in a node_modules above dist/, from
// disk and without the engine's compiled-code cache, on every start: about 5 ms in this repository,
// and on a user's machine a picomatch of any version, or none. The lookup is left out of the bundle;
// if fdir's code changes, the build stops.
import { readFile } from 'node:fs/promises'
import { applyPatch } from './parser-patches.mjs'

export const FDIR_OPTIONAL_PICOMATCH = {
  name: "fdir's optional picomatch",
  module: 'tinyglobby/node_modules/fdir/dist/index.mjs',
  edits: [{ find: /\ntry \{\n\s*__require\.resolve\("picomatch"\);\n\s*pm = __require\("picomatch"\);\n\} catch \{\}\n/, replace: '\n' }]
}

export const noOptionalPicomatch = {
  name: 'no-optional-picomatch',
  setup(build) {
    build.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, async (args) => ({
      contents: applyPatch(FDIR_OPTIONAL_PICOMATCH, await readFile(args.path, 'utf8'), args.path),
      loader: 'js'
    }))
  }
}
