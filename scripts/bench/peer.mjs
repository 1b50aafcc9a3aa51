// The benchmark's yardstick: markdownlint-cli2 at a pinned version, the newest when these figures were
// taken. The project's own devDependency is an older release that still declares Node 20 (its
// integration test runs it); the newer one is faster, so the benchmark installs it on first use,
// beside the project, rather than compare against the slower release.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const PEER_VERSION = '0.24.1'

/** The path of markdownlint-cli2's bin script at PEER_VERSION, installed into .cache/bench-peer if missing. */
export function peerBin(root) {
  const dir = join(root, '.cache', 'bench-peer')
  const bin = join(dir, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs')
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, dependencies: { 'markdownlint-cli2': PEER_VERSION } }, null, 2) + '\n')
    process.stderr.write(`bench: installing markdownlint-cli2@${PEER_VERSION} into ${dir}\n`)
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--engine-strict=false'], { cwd: dir, stdio: 'inherit' })
  }
  return bin
}
