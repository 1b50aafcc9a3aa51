/**
 * A run of characters of a unit's text and where they came from. A linear run maps character i to
 * source offset `sourceStart + (i - textStart)`; any other run (a repaired mojibake character, a
 * synthetic line break) maps every character to the whole source range [sourceStart, sourceEnd).
 */
interface Segment {
    textStart: number;
    length: number;
    sourceStart: number;
    sourceEnd: number;
    linear: boolean;
}
/**
 * A stretch of readable text (a heading, one line of a paragraph, a table cell, a line in a
 * fenced block) and, for every character, the source offsets it came from. Rules read `text`;
 * findings are placed through `sourceSpan`, so positions stay exact after emphasis, escapes
 * and mojibake repair have been taken out. Slices share their parent's segments.
 */
export declare class TextUnit {
    readonly text: string;
    private readonly segments;
    /** Offset of this unit's text within the segments' text (for slices). */
    private readonly base;
    constructor(text: string, segments: Segment[], 
    /** Offset of this unit's text within the segments' text (for slices). */
    base?: number);
    private segmentAt;
    private startOf;
    private endOf;
    sourceSpan(start: number, end: number): {
        start: number;
        end: number;
    };
    /** Splits at line breaks, trimming each line; empty lines are dropped. */
    lines(): TextUnit[];
    slice(start: number, end: number): TextUnit;
    trimmed(): TextUnit;
}
/** Collects text pieces and where they stand in the source, then builds a TextUnit. */
export declare class TextUnitBuilder {
    private readonly source;
    private parts;
    private length;
    private segments;
    constructor(source: string);
    /**
     * Appends `value`, which the parser took from source[from, to). The value can differ from the
     * source (escapes, entities, stripped indentation), so characters are aligned greedily.
     */
    addAligned(value: string, from: number, to: number): void;
    /** Appends text that stands for a whole source range (a line break, a space for removed markup). */
    addSynthetic(value: string, from: number, to: number): void;
    private push;
    /** The unit; unless `repair` is false, doubly-encoded UTF-8 in it is read as what it stands for. */
    build(repair?: boolean): TextUnit;
}
export {};
