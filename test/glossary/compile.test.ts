import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getBuiltinData, getBuiltinGlossary } from '../../src/glossary/builtin.js';
import { BREAK, compileGlossary, keysOfTerm, PLACE_SLOT } from '../../src/glossary/compile.js';
import { createGlossary } from '../../src/glossary/create.js';
import { tokenize } from '../../src/normalize/index.js';
import { viWord } from '../normalize/arbitraries.js';

/** keysOfTerm() spelt out with tokens: what it must give, without making them. */
function keysFromTokens(text: string): { keys: string[]; folds: string[] } {
  const keys: string[] = [];
  const folds: string[] = [];
  text.split('{place}').forEach((part, i) => {
    if (i > 0) keys.push(PLACE_SLOT), folds.push(PLACE_SLOT);
    tokenize(part).forEach((t, j) => {
      if (j > 0 && !t.joined) keys.push(BREAK), folds.push(BREAK);
      keys.push(t.key);
      folds.push(t.fold);
    });
  });
  return { keys, folds };
}

describe('compileGlossary', () => {
  it('the keys precomputed at build time are the keys the tokeniser gives now', () => {
    const fresh = compileGlossary(getBuiltinData());
    const built = getBuiltinGlossary();
    expect(built.forms.map((f) => [f.text, f.keys, f.folds])).toEqual(fresh.forms.map((f) => [f.text, f.keys, f.folds]));
  });

  it('a glossary merged from user files reuses the built-in keys and gets the keys it would tokenise', () => {
    const user = [
      '- id: ban-dan-van-tinh-uy',
      '  deprecated: [{term: Provincial Mass Mobilisation Board, reason: a house rule}]',
      '- id: test-house-term',
      '  domain: general',
      '  vi: Thử nghiệm',
      '  en: Trial Run of {place}',
      '  deprecated: [{term: Test Run, reason: house style}]',
      '',
    ].join('\n');
    const merged = createGlossary({ files: [{ path: 'u.yaml', text: user }] });
    const fresh = compileGlossary({ concepts: [...merged.concepts], places: [...merged.places] });
    expect(merged.forms.map((f) => [f.text, f.keys, f.folds])).toEqual(fresh.forms.map((f) => [f.text, f.keys, f.folds]));
    expect(merged.forms.find((f) => f.text === 'Test Run')?.keys).toEqual(['test', 'run']);
  });

  it('marks a {place} slot and a comma inside a term', () => {
    expect(keysOfTerm("{place} Provincial People's Council").keys).toEqual([PLACE_SLOT, 'provincial', 'people', 'council']);
    expect(keysOfTerm('Information, Education and Mass Mobilisation').keys).toEqual([
      'information',
      BREAK,
      'education',
      'and',
      'mass',
      'mobilization',
    ]);
    expect(keysOfTerm('Ban Dân vận Tỉnh uỷ').folds).toEqual(['ban', 'dan', 'van', 'tinh', 'uy']);
  });

  it('gives the keys and folds of the tokens of the term, the folds sharing the keys when equal', () => {
    const piece = fc.oneof(viWord(), fc.constantFrom(' ', ', ', '-', ' – ', '{place}', "'s", '2025', 'Council', '\u00AD'), fc.string());
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join(' ');
        const got = keysOfTerm(text);
        const want = keysFromTokens(text);
        expect(got).toEqual(want);
        if (want.folds.every((f, i) => f === want.keys[i])) expect(got.folds).toBe(got.keys);
      }),
      { numRuns: 500 },
    );
  });

  it('every concept of the built-in glossary has forms in both languages and at least one source', () => {
    const g = getBuiltinGlossary();
    for (const c of g.concepts) {
      const forms = g.formsByConcept.get(c.id) ?? [];
      expect(forms.some((f) => f.lang === 'en' && f.kind === 'preferred'), c.id).toBe(true);
      expect(forms.some((f) => f.lang === 'vi' && f.kind === 'preferred'), c.id).toBe(true);
      expect(c.sources.length, c.id).toBeGreaterThan(0);
    }
    expect(g.concepts.length).toBeGreaterThanOrEqual(550);
  });
});
