/**
 * Every concept's `examples` are checked like prh's specs: an `ok` sentence uses an accepted form
 * of the concept and no deprecated one; a `flag` sentence uses a deprecated form.
 */
import { describe, expect, it } from 'vitest';
import { getBuiltinGlossary } from '../../src/glossary/builtin.js';
import { createMatcher } from '../../src/match/matcher.js';
import { tokenize } from '../../src/normalize/index.js';

const glossary = getBuiltinGlossary();
const matcher = createMatcher(glossary);

function kindsFor(sentence: string, conceptId: string): Set<string> {
  const kinds = new Set<string>();
  for (const occ of matcher.match(tokenize(sentence), sentence))
    for (const form of occ.forms) if (form.concept.id === conceptId) kinds.add(form.kind);
  return kinds;
}

const withExamples = glossary.concepts.filter((c) => c.examples?.ok?.length || c.examples?.flag?.length);

describe('glossary examples', () => {
  it('there are examples to check', () => {
    expect(withExamples.length).toBeGreaterThan(50);
  });

  for (const concept of withExamples) {
    it(`${concept.id}`, () => {
      for (const ok of concept.examples?.ok ?? []) {
        const kinds = kindsFor(ok, concept.id);
        expect([...kinds].filter((k) => k !== 'deprecated'), `ok: ${ok}`).not.toEqual([]);
        expect(kinds.has('deprecated'), `ok: ${ok}`).toBe(false);
      }
      for (const flag of concept.examples?.flag ?? []) {
        expect(kindsFor(flag, concept.id).has('deprecated'), `flag: ${flag}`).toBe(true);
      }
    });
  }
});
