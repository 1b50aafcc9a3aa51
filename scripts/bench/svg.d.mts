export interface Spread {
  median: number
  min: number
  max: number
}
export interface CurveRow {
  name?: string
  files: number
  recount: Spread
  peer: Spread
  floor: Spread
}
export declare function benchSvg(rows: CurveRow[], extra?: CurveRow[], caption?: string): string
