/** The zod package, loaded on first use (see README.md in this folder). */
import { onUse } from './on-use.js';

export const zod = onUse<typeof import('zod')>('zod');
