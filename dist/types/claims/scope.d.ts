import type { HeadingInfo, ReportDocument, TextLine } from '../parse/document.js';
/** Words in a heading or a parent item that make everything under it another time, a target, or a plan. */
export declare const NOT_NOW_SCOPE: RegExp;
export declare function isSummaryHeading(heading: HeadingInfo): boolean;
/** Whether any heading above the line names a summary of the report. */
export declare function inSummary(headings: HeadingInfo[]): boolean;
/** Whether a parent line names the one thing the lines under it describe (not a group such as "Final metrics:"). */
export declare function namesASubject(parent: string): boolean;
/**
 * What a line sits under, beyond its headings, outermost first: the lines of a fenced block it is
 * indented under, the lead-in of its list (or the record its list details), the items above it, and the first line of its own item,
 * or of its paragraph when that names an entity ("File: …").
 */
export declare function listParents(line: TextLine): string[];
/** Whether the headings or list items above a line place it away from what is true now. */
export declare function scopedAway(line: TextLine): boolean;
/**
 * Where a section stands in a series of numbered sibling sections (phases, days, runs, tracks):
 * null when it is not a member of one; else whether it is the last member, the latest entry.
 */
export declare function seriesMember(section: HeadingInfo | null, headings: HeadingInfo[]): {
    last: boolean;
} | null;
/** The headings above a source offset, outermost first, as written (for `--format claims`). */
export declare function sectionPath(doc: ReportDocument, offset: number): string[];
