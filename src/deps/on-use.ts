/** A package loaded with require() the first time it is asked for (see README.md in this folder). */
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

export function onUse<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load(id) as T);
}
