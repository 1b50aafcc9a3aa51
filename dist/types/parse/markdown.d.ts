import type { Root } from 'mdast';
export declare function parseMarkdown(source: string): Root;
