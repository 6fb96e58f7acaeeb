/** fuse.js, loaded on first use (see README.md in this folder). Its CommonJS build exports the class itself. */
import { createRequire } from 'node:module';

type Fuse = (typeof import('fuse.js'))['default'];
let loaded: Fuse | undefined;
export function fuse(): Fuse {
  return (loaded ??= createRequire(import.meta.url)('fuse.js') as Fuse);
}
