/**
 * tinyglobby, imported on first use. A check of files named outright never expands a glob nor
 * walks a folder, and importing it (with the picomatch and fdir it bundles) was ~15 ms of such a
 * cold start.
 */
type Tinyglobby = typeof import('tinyglobby');

let loaded: Promise<Tinyglobby> | undefined;

export function tinyglobby(): Promise<Tinyglobby> {
  return (loaded ??= import('tinyglobby'));
}
