// One place that loads zod for every schema: the small "mini" build, with English messages.
import * as z from './zod-parts.js'
import en from 'zod/v4/locales/en.js'

z.config(en())

export { z }
