/**
 * Build step helper: a compiled glossary's English near-miss index as bytes, for
 * glossary/prebuilt.ts to read back (scripts/snapshot-glossary.ts saves the built-in one's).
 */
import { serialize } from 'node:v8';
import { createFuzzyIndex, fuzzyIndexData } from '../match/fuzzy.js';
import type { CompiledGlossary, Form } from './compile.js';
import { fingerprint, mapFormRefs, PREBUILT_FORMAT, type SavedIndex } from './prebuilt.js';

export function saveIndex(glossary: CompiledGlossary): Buffer {
  const at = new Map<Form, number>(glossary.forms.map((f, i) => [f, i]));
  const { glossary: _glossary, ...fuzzy } = fuzzyIndexData(createFuzzyIndex(glossary, { lang: 'en' }));
  const value: SavedIndex = {
    format: PREBUILT_FORMAT,
    fingerprint: fingerprint(glossary),
    fuzzy: { ...fuzzy, ...mapFormRefs(fuzzy, (f) => at.get(f)!) },
  };
  return serialize(value);
}
