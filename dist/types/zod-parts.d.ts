export { array, boolean, config, enum, int, literal, maximum, maxLength, minimum, minLength, number, object, optional, pipe, positive, record, strictObject, string, transform, trim, union } from 'zod/mini';
export type { core, infer } from 'zod/mini';
