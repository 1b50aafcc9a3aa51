import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

// `npm ci` warns (EBADENGINE) when an installed package's engines.node excludes the running Node.
// Every Node version the package supports (its engines floor and each later major) must satisfy
// the engines of everything the lockfile installs: production dependencies, and for `npm ci` in
// this repository, the devDependencies too.
const root = new URL('../../', import.meta.url).pathname
const semver = createRequire(import.meta.url)('semver') as {
  minVersion(range: string): { major: number; version: string } | null
  satisfies(version: string, range: string): boolean
}
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'))
const lock = JSON.parse(readFileSync(`${root}package-lock.json`, 'utf8'))
const LATEST_MAJOR = 26

function supportedVersions(): string[] {
  const floor = semver.minVersion(pkg.engines.node)!
  const later = Array.from({ length: LATEST_MAJOR - floor.major }, (_, i) => `${floor.major + 1 + i}.0.0`)
  return [floor.version, ...later].filter((v) => semver.satisfies(v, pkg.engines.node))
}

function unsupported(production: boolean, lockfile = lock): string[] {
  const problems: string[] = []
  for (const [path, entry] of Object.entries(lockfile.packages as Record<string, { version: string; dev?: boolean; engines?: { node?: string } }>)) {
    if (path === '' || (production && entry.dev)) continue
    const range = entry.engines?.node
    if (!range) continue
    const failing = supportedVersions().filter((v) => !semver.satisfies(v, range))
    if (failing.length > 0) problems.push(`${path.replace(/^.*node_modules\//, '')}@${entry.version} needs node ${range}, not ${failing.join(', ')}`)
  }
  return problems
}

test('the supported versions are the engines floor and every later major', () => {
  expect(pkg.engines.node).toBe('>=20')
  expect(supportedVersions().slice(0, 3)).toEqual(['20.0.0', '21.0.0', '22.0.0'])
  // The check itself: a package that needs a newer Node than the floor is found.
  expect(supportedVersions().filter((v) => !semver.satisfies(v, '>=22'))).toEqual(['20.0.0', '21.0.0'])
  const withNewer = { packages: { '': {}, 'node_modules/needs-newer': { version: '1.0.0', dev: true, engines: { node: '>=22' } }, 'node_modules/fine': { version: '2.0.0', engines: { node: '>=18' } } } }
  expect(unsupported(false, withNewer)).toEqual(['needs-newer@1.0.0 needs node >=22, not 20.0.0, 21.0.0'])
  expect(unsupported(true, withNewer)).toEqual([])
})

test('every production dependency supports every Node version the package supports', () => {
  expect(unsupported(true)).toEqual([])
})

test('npm ci installs nothing that warns about its engines on a supported Node version', () => {
  expect(unsupported(false)).toEqual([])
})

test('the package engines match the lockfile', () => {
  expect(lock.packages[''].engines).toEqual(pkg.engines)
})
