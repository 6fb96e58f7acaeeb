/** Small PairViews for the bilingual rule tests, over a glossary of our own. */
import { compileGlossary, type CompiledGlossary } from '../../../src/glossary/compile.js';
import type { PlaceholderSyntax, Unit } from '../../../src/formats/units.js';
import { createMatcher } from '../../../src/match/matcher.js';
import { tokenize } from '../../../src/normalize/index.js';
import type { PairReport, PairRule, PairView, UnitView } from '../../../src/rules/pair-types.js';
import type { SegmentView } from '../../../src/rules/types.js';
import type { Concept, Place } from '../../../src/types.js';

const base = { viVariants: [] as string[], admitted: [], deprecated: [], caseSensitive: true, status: 'active' as const, sources: ['test fixture'] };

export const concepts: Concept[] = [
  {
    ...base,
    id: 'chinh-phu',
    domain: 'state-organ',
    vi: 'Chính phủ',
    en: 'Government',
    admitted: [{ term: 'Cabinet' }],
    deprecated: [{ term: 'Administration', reason: 'the US executive' }],
  },
  { ...base, id: 'quoc-hoi', domain: 'state-organ', vi: 'Quốc hội', en: 'National Assembly', viVariants: ['QH'] },
  {
    ...base,
    id: 'ban-dan-van-tinh-uy',
    domain: 'party-organ',
    vi: 'Ban Dân vận Tỉnh ủy',
    en: "{place} Provincial Party Committee's Mass Mobilisation Commission",
    deprecated: [{ term: '{place} Provincial Party Committee for Mass Mobilisation', reason: 'reads as a separate Party committee' }],
  },
  // Two concepts that share a Vietnamese short form.
  { ...base, id: 'ban-to-chuc-tu', domain: 'party-organ', vi: 'Ban Tổ chức Trung ương', en: "Party Central Committee's Organisation Commission", viVariants: ['Ban Tổ chức'] },
  { ...base, id: 'ban-to-chuc-tinh-uy', domain: 'party-organ', vi: 'Ban Tổ chức Tỉnh ủy', en: "Provincial Party Committee's Organisation Commission", viVariants: ['Ban Tổ chức'] },
];

export const places: Place[] = [
  { id: 'quang-tri', kind: 'province', vi: 'Quảng Trị', en: 'Quang Tri', enVariants: [], status: 'active', sources: ['test fixture'] },
];

export const glossary: CompiledGlossary = compileGlossary({ concepts, places });

export function segmentView(text: string, lang: 'vi' | 'en', g: CompiledGlossary = glossary): SegmentView {
  const tokens = tokenize(text);
  return {
    segment: { text, map: [[0, 0]], lang, kind: 'value' },
    tokens,
    occurrences: createMatcher(g, { lang }).match(tokens, text),
  };
}

export interface UnitSpec {
  source?: string;
  /** null: no target segment at all. */
  target?: string | null;
  key?: string;
  state?: Unit['state'];
  placeholders?: PlaceholderSyntax[];
  codes?: { source: string[]; target: string[] };
}

export type Direction = 'vi-en' | 'en-vi';

export function pairView(specs: UnitSpec[], direction: Direction = 'vi-en'): PairView {
  const [sourceLang, targetLang] = direction === 'vi-en' ? (['vi', 'en'] as const) : (['en', 'vi'] as const);
  const units: UnitView[] = specs.map((spec, i) => {
    const unit: Unit & { codes?: { source: string[]; target: string[] } } = {
      key: spec.key ?? `k${i}`,
      files: { source: 'source', target: 'target' },
      placeholders: spec.placeholders ?? ['none'],
      ...(spec.state ? { state: spec.state } : {}),
      ...(spec.codes ? { codes: spec.codes } : {}),
    };
    const source = spec.source !== undefined ? segmentView(spec.source, sourceLang) : undefined;
    const target = spec.target !== undefined && spec.target !== null ? segmentView(spec.target, targetLang) : undefined;
    if (source) unit.source = source.segment;
    if (target) unit.target = target.segment;
    return { unit, ...(source ? { source } : {}), ...(target ? { target } : {}) };
  });
  return { units, glossary, sourceLang, targetLang };
}

/** Run one rule; reports with the flagged text added, for readable assertions. */
export function run(rule: PairRule, view: PairView): Array<PairReport & { actual: string }> {
  const out: Array<PairReport & { actual: string }> = [];
  rule.check(view, (r) => out.push({ ...r, actual: r.segment.text.slice(r.start, r.end) }));
  return out;
}

export function runUnit(rule: PairRule, spec: UnitSpec, direction: Direction = 'vi-en') {
  return run(rule, pairView([spec], direction));
}
