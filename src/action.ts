// The action's code, loaded by its entry (src/start/action.ts), which runs it once V8's settings are in place.
export { run } from './action/main.js'

/**
 * Loads the GitHub client now when the run will talk to GitHub, so that the Node modules it uses
 * (HTTP, TLS, compression: about 50) load before V8's settings change and with Node's compiled code
 * (see setV8Flags); `run` imports the same module again. "Will talk" is judged from the event's name
 * and the token (`run` also needs the event's pull request and the repository): a wrong guess only
 * loads the client needlessly or after the settings. A client that fails to load here is left to
 * `run`, whose import fails the same way and reports it as the action's error.
 */
export async function loadGitHubClientIfUsed(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const token = (env['INPUT_GITHUB-TOKEN'] ?? '').trim()
  if (token === '' || !(env.GITHUB_EVENT_NAME ?? '').startsWith('pull_request')) return
  try {
    await import('./action/pull-request-api.js')
  } catch {
    // Reported by run().
  }
}
