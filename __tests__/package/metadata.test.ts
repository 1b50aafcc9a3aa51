import { readFileSync } from 'node:fs'

// The package's identity: licence, changelog, and one repository named the same way everywhere.
const root = new URL('../../', import.meta.url).pathname
const read = (path: string) => readFileSync(root + path, 'utf8')
const pkg = JSON.parse(read('package.json'))
const REPOSITORY = 'recount-dev/recount'

test('LICENSE is the MIT licence the package declares', () => {
  expect(pkg.license).toBe('MIT')
  const license = read('LICENSE')
  expect(license.split('\n')[0]).toBe('MIT License')
  expect(license).toContain('Copyright (c) 2026 recount contributors')
  expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS"')
})

test('repository, homepage and bugs name one GitHub repository; keywords are set', () => {
  expect(pkg.repository).toEqual({ type: 'git', url: `git+https://github.com/${REPOSITORY}.git` })
  expect(pkg.homepage).toBe(`https://github.com/${REPOSITORY}#readme`)
  expect(pkg.bugs).toEqual({ url: `https://github.com/${REPOSITORY}/issues` })
  expect(pkg.keywords).toEqual(expect.arrayContaining(['markdown', 'github-action', 'remark-plugin', 'markdownlint']))
})

test('every uses: line for the action in the README and the example workflow names that repository and a major tag', () => {
  for (const file of ['README.md', 'examples/workflows/recount.yml']) {
    const uses = [...read(file).matchAll(/uses: ([\w.-]+\/recount)@([^\s`]+)/g)]
    expect(uses.length).toBeGreaterThan(0)
    for (const [, repo, tag] of uses) {
      expect(`${file}: ${repo}`).toBe(`${file}: ${REPOSITORY}`)
      expect(tag).toMatch(/^v\d+$/)
      // The release workflow moves vX to the newest vX.y.z: the tag must be the one this version makes.
      expect(tag).toBe(`v${String(pkg.version).split('.')[0]}`)
    }
  }
})

test('CHANGELOG.md follows Keep a Changelog and has an entry for the package version', () => {
  const changelog = read('CHANGELOG.md')
  expect(changelog.startsWith('# Changelog\n')).toBe(true)
  expect(changelog).toContain('[Keep a Changelog](https://keepachangelog.com/')
  expect(changelog).toContain('## [Unreleased]')
  expect(changelog).toContain(`## [${pkg.version}]`)
  expect(changelog).toContain(`[${pkg.version}]: https://github.com/${REPOSITORY}/releases/tag/v${pkg.version}`)
  // Only the section names Keep a Changelog defines.
  const sections = [...changelog.matchAll(/^### (.+)$/gm)].map((m) => m[1])
  for (const section of sections) expect(['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security']).toContain(section)
})
