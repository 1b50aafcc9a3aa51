import type { FileResult } from '../../model.js'

/** One checked report as the claim map shows it: its name, the text that was checked and the result (with `claimList`). */
export interface ClaimMapFile {
  path: string
  text: string
  result: FileResult
}

/** Ids of the parts of file `index`'s view, so that links between them and from the side list agree. */
export const ids = {
  file: (index: number) => `f${index}`,
  heading: (index: number) => `f${index}-h`,
  line: (index: number, line: number) => `f${index}-L${line}`,
  claim: (index: number, claim: number) => `f${index}-c${claim}`,
  tip: (index: number, claim: number) => `f${index}-t${claim}`,
  note: (index: number, finding: number) => `f${index}-n${finding}`,
  back: (index: number, finding: number, related: number) => `f${index}-b${finding}-${related}`
}
