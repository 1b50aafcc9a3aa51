import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'
import type { Root } from 'mdast'

// Autolink literals are left out: a bare "www.x.io" is not a claim either way, and they cost parse time.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm, { singleTilde: false })
  .use(remarkFrontmatter, ['yaml', 'toml'])

export function parseMarkdown(source: string): Root {
  return processor.runSync(processor.parse(source)) as Root
}
