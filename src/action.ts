// The action's code, loaded by its entry (src/start/action.ts), which runs it once V8's settings are in place.
export { run } from './action/main.js'

/**
 * Loads the GitHub client now when the run will talk to GitHub (a pull request's event and a token),
 * so that the Node modules it uses (HTTP, TLS, compression: about 50) load before V8's settings
 * change and with Node's compiled code (see setV8Flags); `run` imports the same module again. A run
 * that does not talk to GitHub does not load it.
 */
export async function loadGitHubClientIfUsed(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const token = (env['INPUT_GITHUB-TOKEN'] ?? '').trim()
  if (token !== '' && (env.GITHUB_EVENT_NAME ?? '').startsWith('pull_request')) await import('./action/pull-request-api.js')
}
