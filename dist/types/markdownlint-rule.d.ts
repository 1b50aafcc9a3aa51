import { type LinterOptions } from './integrations/check-for-linter.js';
/** The part of markdownlint's RuleParams the rule reads. */
export interface RecountRuleParams {
    name: string;
    lines: readonly string[];
    frontMatterLines: readonly string[];
    config: unknown;
}
/** What the rule passes to markdownlint's onError. */
export interface RecountRuleError {
    lineNumber: number;
    detail: string;
    context?: string;
    frontMatter?: boolean;
    range?: [number, number];
    information?: URL;
    fixInfo?: {
        editColumn: number;
        deleteCount: number;
        insertText: string;
    };
}
export interface RecountMarkdownlintRule {
    names: string[];
    description: string;
    information: URL;
    tags: string[];
    parser: 'none';
    asynchronous: false;
    function: (params: RecountRuleParams, onError: (error: RecountRuleError) => void) => void;
}
export type MarkdownlintRecountOptions = LinterOptions;
declare const rule: RecountMarkdownlintRule;
export default rule;
