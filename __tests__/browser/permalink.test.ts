import { decodeFragment, encodeFragment, fromBase64Url, toBase64Url } from '../../src/playground/permalink.js'

// The permalink codec runs in the browser; Node has the same web APIs (CompressionStream, atob, Blob).

test('a report with non-ASCII text survives the deflated fragment', async () => {
  const text = '# Sprint 9 — état\n\n## Done (2)\n\n- naïve caching\n- 🚀 launch\n\nTests: 7 of 7 (100%)\n'
  const fragment = await encodeFragment(text)
  expect(fragment.startsWith('#md=')).toBe(true)
  expect(fragment.slice('#md='.length)).not.toMatch(/[+/=\s]/u)
  expect(await decodeFragment(fragment)).toBe(text)
})

test('a long, repetitive report makes a shorter link than its text', async () => {
  const text = Array.from({ length: 400 }, (_, i) => `- item ${i}: 3 of 4 checks pass (75%)`).join('\n')
  const fragment = await encodeFragment(text)
  expect(fragment.length).toBeLessThan(text.length / 4)
  expect(await decodeFragment(fragment)).toBe(text)
})

test('the plain UTF-8 form opens too', async () => {
  const text = 'Budget: 120 of 200 hours (60%) — ok'
  expect(await decodeFragment(`#md-utf8=${Buffer.from(text, 'utf8').toString('base64url')}`)).toBe(text)
})

test('base64url round-trips every byte value', () => {
  const bytes = Uint8Array.from({ length: 256 * 3 }, (_, i) => (i * 7) % 256)
  const encoded = toBase64Url(bytes)
  expect(encoded).toBe(Buffer.from(bytes).toString('base64url'))
  expect(Array.from(fromBase64Url(encoded))).toEqual(Array.from(bytes))
})

test('a fragment that is not a report is left alone; a damaged one is a clear error', async () => {
  expect(await decodeFragment('')).toBeNull()
  expect(await decodeFragment('#L12')).toBeNull()
  await expect(decodeFragment('#md=bm90IGRlZmxhdGVk')).rejects.toThrow("The link's text could not be restored")
  await expect(decodeFragment('#md-utf8=_w')).rejects.toThrow("The link's text could not be restored")
})
