/**
 * Checks across entries that the schema cannot make: unique ids, no two spellings of one term in
 * a concept, no preferred term shared by two concepts, no term both deprecated and accepted,
 * successors that exist. Each problem points at the entry field that causes it.
 */
import type { GlossaryIssue } from './issues.js';
import type { Origin } from './load.js';
import { formsOfConcept, keysOfTerm, sameTermKey, type Form, type KeysOf } from './compile.js';
import type { Concept, Place } from '../types.js';

/** `keysOf`: how to get a term's keys (a keysCache() shared with the compile that follows). */
export function checkConsistency(
  concepts: readonly Concept[],
  origins: readonly Origin[],
  places: readonly Place[] = [],
  placeOrigins: readonly Origin[] = [],
  keysOf: KeysOf = keysOfTerm,
): GlossaryIssue[] {
  const issues: GlossaryIssue[] = [];
  const at = (origin: Origin | undefined, path: Form['path'], messageId: string, data: GlossaryIssue['data']) => {
    const where = origin?.locate(path) ?? { line: 1, column: 1 };
    issues.push({ file: origin?.file ?? '<glossary>', ...where, messageId, data });
  };
  const describe = (origin: Origin | undefined, path: Form['path']) => {
    if (!origin) return '<built-in>';
    const p = origin.locate(path);
    return `${origin.file}:${p.line}:${p.column}`;
  };

  const firstById = new Map<string, number>();
  concepts.forEach((c, i) => {
    const prior = firstById.get(c.id);
    if (prior !== undefined) at(origins[i], ['id'], 'duplicateId', { id: c.id, other: describe(origins[prior], ['id']) });
    else firstById.set(c.id, i);
  });

  // Keys of accepted and preferred forms, across concepts.
  const preferred = new Map<string, { index: number; form: Form }>();
  const accepted = new Map<string, { index: number; form: Form }>();
  const deprecatedForms: Array<{ index: number; form: Form }> = [];
  const formsOf = concepts.map((c) => formsOfConcept(c, keysOf));
  concepts.forEach((c, i) => {
    const seen = new Map<string, Form>();
    for (const form of formsOf[i]!) {
      const key = sameTermKey(form.lang, form.keys);
      const dup = seen.get(key);
      if (dup) {
        at(origins[i], form.path, 'duplicateForm', { term: form.text, other: dup.text, id: c.id });
        continue;
      }
      seen.set(key, form);
      if (form.kind === 'preferred') {
        const other = preferred.get(key);
        if (other)
          at(origins[i], form.path, 'sharedPreferred', {
            term: form.text,
            otherId: other.form.concept.id,
            other: describe(origins[other.index], other.form.path),
          });
        else preferred.set(key, { index: i, form });
      }
      if (form.kind === 'deprecated') deprecatedForms.push({ index: i, form });
      else if (!accepted.has(key)) accepted.set(key, { index: i, form });
    }
  });
  // A variant or admitted term of one concept that another concept has as its preferred term.
  concepts.forEach((c, i) => {
    for (const form of formsOf[i]!) {
      if (form.kind === 'preferred' || form.kind === 'deprecated') continue;
      const owner = preferred.get(sameTermKey(form.lang, form.keys));
      if (owner && owner.form.concept.id !== c.id)
        at(origins[i], form.path, 'preferredElsewhere', {
          term: form.text,
          otherId: owner.form.concept.id,
          other: describe(origins[owner.index], owner.form.path),
        });
    }
  });
  for (const { index, form } of deprecatedForms) {
    const clash = accepted.get(sameTermKey(form.lang, form.keys));
    if (clash && clash.form.concept.id !== form.concept.id)
      at(origins[index], form.path, 'deprecatedAccepted', {
        term: form.text,
        otherId: clash.form.concept.id,
        other: describe(origins[clash.index], clash.form.path),
      });
  }

  concepts.forEach((c, i) => {
    if (c.successor && !firstById.has(c.successor))
      at(origins[i], ['successor'], 'unknownSuccessor', { id: c.successor });
    if (c.status === 'active' && c.validUntil)
      at(origins[i], ['validUntil'], 'activeWithEnd', { date: c.validUntil });
  });

  const placeIds = new Map<string, number>();
  places.forEach((p, i) => {
    const prior = placeIds.get(p.id);
    if (prior !== undefined)
      at(placeOrigins[i], ['id'], 'duplicateId', { id: p.id, other: describe(placeOrigins[prior], ['id']) });
    else placeIds.set(p.id, i);
  });
  places.forEach((p, i) => {
    if (p.successor && !placeIds.has(p.successor))
      at(placeOrigins[i], ['successor'], 'unknownSuccessor', { id: p.successor });
  });
  return issues;
}
