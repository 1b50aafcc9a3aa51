import { type Document } from 'yaml';
/**
 * Flow collections (`[ ]`, `{ }`) nested deeper than this are refused before parsing: the YAML
 * parser recurses once per level and overflows its stack between 500 and 1,000 levels. A
 * configuration or metrics file needs fewer than ten.
 */
export declare const MAX_YAML_NESTING = 100;
/** Aliases expanded at most when a document becomes values (an alias bomb grows exponentially). */
export declare const MAX_YAML_ALIASES = 100;
/** A YAML or JSON text over one of the limits above; `offset` is where, when known. */
export declare class YamlLimitError extends Error {
    readonly offset: number | null;
    constructor(offset: number | null, message: string);
}
/**
 * Parses YAML (or JSON), refusing flow collections nested over MAX_YAML_NESTING first. Syntax
 * errors are left in `doc.errors`, as parseDocument leaves them.
 */
export declare function parseYaml(text: string): Document;
/** The document (or one node of it) as plain values, refusing more than MAX_YAML_ALIASES alias expansions. */
export declare function yamlValue(doc: Document, node?: unknown): unknown;
/**
 * The offset of the first `[` or `{` that opens a level deeper than `limit`, or null. A linear scan
 * that skips quoted strings and comments; a quote counts only where a scalar can start, so an
 * apostrophe inside a word does not hide what follows.
 */
export declare function flowNestingOver(text: string, limit: number): number | null;
