export type RuleSeverityOrOff = 'off' | 'notice' | 'warning' | 'error';
export type RuleSetting = RuleSeverityOrOff | {
    severity?: RuleSeverityOrOff;
    /** Labels this rule never reads (conflicting-values, metric-mismatch). */
    ignore?: string[];
};
export interface ConfigFile {
    rules?: {
        [ruleId: string]: RuleSetting | undefined;
    };
    rounding?: 'half-up' | 'half-even' | 'truncate' | 'any';
    tolerance?: number;
    approximate?: number;
    include?: string[];
    exclude?: string[];
    codeBlocks?: 'auto' | 'always' | 'never';
    aliases?: Record<string, string[]>;
    changeBase?: Record<string, 'higher' | 'lower'>;
}
