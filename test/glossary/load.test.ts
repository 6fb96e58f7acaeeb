import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../src/glossary/consistency.js';
import { loadGlossaryFiles, type GlossaryFile } from '../../src/glossary/load.js';
import { mergeGlossary } from '../../src/glossary/merge.js';
import catalog from '../../src/locales/en/glossary.json' with { type: 'json' };

const fixture = (name: string): GlossaryFile => ({
  path: `fixtures/${name}`,
  text: readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8'),
});

function issuesOf(name: string) {
  const loaded = loadGlossaryFiles([fixture(name)]);
  return [...loaded.issues, ...checkConsistency(loaded.concepts, loaded.conceptOrigins)];
}

describe('loadGlossaryFiles', () => {
  it('loads a valid file with defaults filled in and admitted terms as objects', () => {
    const loaded = loadGlossaryFiles([fixture('valid.yaml')]);
    expect(loaded.issues).toEqual([]);
    expect(loaded.concepts).toHaveLength(1);
    const c = loaded.concepts[0]!;
    expect(c).toMatchObject({ id: 'test-hoi-dong-nhan-dan', status: 'active', admitted: [], caseSensitive: true });
    expect(c.deprecated[0]).toEqual({ term: 'People Council', reason: 'drops the possessive of the official name' });
  });

  it('reports bad YAML once, at the line and column where it breaks', () => {
    const issues = issuesOf('bad-yaml.yaml');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'fixtures/bad-yaml.yaml', messageId: 'yaml' });
    expect(issues[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('reports a missing field at the entry that lacks it', () => {
    const issues = issuesOf('missing-field.yaml');
    expect(issues).toEqual([
      { file: 'fixtures/missing-field.yaml', line: 7, column: 3, messageId: 'missingField', data: { field: 'en' } },
    ]);
  });

  it('reports a duplicate id at the second use, naming the first', () => {
    const issues = issuesOf('duplicate-id.yaml');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 7, column: 3, messageId: 'duplicateId' });
    expect(issues[0]!.data).toEqual({ id: 'test-one', other: 'fixtures/duplicate-id.yaml:1:3' });
  });

  it('reports a value outside an enumeration with the allowed values', () => {
    const [issue] = issuesOf('bad-enum.yaml');
    expect(issue).toMatchObject({ line: 2, column: 3, messageId: 'badValue' });
    expect(issue!.data.field).toBe('domain');
    expect(String(issue!.data.allowed)).toContain('party-organ');
  });

  it("reports an admitted term's validUntil that is not a date at its value", () => {
    const file: GlossaryFile = {
      path: 'inline.yaml',
      text: [
        '- id: test-cuc',
        '  domain: state-organ',
        '  vi: Cục',
        '  en: Office',
        '  admitted:',
        '  - term: Old Office',
        '    validUntil: March 2025',
        '  sources: [a test fixture]',
        '',
      ].join('\n'),
    };
    const loaded = loadGlossaryFiles([file]);
    expect(loaded.issues).toEqual([
      expect.objectContaining({ file: 'inline.yaml', line: 7, messageId: 'date', data: expect.objectContaining({ value: 'March 2025' }) }),
    ]);
    expect(loadGlossaryFiles([{ path: 'ok.yaml', text: file.text.replace('March 2025', "'2025-03'") }]).concepts[0]!.admitted).toEqual([
      { term: 'Old Office', validUntil: '2025-03' },
    ]);
  });

  it('reports an unknown (misspelt) field at its key', () => {
    const issues = issuesOf('unknown-field.yaml');
    expect(issues.map((i) => [i.messageId, i.line, i.column])).toContainEqual(['unknownField', 5, 3]);
  });

  it('rejects a term that is deprecated in one concept and accepted in another', () => {
    const issues = issuesOf('deprecated-accepted.yaml');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ messageId: 'deprecatedAccepted', line: 12, data: { term: 'one', otherId: 'test-a' } });
  });

  it('rejects two spellings of one term inside a concept (tone placement, case, GB/US)', () => {
    const text = [
      '- id: test-x',
      '  domain: party-organ',
      '  vi: Ban Dân vận Tỉnh ủy',
      '  viVariants: [Ban Dân vận Tỉnh uỷ]',
      '  en: Mass Mobilisation Commission',
      '  admitted: [mass mobilization commission]',
      '  sources: [a test fixture]',
    ].join('\n');
    const loaded = loadGlossaryFiles([{ path: 'x.yaml', text }]);
    const issues = checkConsistency(loaded.concepts, loaded.conceptOrigins);
    expect(issues.map((i) => [i.messageId, i.line])).toEqual([
      ['duplicateForm', 6],
      ['duplicateForm', 4],
    ]);
  });

  it.each([
    ['a missing enumerated field is missing, not a bad value', '  vi: x\n', [['missingField', { field: 'domain' }], ['missingField', { field: 'en' }]]],
    ['an admitted term that is a number', '  domain: general\n  vi: x\n  en: Y\n  admitted: [3]\n', [['wrongType', { field: 'admitted', expected: 'termOrMapping', received: 'number' }]]],
    ['an admitted mapping without its term', '  domain: general\n  vi: x\n  en: Y\n  admitted: [{note: n}]\n', [['missingField', { field: 'admitted.term' }]]],
    ['an unknown field inside an admitted mapping', '  domain: general\n  vi: x\n  en: Y\n  admitted: [{term: z, bogus: 1}]\n', [['unknownField', expect.objectContaining({ field: 'bogus' })]]],
    ['a deprecated term written as a list', '  domain: general\n  vi: x\n  en: Y\n  deprecated: [[a]]\n', [['wrongType', { field: 'deprecated', expected: 'mapping', received: 'list' }]]],
    ['a blank source', '  domain: general\n  vi: x\n  en: Y\n', [['noSources', {}]], "  sources: [' ']\n"],
  ])('reports %s', (_, fields, expected, sources = '  sources: [a test fixture]\n') => {
    const loaded = loadGlossaryFiles([{ path: 'x.yaml', text: `- id: test-x\n${fields}${sources}` }]);
    expect(loaded.issues.map((i) => [i.messageId, i.data])).toEqual(expected);
  });

  it('any entry gets located issues that name a message of the catalog, never a throw', () => {
    const field = fc.constantFrom('id', 'domain', 'vi', 'en', 'viVariants', 'admitted', 'deprecated', 'status', 'sources', 'examples', 'validUntil', 'x');
    const value = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom('test-a', 'general', '', 'a [b]', '2025-13', ['s'], [{ term: 'x' }], [3]));
    const entry = fc.oneof(fc.dictionary(field, value, { maxKeys: 6 }), fc.jsonValue({ maxDepth: 2 }));
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 3 }), fc.constantFrom('concepts', 'user', 'places'), (entries, role) => {
        const loaded = loadGlossaryFiles([{ path: 'x.json', text: JSON.stringify(entries) }], {
          roleOf: () => role as 'concepts' | 'user' | 'places',
          knownIds: new Set(['test-a']),
        });
        for (const issue of loaded.issues) {
          expect(Object.keys(catalog)).toContain(issue.messageId);
          expect(issue.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text', () => {
    for (const text of ['', '\uFEFF', ':::', '- - -', '[1, 2', 'a: b', '- 42', '\u0000\u0001']) {
      expect(() => loadGlossaryFiles([{ path: 'x.yaml', text }])).not.toThrow();
    }
  });
});

