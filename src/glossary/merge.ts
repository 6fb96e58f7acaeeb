/**
 * Built-in glossary + user glossaries → one glossary: user entries add concepts, override a
 * built-in concept by id (only the fields they give), or disable built-in ids.
 */
import type { Concept, GlossaryData } from '../types.js';
import { keysOfTerm, sameTermKey, type Form, type KeysOf } from './compile.js';
import { checkConsistency } from './consistency.js';
import type { GlossaryIssue } from './issues.js';
import type { LoadedEntries, Origin } from './load.js';

/** `keysOf`: how the consistency check gets a term's keys (see checkConsistency()). */
export function mergeGlossary(base: GlossaryData, user: LoadedEntries, keysOf?: KeysOf): { data: GlossaryData; issues: GlossaryIssue[] } {
  const issues: GlossaryIssue[] = [...user.issues];
  const byId = new Map(base.concepts.map((c, i) => [c.id, i]));
  const concepts: Concept[] = [...base.concepts];
  const origins: Array<Origin | undefined> = concepts.map(() => undefined);

  user.patches.forEach((patch, i) => {
    const index = byId.get(patch.id);
    if (index === undefined) return;
    concepts[index] = applyPatch(concepts[index]!, patch, keysOf);
    origins[index] = user.patchOrigins[i];
  });
  user.concepts.forEach((c, i) => {
    concepts.push(c);
    origins.push(user.conceptOrigins[i]);
  });

  const disabled = new Set<string>();
  for (const d of user.disable) {
    if (!byId.has(d.id) && !user.concepts.some((c) => c.id === d.id)) {
      const p = d.origin.locate([]);
      issues.push({ file: d.origin.file, ...p, messageId: 'unknownDisable', data: { id: d.id } });
    }
    disabled.add(d.id);
  }
  const keep = concepts.map((c) => !disabled.has(c.id));
  const kept = concepts.filter((_, i) => keep[i]);
  // A successor that was disabled is simply dropped from the concepts that name it.
  const final = kept.map((c) => (c.successor && disabled.has(c.successor) ? { ...c, successor: undefined } : c));
  const finalOrigins = origins.filter((_, i) => keep[i]);
  issues.push(
    ...checkConsistency(final, finalOrigins as Origin[], [], [], keysOf).filter((issue) => issue.file !== '<glossary>'),
  );
  return { data: { concepts: final, places: base.places }, issues };
}

/**
 * A built-in concept with a user entry's fields. The fields given replace the built-in ones, and a
 * term the user gives wins over a built-in term with the same words in a list the entry leaves
 * alone: `en: People's Council delegate` makes the built-in deprecated term of that name the
 * preferred one (a house style), and the same for an admitted term made preferred or deprecated,
 * or a Vietnamese variant made the preferred `vi`. Without this, one line could not say it: the
 * term would stand twice in the concept (see checkConsistency()).
 */
function applyPatch(concept: Concept, patch: Partial<Concept> & { id: string }, keysOf: KeysOf = keysOfTerm): Concept {
  const admitted = patch.admitted?.map((a) => (typeof a === 'string' ? { term: a } : a));
  const merged = { ...concept, ...patch, ...(admitted ? { admitted } : {}) } as Concept;
  const keyOf = (lang: Form['lang'], text: string): string => sameTermKey(lang, keysOf(text).keys);
  const given = new Set<string>();
  if (patch.en !== undefined) given.add(keyOf('en', patch.en));
  for (const a of admitted ?? []) given.add(keyOf('en', a.term));
  for (const d of patch.deprecated ?? []) given.add(keyOf('en', d.term));
  if (patch.vi !== undefined) given.add(keyOf('vi', patch.vi));
  for (const v of patch.viVariants ?? []) given.add(keyOf('vi', v));
  if (given.size === 0) return merged;
  if (!patch.admitted) merged.admitted = concept.admitted.filter((a) => !given.has(keyOf('en', a.term)));
  if (!patch.deprecated) merged.deprecated = concept.deprecated.filter((d) => !given.has(keyOf('en', d.term)));
  if (!patch.viVariants) merged.viVariants = concept.viVariants.filter((v) => !given.has(keyOf('vi', v)));
  return merged;
}
