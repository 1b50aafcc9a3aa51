// The parts of zod/mini that recount's schemas use, named one by one: a namespace import of
// zod/mini would keep all of it in the bundle, with its 60-odd message locales (about 360 KB).
export { array, boolean, config, enum, int, literal, maximum, maxLength, minimum, minLength, number, object, optional, pipe, positive, record, strictObject, string, transform, trim, union } from 'zod/mini'
export type { core, infer } from 'zod/mini'
