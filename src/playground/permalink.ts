// A permalink carries the whole report in the URL fragment, which browsers never send to a server:
// `#md=` + base64url of the text compressed with deflate-raw, or `#md-utf8=` + base64url of the
// plain UTF-8 bytes where the browser has no CompressionStream.

const DEFLATED = 'md='
const PLAIN = 'md-utf8='

export function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  let encoded = btoa(binary).split('+').join('-').split('/').join('_')
  while (encoded.endsWith('=')) encoded = encoded.slice(0, -1)
  return encoded
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const standard = text.split('-').join('+').split('_').join('/')
  const binary = atob(standard + '='.repeat((4 - (standard.length % 4)) % 4))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

async function throughStream(bytes: Uint8Array<ArrayBuffer>, stream: GenericTransformStream): Promise<Uint8Array> {
  const output = new Blob([bytes]).stream().pipeThrough(stream)
  return new Uint8Array(await new Response(output).arrayBuffer())
}

/** The fragment (with its leading #) that restores `text`. */
export async function encodeFragment(text: string): Promise<string> {
  const utf8 = new TextEncoder().encode(text)
  if (typeof CompressionStream === 'undefined') return `#${PLAIN}${toBase64Url(utf8)}`
  return `#${DEFLATED}${toBase64Url(await throughStream(utf8, new CompressionStream('deflate-raw')))}`
}

/**
 * The text a fragment carries; null when the fragment holds no report (an empty or foreign fragment).
 * Throws an Error with a readable message when the fragment is damaged.
 */
export async function decodeFragment(fragment: string): Promise<string | null> {
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment
  const decoder = new TextDecoder('utf-8', { fatal: true })
  try {
    if (body.startsWith(PLAIN)) return decoder.decode(fromBase64Url(body.slice(PLAIN.length)))
    if (!body.startsWith(DEFLATED)) return null
    if (typeof DecompressionStream === 'undefined') throw new Error('this browser cannot decompress the link (no DecompressionStream)')
    return decoder.decode(await throughStream(fromBase64Url(body.slice(DEFLATED.length)), new DecompressionStream('deflate-raw')))
  } catch (error) {
    throw new Error(`The link's text could not be restored: ${error instanceof Error ? error.message : String(error)}`)
  }
}
