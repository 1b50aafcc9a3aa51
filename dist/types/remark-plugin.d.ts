import { type LinterOptions } from './integrations/check-for-linter.js';
export type RemarkRecountOptions = LinterOptions;
interface Point {
    line: number;
    column: number;
}
/** The part of a vfile message the plugin sets. */
export interface RecountVFileMessage {
    fatal?: boolean | null | undefined;
    url?: string | null | undefined;
    actual?: string | null | undefined;
    expected?: string[] | null | undefined;
}
/** The part of a vfile (vfile 6) the plugin uses. */
export interface RecountVFile {
    path?: string | undefined;
    toString(): string;
    message(reason: string, options: {
        place: {
            start: Point;
            end: Point;
        };
        ruleId: string;
        source: string;
    }): RecountVFileMessage;
}
/**
 * Reports each recount finding on the file as a message: place (line and column, start and end),
 * ruleId (the rule), source 'recount', url (the rule's page), actual/expected (the stated text and
 * its correction). An error is fatal (remark-cli exits 1), a warning is not, a notice is
 * informational (fatal unset).
 */
export default function remarkRecount(options?: RemarkRecountOptions): (tree: unknown, file: RecountVFile) => void;
export {};
