/** The saxes package, loaded on first use (see README.md in this folder). */
import { onUse } from './on-use.js';

export const saxes = onUse<typeof import('saxes')>('saxes');
