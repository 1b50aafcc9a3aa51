import * as z from './zod-parts.js';
export { z };
