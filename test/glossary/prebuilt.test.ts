import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serialize } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { getBuiltinData } from '../../src/glossary/builtin.js';
import { compileGlossary } from '../../src/glossary/compile.js';
import { PREBUILT_FORMAT, prebuiltFuzzy, restoreIndex, usePrebuilt } from '../../src/glossary/prebuilt.js';
import { saveIndex } from '../../src/glossary/snapshot.js';
import { createFuzzyIndex, fuzzyIndexData } from '../../src/match/fuzzy.js';

const article = readFileSync(new URL('../../examples/quang-tri-mass-mobilization.md', import.meta.url), 'utf8');
// Near-misses (a misspelt word, a wrong preposition) and plain terms.
const slips = [
  'The Vietnam Fatherlan Front and the Central Committee of Mass Mobilization met on Monday.',
  "Delegates of the Provincial People's Council and the Ho Chi Minh Communist Youth Union attended.",
  'The Standing Committee of the National Assembly said the Ministry of Public Security would report.',
].join('\n\n');

const fresh = () => compileGlossary(getBuiltinData());
const dir = mkdtempSync(join(tmpdir(), 'thuatngu-prebuilt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A glossary compiled here that takes its near-miss index from saved bytes. */
function withSaved(bytes: Uint8Array) {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.v8`);
  writeFileSync(file, bytes);
  const glossary = fresh();
  usePrebuilt(glossary, pathToFileURL(file));
  return glossary;
}

describe('the built-in glossary’s saved near-miss index (glossary/prebuilt.ts)', () => {
  it('reads back as the index this process builds, with the glossary’s own forms', () => {
    const built = fresh();
    const glossary = withSaved(saveIndex(built));
    const index = createFuzzyIndex(glossary, { lang: 'en' });
    expect(index.entries).toBe(prebuiltFuzzy(glossary)!.entries); // read, not built again
    expect(glossary.forms).toContain(index.entries[0]!.form);
    for (const list of index.containing.values()) for (const form of list) expect(glossary.forms).toContain(form);
    for (const form of index.exactForms) expect(glossary.forms).toContain(form);
    const { glossary: _a, ...expected } = fuzzyIndexData(createFuzzyIndex(built, { lang: 'en' }));
    const { glossary: _b, ...actual } = fuzzyIndexData(index);
    // Forms of two compilations are equal objects, not the same ones: compare them by position.
    const at = (forms: readonly unknown[]) => (form: unknown) => forms.indexOf(form);
    expect(actual.entries.map((e) => ({ ...e, form: at(glossary.forms)(e.form) }))).toEqual(
      expected.entries.map((e) => ({ ...e, form: at(built.forms)(e.form) })),
    );
    const { entries: _c, ...restActual } = actual;
    const { entries: _d, ...restExpected } = expected;
    expect(restActual).toEqual(restExpected);
  });

  it('checks a text exactly as a glossary whose index is built here does', () => {
    const glossary = withSaved(saveIndex(fresh()));
    for (const text of [article, slips]) {
      expect(check(text, { glossary }).messages).toEqual(check(text, { glossary: fresh() }).messages);
    }
    expect(prebuiltFuzzy(glossary)).toBeDefined();
    expect(check(slips, { glossary }).messages.map((m) => m.ruleId)).toContain('near-miss');
  });

  it('gives each process its own near-miss state, with empty caches', () => {
    const bytes = saveIndex(fresh());
    const one = createFuzzyIndex(withSaved(bytes), { lang: 'en' });
    const two = createFuzzyIndex(withSaved(bytes), { lang: 'en' });
    expect(one.owner).not.toBe(two.owner);
    expect(one.scratch.stamp).not.toBe(two.scratch.stamp);
    expect(one.words.size).toBe(0);
    expect(one.nearCache.size).toBe(0);
  });

  it('is not used when the file is missing or broken, of another format or of another glossary: the index is built', () => {
    const bytes = saveIndex(fresh());
    const other = fresh();
    const data = getBuiltinData();
    const smaller = compileGlossary({ ...data, concepts: data.concepts.slice(1) });
    expect(restoreIndex(other, bytes)).toBeDefined();
    expect(restoreIndex(smaller, bytes)).toBeUndefined();
    expect(restoreIndex(other, bytes.subarray(0, bytes.length >> 1))).toBeUndefined();
    expect(restoreIndex(other, new Uint8Array([1, 2, 3]))).toBeUndefined();
    expect(restoreIndex(other, serialize({ format: PREBUILT_FORMAT + 1 }))).toBeUndefined();
    expect(restoreIndex(other, serialize(null))).toBeUndefined();

    const missing = fresh();
    usePrebuilt(missing, pathToFileURL(join(dir, 'no-such-file.v8')));
    expect(prebuiltFuzzy(missing)).toBeUndefined();
    expect(check(slips, { glossary: missing }).messages).toEqual(check(slips, { glossary: fresh() }).messages);
    const broken = withSaved(new Uint8Array([0xff, 0x0f, 1]));
    expect(prebuiltFuzzy(broken)).toBeUndefined();
    expect(createFuzzyIndex(broken, { lang: 'en' }).entries.length).toBeGreaterThan(0);
  });
});
