export declare function looksLikeStatusText(lang: string | null, value: string): boolean;
