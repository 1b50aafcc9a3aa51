import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { applyPatch } from '../../scripts/build/parser-patches.mjs'
import { FDIR_OPTIONAL_PICOMATCH } from '../../scripts/build/no-optional-picomatch.mjs'

const root = new URL('../..', import.meta.url).pathname
// The fdir tinyglobby depends on: require finds its CommonJS file; the bundle imports the ES module beside it.
const fdirCjs = createRequire(createRequire(join(root, 'package.json')).resolve('tinyglobby')).resolve('fdir')
const fdir = readFileSync(join(dirname(fdirCjs), 'index.mjs'), 'utf8')

describe('the bundle leaves out fdir’s lookup of an installed picomatch', () => {
  it('removes the lookup from fdir, and stops the build when fdir’s code changes', () => {
    expect(fdir).toMatch(/__require\("picomatch"\)/)
    const patched = applyPatch(FDIR_OPTIONAL_PICOMATCH, fdir, 'index.mjs')
    expect(patched).not.toMatch(/"picomatch"/)
    expect(() => applyPatch(FDIR_OPTIONAL_PICOMATCH, fdir.replace('pm = __require("picomatch");', ''), 'changed/index.mjs')).toThrow(
      /changed\/index\.mjs: recount's build patch "fdir's optional picomatch" did not find the code it changes/
    )
  })

  it('no bundled file asks Node for a picomatch at run time', () => {
    const dist = join(root, 'dist')
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(c|m)?js$/.test(name))
    expect(files).toContain('engine.cjs')
    expect(files.filter((name) => /require(?:\.resolve)?\("picomatch"\)/.test(readFileSync(join(dist, name), 'utf8')))).toEqual([])
  })
})
