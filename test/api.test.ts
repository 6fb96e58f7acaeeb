/**
 * The public surface, pinned: adding an export is a decision, removing one is a breaking change.
 * And the library used as a consumer would use it.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'DOMAINS',
      'GlossaryError',
      'RULE_IDS',
      'STATUSES',
      'check',
      'checkBilingualFile',
      'checkPair',
      'compileGlossary',
      'createGlossary',
      'createTranslator',
      'docsUrl',
      'fix',
      'fixText',
      'foldVi',
      'formatGithub',
      'formatJson',
      'formatSarif',
      'formatStylish',
      'getBuiltinGlossary',
      'getReporter',
      'loadGlossaryFiles',
      'lookup',
      'normalizeVi',
      'remarkThuatngu',
      'tokenize',
    ]);
  });

  it('check, fix and lookup work together', () => {
    const text = 'Deputy Head of the Central Committee for Mass Mobilization Pham Tat Thang spoke.';
    const result = api.check(text, { format: 'text' });
    const deprecated = result.messages.find((m) => m.ruleId === 'deprecated-term');
    expect(deprecated?.conceptId).toBe(api.lookup('Ban Dân vận Trung ương')[0]?.id);
    expect(api.fix(text, result.messages)).not.toContain('Central Committee for Mass Mobilization');
  });

  it('remarkThuatngu adds vfile messages inside a remark pipeline', async () => {
    const file = new VFile({ path: 'a.md', value: 'The Central Committee for Mass Mobilization met.\n' });
    const processor = unified().use(remarkParse).use(api.remarkThuatngu, { lang: 'vi' });
    await processor.run(processor.parse(file), file);
    const m = file.messages.find((x) => x.ruleId === 'deprecated-term');
    expect(m).toMatchObject({ source: 'thuatngu', actual: 'Central Committee for Mass Mobilization', fatal: false });
    expect(m?.place).toMatchObject({ start: { line: 1, column: 5 } });
    expect(m?.reason).toContain('không phải cách dịch tiếng Anh chuẩn');
    expect(m?.expected?.[0]).toMatch(/^Party Central Committee's/);
  });
});
