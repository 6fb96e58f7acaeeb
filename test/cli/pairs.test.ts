import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'thuatngu-pairs-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const json = (r: { stdout: string }) => JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number }> }>;

describe('thuatngu check with pairs', () => {
  it('--source / --target: one result for each file', async () => {
    const cwd = project({ 'a.vi.md': 'Chính phủ họp. Chính phủ quyết định.\n', 'a.en.md': 'The Government met and decided.\n' });
    const r = await run(['check', '--source', 'a.vi.md', '--target', 'a.en.md', '--format', 'json'], { cwd });
    expect(r.stderr).toBe('');
    const [source, target] = json(r);
    expect(source!.filePath.endsWith('a.vi.md')).toBe(true);
    expect(target!.messages.map((m) => m.ruleId)).toContain('missing-term');
    expect(r.code).toBe(0);
  });

  it('config pairs of patterns: i18next locales by key; a malformed file is reported and the others still checked', async () => {
    const cwd = project({
      'thuatngu.config.json': JSON.stringify({ pairs: [{ source: 'locales/vi/*.json', target: 'locales/en/*.json' }] }),
      'locales/vi/common.json': '{ "greet": "Xin chào {{name}}" }',
      'locales/en/common.json': '{ "greet": "Hello {{user}}" }',
      'locales/vi/broken.json': '{ "a": "b" }',
      'locales/en/broken.json': '{ "a": "b", }',
      'locales/vi/lonely.json': '{ "a": "Một" }',
    });
    const r = await run(['check', '--format', 'json'], { cwd });
    const results = json(r);
    const by = (suffix: string) => results.find((x) => x.filePath.endsWith(suffix))!;
    expect(by('en/common.json').messages.map((m) => m.ruleId)).toContain('placeholder-mismatch');
    expect(by('en/broken.json').messages).toMatchObject([{ ruleId: 'read-error', line: 1 }]);
    expect(by('en/lonely.json').messages).toMatchObject([{ ruleId: 'read-error' }]);
    expect(r.code).toBe(1);
  });

  it('a PO file is checked as a bilingual file', async () => {
    const cwd = project({ 'vi.po': 'msgid ""\nmsgstr ""\n"Language: vi\\n"\n\nmsgid "Save"\nmsgstr ""\n' });
    const r = await run(['check', 'vi.po', '--format', 'json'], { cwd });
    expect(json(r)[0]!.messages).toMatchObject([{ ruleId: 'untranslated', line: 6 }]);
  });

  it('--source without --target is a usage error', async () => {
    const cwd = project({ 'a.vi.md': 'x' });
    const r = await run(['check', '--source', 'a.vi.md'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--target');
  });
});
