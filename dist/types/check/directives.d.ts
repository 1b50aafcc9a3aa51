export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable' | 'disable-file';
export interface Directive {
    kind: DirectiveKind;
    /** Rules named; empty means every rule. */
    rules: string[];
    line: number;
    endLine: number;
    used: boolean;
}
export interface DirectiveProblem {
    line: number;
    message: string;
}
export declare function parseDirectives(comments: Array<{
    text: string;
    line: number;
    endLine: number;
}>, knownRules: string[]): {
    directives: Directive[];
    problems: DirectiveProblem[];
};
/** Whether a finding of `rule` on `line` is suppressed; marks the directive that suppresses it as used. */
export declare function suppresses(directives: Directive[], rule: string, line: number): boolean;
