import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, findConfig, loadConfig, validateConfig } from '../../src/cli/config.js';
import { run } from './run.js';

const fixtures = join(import.meta.dirname, 'fixtures', 'check');
const NEWS = readFileSync(join(fixtures, 'deprecated.md'), 'utf8');

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder holding `files`; with `git`, a .git folder marks it as a project root. */
function folder(files: Record<string, string>, git = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'thuatngu-config-'));
  made.push(dir);
  if (git) mkdirSync(join(dir, '.git'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

interface JsonFile {
  filePath: string;
  messages: Array<{ ruleId: string; severity: string; message: string }>;
}

async function ruleIds(cwd: string, args: string[] = []): Promise<{ code: number; ids: string[]; stderr: string; files: JsonFile[] }> {
  const r = await run(['check', '--format', 'json', ...args], { cwd });
  const files = r.stdout ? (JSON.parse(r.stdout) as JsonFile[]) : [];
  return { code: r.code, stderr: r.stderr, files, ids: files.flatMap((f) => f.messages.map((m) => m.ruleId)) };
}

const OFF = { rules: { 'deprecated-term': 'off' } };

describe('config discovery', () => {
  it('takes the first of json, yaml, yml, mjs, js in a folder', async () => {
    const dir = folder({
      'thuatngu.config.json': JSON.stringify({ spelling: 'en-GB' }),
      'thuatngu.config.yaml': 'spelling: en-US\n',
      'thuatngu.config.yml': 'spelling: en-US\n',
      'thuatngu.config.mjs': 'export default { spelling: "en-US" };\n',
      'thuatngu.config.js': 'export default { spelling: "en-US" };\n',
    });
    expect(findConfig(dir)).toBe(join(dir, 'thuatngu.config.json'));
    rmSync(join(dir, 'thuatngu.config.json'));
    expect(findConfig(dir)).toBe(join(dir, 'thuatngu.config.yaml'));
    rmSync(join(dir, 'thuatngu.config.yaml'));
    expect(findConfig(dir)).toBe(join(dir, 'thuatngu.config.yml'));
    rmSync(join(dir, 'thuatngu.config.yml'));
    expect(findConfig(dir)).toBe(join(dir, 'thuatngu.config.mjs'));
    expect((await loadConfig(dir)).config).toEqual({ spelling: 'en-US' });
    rmSync(join(dir, 'thuatngu.config.mjs'));
    expect(findConfig(dir)).toBe(join(dir, 'thuatngu.config.js'));
  });

  it('a config file comes before a `thuatngu` key in package.json; the key is used when alone', async () => {
    const dir = folder({
      'package.json': JSON.stringify({ name: 'x', thuatngu: { spelling: 'en-US' } }),
      'thuatngu.config.yaml': 'spelling: en-GB\n',
    });
    expect(findConfig(dir)).toBe(join(dir, 'thuatngu.config.yaml'));
    rmSync(join(dir, 'thuatngu.config.yaml'));
    expect(findConfig(dir)).toBe(join(dir, 'package.json'));
    expect(await loadConfig(dir)).toEqual({ config: { spelling: 'en-US' }, file: join(dir, 'package.json'), dir });
  });

  it('searches upwards, and stops at a project root (package.json or .git) without a config', async () => {
    const dir = folder({ 'thuatngu.config.json': JSON.stringify(OFF), 'a/b/news.md': NEWS });
    expect(findConfig(join(dir, 'a', 'b'))).toBe(join(dir, 'thuatngu.config.json'));
    const found = await ruleIds(join(dir, 'a', 'b'));
    expect(found.code).toBe(0);
    expect(found.ids).not.toContain('deprecated-term');

    writeFileSync(join(dir, 'a', 'package.json'), JSON.stringify({ name: 'inner' }));
    expect(findConfig(join(dir, 'a', 'b'))).toBeUndefined();
    expect((await ruleIds(join(dir, 'a', 'b'))).ids).toContain('deprecated-term');

    rmSync(join(dir, 'a', 'package.json'));
    mkdirSync(join(dir, 'a', '.git'));
    expect(findConfig(join(dir, 'a', 'b'))).toBeUndefined();
  });

  it('--config names the file outright; a missing one is exit 2', async () => {
    const dir = folder({ 'settings/quiet.yaml': 'rules:\n  deprecated-term: "off"\n', 'news.md': NEWS });
    const quiet = await ruleIds(dir, ['--config', 'settings/quiet.yaml']);
    expect(quiet.code).toBe(0);
    expect(quiet.ids).not.toContain('deprecated-term');
    const missing = await run(['check', '--config', 'nope.json'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^nope\.json:1:1 {2}error: cannot read this configuration file \(ENOENT\)/);
  });
});

describe('config settings', () => {
  it('rules, spelling and lang from the config; flags override them', async () => {
    const dir = folder({
      'thuatngu.config.yaml': 'rules:\n  deprecated-term: error\nlang: vi\n',
      'news.md': NEWS,
    });
    const fromConfig = await ruleIds(dir);
    expect(fromConfig.code).toBe(1);
    const message = fromConfig.files[0]!.messages.find((m) => m.ruleId === 'deprecated-term')!;
    expect(message.severity).toBe('error');
    expect(message.message).toContain('hãy viết');

    const overridden = await ruleIds(dir, ['--rule', 'deprecated-term=warning', '--lang', 'en']);
    expect(overridden.code).toBe(0);
    const again = overridden.files[0]!.messages.find((m) => m.ruleId === 'deprecated-term')!;
    expect(again.severity).toBe('warning');
    expect(again.message).toContain('write “');
  });

  it('glossary paths are relative to the config file; --glossary adds to them', async () => {
    const glossary = readFileSync(join(fixtures, 'user-glossary.yaml'), 'utf8');
    const dir = folder({
      'terms/mine.yaml': glossary,
      'thuatngu.config.json': JSON.stringify({ glossary: ['terms/mine.yaml'] }),
      'sub/news.md': 'The Commission of Trials met the Board of Samples.\n',
      'sub/more.yaml': glossary
        .replace('test-ban-thu-nghiem', 'test-ban-mau')
        .replace('Ban Thử nghiệm', 'Ban Mẫu')
        .replace('Trial Commission', 'Sample Commission')
        .replace('Commission of Trials', 'Board of Samples'),
    });
    const r = await ruleIds(join(dir, 'sub'));
    expect(r.stderr).toBe('');
    expect(r.files[0]!.messages.filter((m) => m.ruleId === 'deprecated-term').map((m) => m.message)).toEqual([
      expect.stringContaining('Trial Commission'),
    ]);
    const both = await ruleIds(join(dir, 'sub'), ['--glossary', 'more.yaml']);
    expect(both.stderr).toBe('');
    expect(both.files[0]!.messages.filter((m) => m.ruleId === 'deprecated-term').map((m) => m.message)).toEqual([
      expect.stringContaining('Trial Commission'),
      expect.stringContaining('Sample Commission'),
    ]);
  });

  it('ignores (globs relative to the config file) leave files out', async () => {
    const dir = folder({
      'thuatngu.config.json': JSON.stringify({ ignores: ['drafts/', '**/*.draft.md'] }),
      'a.md': NEWS,
      'drafts/b.md': NEWS,
      'docs/c.draft.md': NEWS,
      'docs/d.md': NEWS,
    });
    const r = await ruleIds(dir);
    expect(r.files.map((f) => f.filePath.slice(dir.length + 1))).toEqual(['a.md', 'docs/d.md']);
    const inside = await ruleIds(join(dir, 'docs'));
    expect(inside.files.map((f) => f.filePath.slice(dir.length + 1))).toEqual(['docs/d.md']);
  });

  it('accepts every documented setting, and keeps pairs for later', () => {
    const config = validateConfig(
      {
        $schema: './node_modules/thuatngu/schema.json',
        rules: { 'term-case': 'off', 'near-miss': 'info' },
        glossary: ['a.yaml'],
        spelling: 'en-GB',
        ignores: ['x/**'],
        maxFileSize: 1000,
        lang: 'vi',
        date: '2025-07-01',
        pairs: [{ source: 'vi/*.md', target: 'en/*.md' }],
      },
      'thuatngu.config.json',
    );
    expect(config).toEqual({
      rules: { 'term-case': 'off', 'near-miss': 'info' },
      glossary: ['a.yaml'],
      spelling: 'en-GB',
      ignores: ['x/**'],
      maxFileSize: 1000,
      lang: 'vi',
      date: '2025-07-01',
      pairs: [{ source: 'vi/*.md', target: 'en/*.md' }],
    });
  });
});

describe('malformed config: file:line:column, what to do, exit 2, no stack trace', () => {
  async function expectConfigError(files: Record<string, string>, pattern: RegExp, args: string[] = []) {
    const dir = folder({ ...files, 'news.md': NEWS });
    const r = await run(['check', ...args], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).toMatch(/Configuration problems: \d+\. Fix the configuration file/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    return r;
  }

  it('JSON syntax error', async () => {
    await expectConfigError(
      { 'thuatngu.config.json': '{\n  "rules": {\n    "term-case" "off"\n  }\n}\n' },
      /thuatngu\.config\.json:3:\d+ {2}error: this is not valid JSON: .*Fix the syntax here/,
    );
  });

  it('JSON: a trailing comma is not JSON', async () => {
    await expectConfigError({ 'thuatngu.config.json': '{\n  "spelling": "en-GB",\n}\n' }, /thuatngu\.config\.json:3:1 {2}error: this is not valid JSON/);
  });

  it('YAML syntax error', async () => {
    await expectConfigError(
      { 'thuatngu.config.yaml': 'rules:\n  term-case: off\n ignores: [a\n' },
      /thuatngu\.config\.yaml:\d+:\d+ {2}error: this is not valid YAML: .*check the indentation/,
    );
  });

  it('unknown rule id, pointing at the key', async () => {
    await expectConfigError(
      { 'thuatngu.config.yaml': 'spelling: en-GB\nrules:\n  term-case: "off"\n  deprecated-terms: error\n' },
      /thuatngu\.config\.yaml:4:3 {2}error: unknown rule `deprecated-terms`; the rules are: deprecated-term, near-miss/,
    );
  });

  it('unknown rule id in JSON and in package.json', async () => {
    await expectConfigError(
      { 'thuatngu.config.json': '{\n  "rules": {\n    "no-such-rule": "off"\n  }\n}\n' },
      /thuatngu\.config\.json:3:5 {2}error: unknown rule `no-such-rule`/,
    );
    await expectConfigError(
      { 'package.json': '{\n  "name": "x",\n  "thuatngu": {\n    "rules": { "nope": "off" }\n  }\n}\n' },
      /package\.json:4:16 {2}error: unknown rule `nope`/,
    );
  });

  it('unknown setting, bad value, bad type, bad date, several at once in file order', async () => {
    const r = await expectConfigError(
      {
        'thuatngu.config.yaml': [
          'spelling: en-AU',
          'rule:',
          '  term-case: off',
          'glossary: terms.yaml',
          'maxFileSize: -5',
          'date: 2025-02-30',
          'rules:',
          '  term-case: loud',
          'pairs:',
          '  - source: a.md',
          '',
        ].join('\n'),
      },
      /thuatngu\.config\.yaml:1:11 {2}error: `spelling` is "en-AU"; use one of: consistent, en-GB, en-US, en-GB-oxendict\./,
    );
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/:1:11 {2}error: `spelling` is "en-AU"/),
      expect.stringMatching(/:2:1 {2}error: unknown setting `rule`; the settings are: rules, glossary, builtin, spelling, ignores, maxFileSize, lang, date, pairs\./),
      expect.stringMatching(/:4:11 {2}error: `glossary` must be of type array \(found "terms\.yaml"\)/),
      expect.stringMatching(/:5:14 {2}error: `maxFileSize` must be a whole number above 0 \(found -5\)/),
      expect.stringMatching(/:6:7 {2}error: `date` must be a date written YYYY-MM-DD/),
      expect.stringMatching(/:8:14 {2}error: `rules\.term-case` is "loud"; use one of: error, warning, info, off\./),
      expect.stringMatching(/:10:5 {2}error: `pairs\[0\]\.target` is missing\./),
      'Configuration problems: 7. Fix the configuration file and run the command again.',
    ]);
  });

  it('a config that is not a set of settings; a module without a default export; one that throws', async () => {
    await expectConfigError({ 'thuatngu.config.yaml': '- a\n- b\n' }, /thuatngu\.config\.yaml:1:1 {2}error: the configuration must be a set of settings/);
    await expectConfigError({ 'thuatngu.config.mjs': 'export const rules = {};\n' }, /thuatngu\.config\.mjs:1:1 {2}error: this module has no default export/);
    await expectConfigError(
      { 'thuatngu.config.mjs': 'throw new Error("boom");\n' },
      /thuatngu\.config\.mjs:1:1 {2}error: cannot load this configuration: boom\./,
    );
  });

  it('in Vietnamese', async () => {
    const dir = folder({ 'thuatngu.config.json': '{ "rules": { "x-rule": "off" } }' });
    const r = await run(['check', '--lang', 'vi'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/thuatngu\.config\.json:1:14 {2}lỗi: không có quy tắc `x-rule`/);
    expect(r.stderr).toContain('Hãy sửa tệp cấu hình');
  });

  it.each([
    ['a list where a mapping belongs', { rules: ['term-case'] }, [['config.badType', { path: 'rules', expected: 'object', found: '[…]' }]]],
    ['a list as a pair', { pairs: [['a.md', 'b.md']] }, [['config.badType', { path: 'pairs[0]', expected: 'object', found: '[…]' }]]],
    ['a fraction', { maxFileSize: 1.5 }, [['config.badNumber', { path: 'maxFileSize', found: '1.5' }]]],
    ['a negative fraction: one message, not two', { maxFileSize: -1.5 }, [['config.badNumber', { path: 'maxFileSize', found: '-1.5' }]]],
    ['a number as text', { maxFileSize: '10' }, [['config.badType', { path: 'maxFileSize', expected: 'number', found: '"10"' }]]],
    [
      'every unknown key, not only the first',
      { sources: 'a', pairs: [{ source: 'a', target: 'b', from: 'c', to: 'd' }] },
      [
        ['config.unknownKey', { key: 'sources', allowed: 'rules, glossary, builtin, spelling, ignores, maxFileSize, lang, date, pairs' }],
        ['config.unknownKey', { key: 'pairs[0].from', allowed: 'source, target' }],
        ['config.unknownKey', { key: 'pairs[0].to', allowed: 'source, target' }],
      ],
    ],
  ])('validateConfig: %s', (_, raw, expected) => {
    let issues: ConfigError['issues'] = [];
    try {
      validateConfig(raw, 'c.json');
    } catch (error) {
      issues = (error as ConfigError).issues;
    }
    // Without a file to locate them in, every issue is at 1:1: their order is not the point.
    const key = (issue: unknown): string => JSON.stringify(issue);
    expect(issues.map((i) => [i.messageId, i.data]).sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      [...expected].sort((a, b) => key(a).localeCompare(key(b))),
    );
  });

  it('validateConfig takes any JSON value: settings, or a ConfigError with at least one issue', () => {
    const setting = fc.constantFrom('rules', 'glossary', 'builtin', 'spelling', 'ignores', 'maxFileSize', 'lang', 'date', 'pairs', '$schema', 'x');
    const value = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom('en-GB', 'vi', 'off', '2025-07-01', 5, [], {}, [{ source: 'a' }]));
    fc.assert(
      fc.property(fc.oneof(fc.dictionary(setting, value, { maxKeys: 4 }), fc.jsonValue({ maxDepth: 3 })), (raw) => {
        try {
          expect(typeof validateConfig(raw, 'c.json')).toBe('object');
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigError);
          expect((error as ConfigError).issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('validateConfig throws a ConfigError carrying the issues', () => {
    expect(() => validateConfig({ rules: { bogus: 'off' } }, 'c.json')).toThrow(ConfigError);
    try {
      validateConfig({ rules: { bogus: 'off' } }, 'c.json');
    } catch (error) {
      expect((error as ConfigError).issues).toEqual([
        { file: 'c.json', line: 1, column: 1, messageId: 'config.unknownRule', data: expect.objectContaining({ rule: 'bogus' }) },
      ]);
    }
  });
});
