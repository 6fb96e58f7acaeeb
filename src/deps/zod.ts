/** The zod package, loaded on first use (see README.md in this folder). */
import { createRequire } from 'node:module';

let loaded: typeof import('zod') | undefined;
export function zod(): typeof import('zod') {
  return (loaded ??= createRequire(import.meta.url)('zod') as typeof import('zod'));
}
