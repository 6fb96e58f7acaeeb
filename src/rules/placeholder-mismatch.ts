/**
 * placeholder-mismatch (DESIGN.md §5): the placeholders of each syntax the unit declares
 * (`Unit.placeholders`: i18next, printf, icu, xliff), compared as multisets of identities (see
 * placeholders.ts). A placeholder of the source missing from the target is reported over the whole
 * target text (`placeholderMissing`); one in the target that the source lacks, at that placeholder
 * (`placeholderExtra`). XLIFF inline codes come from `Unit.codes` when the adapter provides them;
 * they are not in the text, so both kinds span the whole target. Units without a target, with a
 * blank target or in state `untranslated` are left to the untranslated rule.
 */
import type { PairRule } from './pair-types.js';
import { extractPlaceholders, type Placeholder } from './placeholders.js';

export const placeholderMismatch: PairRule = {
  id: 'placeholder-mismatch',
  severity: 'error',
  check(view, report) {
    for (const uv of view.units) {
      const { source, target, unit } = uv;
      if (!source || !target || unit.state === 'untranslated' || target.segment.text.trim() === '') continue;
      const t = target.segment.text;
      const syntaxes = unit.placeholders.filter((p) => p !== 'none' && p !== 'xliff');
      if (syntaxes.length > 0) {
        const { missing, extra } = diff(extractPlaceholders(source.segment.text, syntaxes), extractPlaceholders(t, syntaxes));
        for (const p of missing) report({ side: 'target', segment: target.segment, start: 0, end: t.length, messageId: 'placeholderMissing', data: { placeholder: p.raw } });
        for (const p of extra) report({ side: 'target', segment: target.segment, start: p.start, end: p.end, messageId: 'placeholderExtra', data: { placeholder: p.raw } });
      }
      if (unit.codes) {
        const asPlaceholders = (codes: string[]): Placeholder[] => codes.map((c) => ({ id: c, raw: c, start: 0, end: t.length }));
        const { missing, extra } = diff(asPlaceholders(unit.codes.source), asPlaceholders(unit.codes.target));
        for (const p of missing) report({ side: 'target', segment: target.segment, start: 0, end: t.length, messageId: 'placeholderMissing', data: { placeholder: p.raw } });
        for (const p of extra) report({ side: 'target', segment: target.segment, start: 0, end: t.length, messageId: 'placeholderExtra', data: { placeholder: p.raw } });
      }
    }
  },
};

/** Multiset difference by identity: what the source has and the target lacks, and the reverse. */
export function diff(source: Placeholder[], target: Placeholder[]): { missing: Placeholder[]; extra: Placeholder[] } {
  const left = new Map<string, Placeholder[]>();
  for (const p of target) {
    const list = left.get(p.id);
    if (list) list.push(p);
    else left.set(p.id, [p]);
  }
  const missing: Placeholder[] = [];
  for (const p of source) {
    const list = left.get(p.id);
    if (list && list.length > 0) list.shift();
    else missing.push(p);
  }
  const extra = [...left.values()].flat().sort((a, b) => a.start - b.start);
  return { missing, extra };
}