describe('user glossaries', () => {
  it('override a known id field by field, add concepts, and report an unknown id to disable', () => {
    const base = loadGlossaryFiles([fixture('valid.yaml')]);
    const user = loadGlossaryFiles([fixture('user-override.yaml')], {
      roleOf: () => 'user',
      knownIds: new Set(['test-hoi-dong-nhan-dan']),
    });
    const { data, issues } = mergeGlossary({ concepts: base.concepts, places: [] }, user);
    expect(data.concepts.map((c) => c.id)).toEqual(['test-hoi-dong-nhan-dan', 'test-new-term']);
    expect(data.concepts[0]!.en).toBe("People's Council (test override)");
    expect(data.concepts[0]!.vi).toBe('Hội đồng nhân dân');
    expect(issues).toEqual([
      { file: 'fixtures/user-override.yaml', line: 8, column: 11, messageId: 'unknownDisable', data: { id: 'test-ghost' } },
    ]);
  });

  it('an override changes only the fields it gives: no default is filled in', () => {
    const text = [
      '- id: test-ban-dan-van',
      '  domain: party-organ',
      '  vi: Ban Dân vận Tỉnh ủy',
      "  en: Provincial Party Committee's Mass Mobilization Commission",
      '  deprecated:',
      '    - term: Provincial Party Committee for Mass Mobilization',
      '      reason: names a Party Committee',
      '  caseSensitive: true',
      '  status: merged',
      "  validUntil: '2025-03-01'",
      '  sources: [a test fixture]',
      '',
    ].join('\n');
    const base = loadGlossaryFiles([{ path: 'base.yaml', text }]);
    const user = loadGlossaryFiles([{ path: 'u.yaml', text: '- id: test-ban-dan-van\n  note: our house style\n' }], {
      roleOf: () => 'user',
      knownIds: new Set(['test-ban-dan-van']),
    });
    expect(user.patches).toEqual([{ id: 'test-ban-dan-van', note: 'our house style' }]);
    const { data, issues } = mergeGlossary({ concepts: base.concepts, places: [] }, user);
    expect(issues).toEqual([]);
    expect(data.concepts).toEqual([{ ...base.concepts[0]!, note: 'our house style' }]);
  });

  describe('a term the user gives wins over a built-in term with the same words', () => {
    const text = [
      '- id: test-dai-bieu',
      '  domain: local-government',
      '  vi: Đại biểu Hội đồng nhân dân',
      '  viVariants: [đại biểu HĐND]',
      "  en: People's Council deputy",
      "  admitted: [People's Council member]",
      '  deprecated:',
      "    - term: People's Council delegate",
      '      reason: provincial-portal usage',
      '  sources: [a test fixture]',
      '',
    ].join('\n');
    const base = loadGlossaryFiles([{ path: 'base.yaml', text }]).concepts;
    const merge = (patch: string) => {
      const user = loadGlossaryFiles([{ path: 'u.yaml', text: `- id: test-dai-bieu\n${patch}` }], {
        roleOf: () => 'user',
        knownIds: new Set(['test-dai-bieu']),
      });
      return mergeGlossary({ concepts: base, places: [] }, user);
    };

    it.each([
      ['a deprecated term made preferred (a house style)', "  en: People's Council delegates\n", { en: "People's Council delegates", deprecated: [] }],
      ['an admitted term made preferred', "  en: people's council Members\n", { en: "people's council Members", admitted: [] }],
      [
        'an admitted term deprecated',
        "  deprecated: [{term: People's Council member, reason: our style}]\n",
        { admitted: [], deprecated: [{ term: "People's Council member", reason: 'our style' }] },
      ],
      ['a Vietnamese variant made preferred', '  vi: đại biểu HĐND\n', { vi: 'đại biểu HĐND', viVariants: [] }],
    ])('%s', (_, patch, changed) => {
      const { data, issues } = merge(patch);
      expect(issues).toEqual([]);
      expect(data.concepts).toEqual([{ ...base[0]!, ...changed }]);
    });

    it('a list the entry gives is taken as given', () => {
      const { issues } = merge("  en: People's Council delegate\n  deprecated: [{term: People's Council delegate, reason: r}]\n");
      expect(issues.map((i) => i.messageId)).toEqual(['duplicateForm']);
    });
  });

  it('disable removes a built-in concept', () => {
    const base = loadGlossaryFiles([fixture('valid.yaml')]);
    const user = loadGlossaryFiles([{ path: 'u.yaml', text: 'disable: [test-hoi-dong-nhan-dan]\n' }], {
      roleOf: () => 'user',
      knownIds: new Set(['test-hoi-dong-nhan-dan']),
    });
    const { data, issues } = mergeGlossary({ concepts: base.concepts, places: [] }, user);
    expect(issues).toEqual([]);
    expect(data.concepts).toEqual([]);
  });
});
