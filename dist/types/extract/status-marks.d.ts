export type Status = 'pass' | 'fail';
export declare function statusOf(text: string): Status | null;
