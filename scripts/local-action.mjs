// Runs the bundled action (dist/index.js) on this machine the way a runner would, with inputs and
// GitHub variables read from a .env file:  npm run local-action -- path/to/.env
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const envFile = process.argv[2] ?? '.env'
if (!existsSync(envFile)) {
  console.error(`local-action: ${envFile}: no such file. Copy examples/local-action.env and edit it.`)
  process.exit(2)
}
const env = { PATH: process.env.PATH }
for (const [index, raw] of readFileSync(envFile, 'utf8').split(/\r?\n/).entries()) {
  const line = raw.trim()
  if (!line || line.startsWith('#')) continue
  const eq = line.indexOf('=')
  if (eq < 1) {
    console.error(`local-action: ${envFile}:${index + 1}: expected NAME=value`)
    process.exit(2)
  }
  env[line.slice(0, eq).trim()] = line.slice(eq + 1).trim().replace(/^(['"])(.*)\1$/, '$2')
}
const runner = mkdtempSync(join(tmpdir(), 'recount-local-'))
env.GITHUB_WORKSPACE = resolve(env.GITHUB_WORKSPACE ?? '.')
env.GITHUB_OUTPUT ??= join(runner, 'output')
env.GITHUB_STEP_SUMMARY ??= join(runner, 'summary.md')
for (const file of [env.GITHUB_OUTPUT, env.GITHUB_STEP_SUMMARY]) if (!existsSync(file)) writeFileSync(file, '')
const result = spawnSync(process.execPath, [resolve('dist/index.js')], { env, stdio: 'inherit', cwd: env.GITHUB_WORKSPACE })
console.log(`\nOutputs: ${env.GITHUB_OUTPUT}\nJob summary: ${env.GITHUB_STEP_SUMMARY}`)
process.exit(result.status ?? 1)
