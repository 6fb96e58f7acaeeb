/** The yaml package, loaded on first use (see README.md in this folder). */
import { createRequire } from 'node:module';

let loaded: typeof import('yaml') | undefined;
export function yaml(): typeof import('yaml') {
  return (loaded ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));
}
