/** The saxes package, loaded on first use (see README.md in this folder). */
import { createRequire } from 'node:module';

let loaded: typeof import('saxes') | undefined;
export function saxes(): typeof import('saxes') {
  return (loaded ??= createRequire(import.meta.url)('saxes') as typeof import('saxes'));
}
