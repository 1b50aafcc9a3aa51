import type { MetricsFormat } from './model.js';
/** Tells a metrics file's format from its first bytes; null when it is none that recount reads. */
export declare function detectFormat(head: string): MetricsFormat | null;
