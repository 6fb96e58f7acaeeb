/** The yaml package, loaded on first use (see README.md in this folder). */
import { onUse } from './on-use.js';

export const yaml = onUse<typeof import('yaml')>('yaml');
