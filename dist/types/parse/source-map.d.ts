/** "line:column" (1-based) of an offset in a short text, for error messages about config and metrics files. */
export declare function lineColumnOf(text: string, offset: number): string;
/** Turns offsets in a file into 1-based line and column, as editors and GitHub count them. */
export declare class LineIndex {
    readonly source: string;
    private readonly starts;
    constructor(source: string);
    place(offset: number): {
        line: number;
        column: number;
    };
}
