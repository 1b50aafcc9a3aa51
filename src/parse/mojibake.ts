// Reports pasted through a Windows-1252 editor arrive with UTF-8 decoded twice: "â†’" for "→",
// "âœ…" for "✅", "â‰¥" for "≥". Re-decoding those runs lets arrows, marks and comparators be recognised.

const CP1252_HIGH: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89,
  'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
  '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f
}

function byteOf(char: string): number | undefined {
  const code = char.charCodeAt(0)
  if (code >= 0x80 && code <= 0xff) return code
  return CP1252_HIGH[char]
}

function continuationCount(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1
  if (lead >= 0xe0 && lead <= 0xef) return 2
  if (lead >= 0xf0 && lead <= 0xf4) return 3
  return 0
}

export interface Repair {
  /** Index in the input where the garbled run starts. */
  start: number
  /** Length of the garbled run in the input. */
  length: number
  /** The text it stands for. */
  text: string
}

const DECODER = new TextDecoder('utf-8', { fatal: true })

/** Finds runs of doubly-encoded UTF-8 in `text`; each is a character the author meant. */
export function findMojibake(text: string): Repair[] {
  const repairs: Repair[] = []
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0xc2 || code > 0xf4) continue
    const need = continuationCount(code)
    if (need === 0 || i + need >= text.length) continue
    const bytes = [code]
    let ok = true
    for (let k = 1; k <= need; k++) {
      const ch = text[i + k]
      const b = ch === undefined ? undefined : byteOf(ch)
      if (b === undefined || b < 0x80 || b > 0xbf) { ok = false; break }
      bytes.push(b)
    }
    if (!ok) continue
    try {
      const decoded = DECODER.decode(new Uint8Array(bytes))
      repairs.push({ start: i, length: need + 1, text: decoded })
      i += need
    } catch {
      // Not a valid sequence: real Latin-1 text such as "Café".
    }
  }
  return repairs
}
