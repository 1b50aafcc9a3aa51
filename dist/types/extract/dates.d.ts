export interface CalendarDate {
    start: number;
    end: number;
    /** null when the text gives no year ("3 March"). */
    year: number | null;
    /** 1–12. */
    month: number;
    day: number;
}
export interface DateRange {
    start: number;
    end: number;
    from: CalendarDate;
    to: CalendarDate;
}
export interface LineDates {
    dates: CalendarDate[];
    ranges: DateRange[];
}
export declare const MONTH_NAME = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
export declare const MONTHS: string[];
/** Every pattern built here, for the ReDoS check in the test suite. */
export declare const DATE_PATTERNS: RegExp[];
export declare function daysInMonth(year: number, month: number): number;
/** Days since 1970-01-01 of a date whose year is known. */
export declare function dayNumber(year: number, month: number, day: number): number;
export declare function findDates(text: string): LineDates;
/** Days from one date to another; when the text gives no year, every year it could be (a leap year or not). */
export declare function daysBetween(from: CalendarDate, to: CalendarDate): number[];
/** Monday to Friday in the days after `from` up to `to` (exclusive), or from `from` through `to` (inclusive). */
export declare function weekdaysBetween(from: CalendarDate, to: CalendarDate): {
    exclusive: number;
    inclusive: number;
} | null;
/** The date as a reader would check it: "2026-08-02", or "2 Aug" without a year. */
export declare function formatDate(date: CalendarDate): string;
