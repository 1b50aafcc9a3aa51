/** JSON.parse with the place of a syntax error as line:column, which V8 gives only as an offset. */
export declare function parseJson(file: string, text: string): unknown;
/** Reads `path` ("total.lines.pct") from parsed JSON. */
export declare function at(value: unknown, path: string): unknown;
