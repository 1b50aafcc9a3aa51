// The JSON Schema of .recount.yml, generated from the zod schema that validates it, so editors
// (yaml-language-server, VS Code) complete and check the file. The build writes it to
// schema/recount.schema.json.
import { toJSONSchema } from 'zod/mini'
import { configSchema } from './schema.js'

export const SCHEMA_ID = 'https://github.com/recount-dev/recount/raw/main/schema/recount.schema.json'

export function configJsonSchema(): Record<string, unknown> {
  const generated = toJSONSchema(configSchema(), { target: 'draft-2020-12' }) as Record<string, unknown>
  const { $schema, ...rest } = generated
  return { $schema, $id: SCHEMA_ID, title: 'recount configuration (.recount.yml)', ...rest }
}
