import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runAction, workspace } from './run-action.js'

// The bundled action (dist/index.js, built by `npm test`'s pretest) with its html-file input.
const REPORT = ['# Week 3 status', '', '- **Tests passing**: 24 of 45 (60%)', '- Released on port 8080', ''].join('\n')

describe('the action writes the claim map when html-file is set', () => {
  test('every checked file, its claims highlighted, and the path as an output', async () => {
    const dir = workspace({ 'reports/week3.md': REPORT })
    const result = await runAction(dir, null, { 'html-file': 'claim-map.html', 'fail-on': 'never' }, { eventName: 'push' })
    expect(result.code).toBe(0)
    expect(result.outputs['html-file']).toBe('claim-map.html')
    const page = readFileSync(join(dir, 'claim-map.html'), 'utf8')
    expect(page).toContain('<a class="file-link" href="#f0">reports/week3.md</a>')
    expect(page).toMatch(/<mark class="claim v-contradicted"[^>]*><span class="ic" aria-hidden="true">✗<\/span>60%<\/mark>/)
    expect(page).toContain('24 / 45 = 53.3%')
  })

  test('without html-file no page is written', async () => {
    const dir = workspace({ 'reports/week3.md': REPORT })
    const result = await runAction(dir, null, { 'fail-on': 'never' }, { eventName: 'push' })
    expect(result.code).toBe(0)
    expect(existsSync(join(dir, 'claim-map.html'))).toBe(false)
  })
})
