export interface Repair {
    /** Index in the input where the garbled run starts. */
    start: number;
    /** Length of the garbled run in the input. */
    length: number;
    /** The text it stands for. */
    text: string;
}
/** Finds runs of doubly-encoded UTF-8 in `text`; each is a character the author meant. */
export declare function findMojibake(text: string): Repair[];
