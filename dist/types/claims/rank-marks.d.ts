export interface RankMark {
    rank: number;
    /** Written as a tie ("T-2", "=2", "2 (tied)"). */
    tied: boolean;
    /** A medal is a rank by itself; an ordinal or a number is one only where the text ranks. */
    form: 'medal' | 'ordinal' | 'number';
}
/** A cell or item that stands outside the ranking: "—", "N/A", "DNF", "unranked", or empty. */
export declare const UNRANKED = "unranked";
/** A rank cell: "1", "#1", "1.", "2nd", "Second place", "🥈", "🥇 1", "T-3", "=2", "3 (tied)"; null when it is no rank. */
export declare function readRankCell(text: string): RankMark | typeof UNRANKED | null;
/** The rank an item of a list opens with, and where its own text starts. */
export declare function readRankPrefix(text: string): {
    mark: RankMark;
    end: number;
    place: boolean;
} | null;
export declare function saysRanking(text: string): boolean;
/** The basis a ranking names ("by Monthly Cost" → "Monthly Cost"), and whether it is a judgement no column holds. */
export declare function basisOf(text: string): {
    basis: string;
    judgement: boolean;
} | null;
/**
 * Which way the text says a ranking runs: +1 higher values first, −1 lower first, 0 not said.
 * Magnitude words ("highest", "ascending") say it outright; "slowest", "worst" reverse the key's
 * polarity (the slowest endpoints rank the highest latency first); otherwise the key's polarity.
 * Words that disagree leave it unsaid.
 */
export declare function directionOf(cue: string, polarity: 1 | -1 | 0): 1 | -1 | 0;
/** Polarity of a ranking's key beyond the general words: points and ratings rank higher first, an average rank or a loss lower first. */
export declare function rankingPolarity(key: string): 1 | -1 | 0;
