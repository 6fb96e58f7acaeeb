/**
 * Built-in glossary + user glossaries → one glossary: user entries add concepts, override a
 * built-in concept by id (only the fields they give), or disable built-in ids.
 */
import type { Concept, GlossaryData } from '../types.js';
import type { KeysOf } from './compile.js';
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
    const admitted = patch.admitted?.map((a) => (typeof a === 'string' ? { term: a } : a));
    concepts[index] = { ...concepts[index]!, ...patch, ...(admitted ? { admitted } : {}) } as Concept;
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
