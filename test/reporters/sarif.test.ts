import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { buildSarif, formatSarif, type SarifLog } from '../../src/reporters/sarif.js';
import type { ReporterOptions } from '../../src/reporters/shared.js';
import { CWD, deprecated, makeResult, results } from './fixtures.js';

// The SARIF 2.1.0 schema as published by the SARIF SDK (draft-04), loaded from node_modules.
const require = createRequire(import.meta.url);
const schema = JSON.parse(
  readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
) as object;
// unicodeRegExp: false because the schema's `language` pattern has a stray `]`, an error only
// under the `u` flag.
// Both packages are CommonJS whose module.exports also carries itself as `.default`.
const ajv = new ajvDraft04.default({ strict: false, allErrors: true, unicodeRegExp: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

function expectValid(text: string): SarifLog {
  const log = JSON.parse(text) as SarifLog;
  const ok = validate(log);
  expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
  expect(ok).toBe(true);
  return log;
}

const options: ReporterOptions = {
  lang: 'en',
  cwd: CWD,
  toolVersion: '0.1.0',
  informationUri: 'https://example.org/thuatngu',
  rules: {
    'deprecated-term': { description: 'A deprecated rendering of a term', url: 'https://example.org/rules/deprecated-term', severity: 'error' },
    'term-case': { description: 'A proper term with wrong capitalisation', severity: 'warning' },
    'never-fired': { description: 'Not in the results' },
  },
};

describe('formatSarif', () => {
  it('validates against the SARIF 2.1.0 schema: all severities, a fix, a non-ASCII path', () => {
    const log = expectValid(formatSarif(results, options));
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
  });

  it('has a validator that rejects what SARIF does not allow (a check on the check)', () => {
    const log = JSON.parse(formatSarif(results, options)) as { runs: Array<{ results: Array<{ level: string }> }> };
    log.runs[0]!.results[0]!.level = 'info';
    expect(validate(log)).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{}] })).toBe(false);
  });

  it('validates for an empty result set, in both languages, with and without options', () => {
    for (const lang of ['en', 'vi'] as const) {
      const log = expectValid(formatSarif([], { lang }));
      expect(log.runs[0]!.results).toEqual([]);
      expect(log.runs[0]!.tool.driver.rules).toEqual([]);
      expectValid(formatSarif([makeResult(`${CWD}/a.md`, [])], { ...options, lang }));
      expectValid(formatSarif(results, { lang }));
    }
  });

  it('describes the tool and the rules that fired, with the given metadata', () => {
    const { driver } = buildSarif(results, options).runs[0]!.tool;
    expect(driver.name).toBe('thuatngu');
    expect(driver.version).toBe('0.1.0');
    expect(driver.informationUri).toBe('https://example.org/thuatngu');
    expect(driver.rules.map((r) => r.id)).toEqual(['deprecated-term', 'missing-term', 'spelling-variant', 'term-case']);
    expect(driver.rules[0]).toEqual({
      id: 'deprecated-term',
      shortDescription: { text: 'A deprecated rendering of a term' },
      helpUri: 'https://example.org/rules/deprecated-term',
      defaultConfiguration: { level: 'error' },
    });
    // No metadata: a translated fallback description, the level of the first message.
    expect(driver.rules[2]).toEqual({
      id: 'spelling-variant',
      shortDescription: { text: 'thuatngu rule spelling-variant' },
      defaultConfiguration: { level: 'note' },
    });
  });

  it('maps each message to a result with its region, fix and properties', () => {
    const run = buildSarif(results, options).runs[0]!;
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///home/bientap/tin/' } });
    expect(run.results.map((r) => r.level)).toEqual(['error', 'warning', 'note', 'error']);
    const [first, , third, fourth] = run.results;
    const rules = run.tool.driver.rules;
    for (const r of run.results) expect(rules[r.ruleIndex]!.id).toBe(r.ruleId);

    const length = deprecated.actual.length;
    expect(first).toEqual({
      ruleId: 'deprecated-term',
      ruleIndex: 0,
      level: 'error',
      message: { text: deprecated.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'bai-viet/dai-hoi.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 12, endLine: 3, endColumn: 12 + length, charOffset: 140, charLength: length },
          },
        },
      ],
      fixes: [
        {
          description: { text: "Replace with “Provincial Party Committee's Mass Mobilisation Commission”" },
          artifactChanges: [
            {
              artifactLocation: { uri: 'bai-viet/dai-hoi.md', uriBaseId: '%SRCROOT%' },
              replacements: [
                {
                  deletedRegion: { charOffset: 140, charLength: length },
                  insertedContent: { text: "Provincial Party Committee's Mass Mobilisation Commission" },
                },
              ],
            },
          ],
        },
      ],
      properties: {
        conceptId: 'ban-dan-van-tinh-uy',
        actual: deprecated.actual,
        expected: ["Provincial Party Committee's Mass Mobilisation Commission"],
      },
    });
    expect(third!.fixes).toBeUndefined();
    expect(third!.properties).toEqual({ actual: 'programme', expected: ['program'] });
    // Non-ASCII and spaces are percent-encoded in the URI.
    expect(fourth!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('bai-viet/h%E1%BB%99i%20ngh%E1%BB%8B.md');
  });

  it('frames the tool and fixes in Vietnamese when asked', () => {
    const run = buildSarif(results, { ...options, lang: 'vi', rules: {} }).runs[0]!;
    expect(run.language).toBe('vi');
    expect(run.tool.driver.shortDescription.text).toMatch(/^Kiểm tra bản dịch/);
    expect(run.tool.driver.rules[0]!.shortDescription.text).toBe('Quy tắc deprecated-term của thuatngu');
    expect(run.results[0]!.fixes![0]!.description.text).toMatch(/^Thay bằng “/);
  });

  it('describes a fix that deletes text', () => {
    const deleting = { ...deprecated, fix: { range: [140, 150] as [number, number], text: '' } };
    const text = formatSarif([makeResult(`${CWD}/a.md`, [deleting])], options);
    const log = expectValid(text);
    expect(log.runs[0]!.results[0]!.fixes![0]!.description.text).toBe('Delete the flagged text');
  });

  it('uses forward slashes and file URIs outside the base', () => {
    const win = buildSarif([makeResult('C:\\Users\\bt\\tin\\sub\\a.md', [deprecated]), makeResult('D:\\x\\b.md', [deprecated])], {
      lang: 'en',
      cwd: 'C:\\Users\\bt\\tin',
    }).runs[0]!;
    expect(win.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'sub/a.md', uriBaseId: '%SRCROOT%' });
    expect(win.results[1]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'file:///D:/x/b.md' });
    expect(win.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///C:/Users/bt/tin/' } });
    const noCwd = expectValid(formatSarif([makeResult('/abs/bài 1.md', [deprecated])], { lang: 'en' }));
    expect(noCwd.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'file:///abs/b%C3%A0i%201.md' });
    expect(noCwd.runs[0]!.originalUriBaseIds).toBeUndefined();
  });
});
