/** fuse.js, loaded on first use (see README.md in this folder). Its CommonJS build exports the class itself. */
import { onUse } from './on-use.js';

export const fuse = onUse<(typeof import('fuse.js'))['default']>('fuse.js');
