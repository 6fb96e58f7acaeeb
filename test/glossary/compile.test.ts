import { describe, expect, it } from 'vitest';
import { getBuiltinData, getBuiltinGlossary } from '../../src/glossary/builtin.js';
import { BREAK, compileGlossary, keysOfTerm, PLACE_SLOT } from '../../src/glossary/compile.js';

describe('compileGlossary', () => {
  it('the keys precomputed at build time are the keys the tokeniser gives now', () => {
    const fresh = compileGlossary(getBuiltinData());
    const built = getBuiltinGlossary();
    expect(built.forms.map((f) => [f.text, f.keys, f.folds])).toEqual(fresh.forms.map((f) => [f.text, f.keys, f.folds]));
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
