/**
 * The built-in glossary's English near-miss index as the build made it, saved with V8's
 * serializer (scripts/snapshot-glossary.ts writes dist/generated/builtin.v8). Building it from
 * the glossary's ~2,700 forms was the largest single step of a cold start; reading it back costs
 * about half. The rest is not saved, because V8 reads it back no faster than it is made: the
 * glossary itself (compiled from builtin.json) and the phrase tries. The file is read only when a
 * check first needs the index (a lookup never does). Where it is missing, unreadable (a Node
 * whose V8 cannot read what a newer one wrote) or not of the same glossary, the index is built as
 * before: the file only saves time.
 */
import { readFileSync } from 'node:fs';
import type { Entry, FuzzyIndexData } from '../match/fuzzy.js';
import type { CompiledGlossary, Form } from './compile.js';

/** Changed whenever what the file holds changes shape, so that an older file is not used. */
export const PREBUILT_FORMAT = 1;

/**
 * @internal What the file holds: the index with each form as its position in `glossary.forms`,
 * and what identifies that glossary.
 */
export interface SavedIndex {
  format: number;
  fingerprint: string;
  fuzzy: Omit<FuzzyIndexData, 'glossary' | keyof FormRefs<Form>> & FormRefs<number>;
}

/** @internal Where a near-miss index refers to forms: as objects in memory, as positions in the file. */
export interface FormRefs<F> {
  entries: ReadonlyArray<Omit<Entry, 'form'> & { form: F }>;
  containing: ReadonlyMap<string, readonly F[]>;
  exactForms: readonly F[];
}

/** @internal The same references, each mapped by `f` (a form to its position, or back). */
export function mapFormRefs<A, B>(refs: FormRefs<A>, f: (form: A) => B): FormRefs<B> {
  return {
    entries: refs.entries.map((e) => ({ ...e, form: f(e.form) })),
    containing: new Map([...refs.containing].map(([k, list]) => [k, list.map(f)])),
    exactForms: refs.exactForms.map(f),
  };
}

/** Per glossary: where its saved index is, then (once read) the index, or null if unusable. */
const saved = new WeakMap<CompiledGlossary, URL | FuzzyIndexData | null>();

/** Let createFuzzyIndex() take `glossary`'s English index from `file`. */
export function usePrebuilt(glossary: CompiledGlossary, file: URL): void {
  saved.set(glossary, file);
}

/** @internal The saved English near-miss index of a glossary given to usePrebuilt(). */
export function prebuiltFuzzy(glossary: CompiledGlossary): FuzzyIndexData | undefined {
  let entry = saved.get(glossary);
  if (entry instanceof URL) {
    let bytes: Buffer | undefined;
    try {
      bytes = readFileSync(entry);
    } catch {
      bytes = undefined;
    }
    entry = (bytes && restoreIndex(glossary, bytes)) ?? null;
    saved.set(glossary, entry);
  }
  return entry ?? undefined;
}

/**
 * The forms in order, with their concepts: a saved index fits a glossary only if this is the
 * same. (Cheap next to what the file saves: one string of ~140,000 characters.)
 */
export function fingerprint(glossary: CompiledGlossary): string {
  const parts: string[] = [];
  for (const form of glossary.forms) parts.push(`${form.concept.id}\u0001${form.lang}\u0001${form.text}`);
  return parts.join('\u0002');
}

/** @internal `glossary`'s index from saved bytes; undefined when they are broken or of another glossary. */
export function restoreIndex(glossary: CompiledGlossary, bytes: Uint8Array): FuzzyIndexData | undefined {
  let value: Partial<SavedIndex> | null;
  try {
    // Loaded here, not imported: node:v8 took ~3 ms to load, which a lookup would pay for nothing.
    value = process.getBuiltinModule('node:v8').deserialize(bytes) as Partial<SavedIndex> | null;
  } catch {
    return undefined;
  }
  if (value?.format !== PREBUILT_FORMAT || !value.fuzzy || value.fingerprint !== fingerprint(glossary)) return undefined;
  const { forms } = glossary;
  return { ...value.fuzzy, glossary, ...mapFormRefs(value.fuzzy, (i) => forms[i]!) };
}
