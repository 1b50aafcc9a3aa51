import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

// The browser tests drive Debian's chromium (installed by .ci/run) through playwright-core.
// CHROMIUM_PATH names another build of it: GitHub's Ubuntu runners have /usr/bin/google-chrome.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const haveChromium = existsSync(CHROMIUM)

// Without the background-networking flags chromium tries to reach Google's hosts at every start.
const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS })

export const missingChromium = `${CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH; CI is set, so the browser tests cannot be skipped`
