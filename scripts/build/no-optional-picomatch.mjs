// fdir (tinyglobby's directory crawler) requires an installed picomatch, if one can be found, as it
// loads, for a glob method of its own that tinyglobby never calls (tinyglobby hands it filters of
// its own). Bundled, that lookup loaded whichever picomatch sat in a node_modules above dist/, from
// disk and without the engine's compiled-code cache, on every start: about 5 ms in this repository,
// and on a user's machine a picomatch of any version, or none. The lookup is left out of the bundle;
// if fdir's code changes, the build stops.
import { patchModules } from './parser-patches.mjs'

export const FDIR_OPTIONAL_PICOMATCH = {
  name: "fdir's optional picomatch",
  // (the end of its path: tinyglobby's own copy today, wherever npm puts it)
  module: 'fdir/dist/index.mjs',
  edits: [{ find: /\ntry \{\n\s*__require\.resolve\("picomatch"\);\n\s*pm = __require\("picomatch"\);\n\} catch \{\}\n/, replace: '\n' }]
}

export const noOptionalPicomatch = patchModules('no-optional-picomatch', [FDIR_OPTIONAL_PICOMATCH])
