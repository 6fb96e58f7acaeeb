import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeInput, firstInvalidUtf8, looksBinary } from '../../src/cli/read.js';
import { formatOf } from '../../src/cli/files.js';
import { run } from './run.js';

const fixtures = join(import.meta.dirname, 'fixtures', 'check');
const DEPRECATED = 'Central Committee for Mass Mobilization';
const PREFERRED = /^Party Central Committee's Commission for Mass Mobili[sz]ation$/;

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary project (with .git, so that config discovery stops there) holding `files`. */
function project(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'thuatngu-check-'));
  made.push(dir);
  mkdirSync(join(dir, '.git'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');

/** The text with the deprecated term's fix (as `check --format json` reports it) applied. */
async function expectedFix(dir: string, name: string): Promise<string> {
  const source = readFileSync(join(dir, name), 'utf8');
  const r = await checkJson([name], dir);
  const m = r.files[0]!.messages.find((x) => x.ruleId === 'deprecated-term')!;
  expect(m.fix!.text).toMatch(PREFERRED);
  expect(source.slice(m.fix!.range[0], m.fix!.range[1])).toBe(DEPRECATED);
  return source.slice(0, m.fix!.range[0]) + m.fix!.text + source.slice(m.fix!.range[1]);
}

interface JsonMessage {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  actual: string;
  expected: string[];
  conceptId?: string;
  fix?: { range: [number, number]; text: string };
}
interface JsonFile {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
}

async function checkJson(args: string[], cwd: string, env?: Record<string, string>) {
  const r = await run(['check', '--format', 'json', ...args], { cwd, ...(env ? { env } : {}) });
  let files: JsonFile[] = [];
  if (r.stdout.trim() !== '') files = JSON.parse(r.stdout) as JsonFile[];
  return { ...r, files };
}

describe('thuatngu check: output and exit codes', () => {
  it('reports a deprecated term as JSON, with its place and concept', async () => {
    const dir = project({ 'news.md': fixture('deprecated.md') });
    const r = await checkJson(['news.md'], dir);
    expect(r.stderr).toBe('');
    expect(r.files).toHaveLength(1);
    const [file] = r.files;
    expect(file!.filePath).toBe(join(dir, 'news.md'));
    const deprecated = file!.messages.filter((m) => m.ruleId === 'deprecated-term');
    // Once: the same words in inline code are not prose.
    expect(deprecated).toHaveLength(1);
    expect(deprecated[0]).toMatchObject({
      ruleId: 'deprecated-term',
      severity: 'warning',
      line: 7,
      column: 5,
      endLine: 7,
      endColumn: 5 + DEPRECATED.length,
      actual: DEPRECATED,
      conceptId: 'ban-dan-van-trung-uong',
    });
    expect(deprecated[0]!.expected[0]).toMatch(PREFERRED);
    expect(deprecated[0]!.fix!.text).toBe(deprecated[0]!.expected[0]);
    expect(deprecated[0]!.message).toContain(`“${DEPRECATED}” is not the standard English`);
    expect(file!.warningCount).toBeGreaterThanOrEqual(1);
    expect(file!.errorCount).toBe(0);
    // Warnings only: exit 0.
    expect(r.code).toBe(0);
  });

  it('exits 1 when a message is an error (--rule id=error)', async () => {
    const dir = project({ 'news.md': fixture('deprecated.md') });
    const r = await checkJson(['--rule', 'deprecated-term=error'], dir);
    expect(r.code).toBe(1);
    expect(r.files[0]!.errorCount).toBe(1);
    expect(r.files[0]!.messages.find((m) => m.ruleId === 'deprecated-term')!.severity).toBe('error');
  });

  it('--rule id=off turns a rule off', async () => {
    const dir = project({ 'news.md': fixture('deprecated.md') });
    const r = await checkJson(['--rule', 'deprecated-term=off'], dir);
    expect(r.code).toBe(0);
    expect(r.files[0]!.messages.map((m) => m.ruleId)).not.toContain('deprecated-term');
  });

  it('--max-warnings: 0 allowed → exit 1 with a note on stderr; enough allowed → exit 0', async () => {
    const dir = project({ 'news.md': fixture('deprecated.md') });
    const strict = await checkJson(['--max-warnings', '0'], dir);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/Too many warnings: \d+, and --max-warnings allows 0/);
    const loose = await checkJson(['--max-warnings', '50'], dir);
    expect(loose.code).toBe(0);
  });

  it('a clean file: exit 0, an empty message list, nothing printed by stylish', async () => {
    const dir = project({ 'clean.md': fixture('clean.md') });
    const json = await checkJson([], dir);
    expect(json.code).toBe(0);
    expect(json.files).toEqual([
      { filePath: join(dir, 'clean.md'), messages: [], errorCount: 0, warningCount: 0, infoCount: 0 },
    ]);
    const stylish = await run(['check'], { cwd: dir });
    expect(stylish.code).toBe(0);
    expect(stylish.stdout).toBe('');
  });

  it('stylish is the default: paths relative to the working folder, no colour when not a terminal', async () => {
    const dir = project({ 'docs/news.md': fixture('deprecated.md') });
    const r = await run(['check'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^docs\/news\.md\n/);
    expect(r.stdout).toMatch(/7:5\s+warning\s+.*deprecated-term/);
    expect(r.stdout).not.toContain('\u001b[');
    const colored = await run(['check', '--color'], { cwd: dir });
    expect(colored.stdout).toContain('\u001b[');
  });

  it('sarif and github formats', async () => {
    const dir = project({ 'news.md': fixture('deprecated.md') });
    const sarif = await run(['check', '--format', 'sarif'], { cwd: dir });
    expect(sarif.code).toBe(0);
    const log = JSON.parse(sarif.stdout) as {
      version: string;
      runs: Array<{ tool: { driver: { name: string; version?: string; rules: Array<{ id: string; shortDescription: { text: string } }> } }; results: Array<{ ruleId: string }> }>;
    };
    expect(log.version).toBe('2.1.0');
    const runOne = log.runs[0]!;
    expect(runOne.results.map((x) => x.ruleId)).toContain('deprecated-term');
    const rule = runOne.tool.driver.rules.find((x) => x.id === 'deprecated-term');
    expect(rule!.shortDescription.text).toBe('A rendering that the glossary marks as wrong or non-standard.');
    expect(runOne.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);

    const github = await run(['check', '--format', 'github'], { cwd: dir });
    expect(github.code).toBe(0);
    expect(github.stdout).toMatch(/^::warning file=news\.md,line=7,col=5,/m);
  });

  it('--lang vi: messages and reporter framing in Vietnamese', async () => {
    const dir = project({ 'news.md': fixture('deprecated.md'), 'bin.txt': new Uint8Array([0, 1, 2, 3]) });
    const r = await checkJson(['--lang', 'vi'], dir);
    const news = r.files.find((f) => f.filePath.endsWith('news.md'))!;
    expect(news.messages.find((m) => m.ruleId === 'deprecated-term')!.message).toContain('không phải cách dịch tiếng Anh chuẩn');
    const bin = r.files.find((f) => f.filePath.endsWith('bin.txt'))!;
    expect(bin.messages[0]!.message).toContain('tệp nhị phân');
    const stylish = await run(['check', '--lang', 'vi'], { cwd: dir });
    expect(stylish.stdout).toContain('không phải cách dịch tiếng Anh chuẩn');
  });

  it('the language also comes from LANG', async () => {
    const dir = project({ 'news.md': fixture('deprecated.md') });
    const r = await checkJson([], dir, { LANG: 'vi_VN.UTF-8' });
    expect(r.files[0]!.messages.find((m) => m.ruleId === 'deprecated-term')!.message).toContain('hãy viết');
  });
});

describe('thuatngu check --fix', () => {
  it('writes the fix, leaves every other byte as it was, and is idempotent', async () => {
    const source = fixture('deprecated.md');
    const dir = project({ 'news.md': source, 'clean.md': fixture('clean.md') });
    const expected = await expectedFix(dir, 'news.md');
    const r = await run(['check', '--fix', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('Fixes applied: 1 (files changed: 1).\n');
    const fixed = readFileSync(join(dir, 'news.md'), 'utf8');
    expect(fixed).toBe(expected);
    // Only the words of the term changed: the text before and after it is byte-identical.
    const at = source.indexOf(DEPRECATED);
    expect(fixed.slice(0, at)).toBe(source.slice(0, at));
    expect(fixed.slice(fixed.length - (source.length - at - DEPRECATED.length))).toBe(source.slice(at + DEPRECATED.length));
    // The inline code copy is untouched.
    expect(fixed).toContain(`\`${DEPRECATED}\``);
    expect(readFileSync(join(dir, 'clean.md'), 'utf8')).toBe(fixture('clean.md'));
    // The remaining messages are those of the fixed text.
    const files = JSON.parse(r.stdout) as JsonFile[];
    expect(files.find((f) => f.filePath.endsWith('news.md'))!.messages.map((m) => m.ruleId)).not.toContain('deprecated-term');
    // No temporary file left behind.
    expect(readdirSync(dir).sort()).toEqual(['.git', 'clean.md', 'news.md']);

    const again = await run(['fix', '--format', 'json'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('Fixes applied: 0 (files changed: 0).\n');
    expect(readFileSync(join(dir, 'news.md'), 'utf8')).toBe(fixed);
  });

  it('`thuatngu fix` is `check --fix`, and speaks Vietnamese', async () => {
    const dir = project({ 'news.md': fixture('deprecated.md') });
    const r = await run(['fix', '--lang', 'vi'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('Số chỗ đã sửa: 1 (số tệp đã thay đổi: 1).\n');
    expect(readFileSync(join(dir, 'news.md'), 'utf8')).toMatch(/The Party Central Committee's Commission for Mass Mobili[sz]ation held/);
  });

  it('keeps CRLF line endings and a byte order mark', async () => {
    const body = 'Title\r\n\r\nThe Central Committee for Mass Mobilization met.\r\nSecond line.\r\n';
    const dir = project({ 'crlf.md': body, 'bom.md': `\uFEFF${body}` });
    const checked = await checkJson([], dir);
    for (const file of checked.files) {
      const m = file.messages.find((x) => x.ruleId === 'deprecated-term')!;
      expect([m.line, m.column]).toEqual([3, 5]);
    }
    const crlf = await expectedFix(dir, 'crlf.md');
    const withBom = await expectedFix(dir, 'bom.md');
    expect(withBom).toBe(`\uFEFF${crlf}`);
    expect(crlf.split('\r\n')).toHaveLength(5);
    await run(['fix'], { cwd: dir });
    expect(readFileSync(join(dir, 'crlf.md'), 'utf8')).toBe(crlf);
    const bom = readFileSync(join(dir, 'bom.md'));
    expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bom.toString('utf8')).toBe(withBom);
  });

  it('NFD Vietnamese text: checked without a crash, and left in NFD by a fix', async () => {
    const vi = 'Ban Dân vận Trung ương'.normalize('NFD');
    const body = `# ${vi}\n\nThe Central Committee for Mass Mobilization (${vi}) met.\n`;
    const dir = project({ 'nfd.md': body });
    const r = await checkJson([], dir);
    expect(r.code).toBe(0);
    const m = r.files[0]!.messages.find((x) => x.ruleId === 'deprecated-term')!;
    expect(m.actual).toBe(DEPRECATED);
    expect(m.line).toBe(3);
    const expected = await expectedFix(dir, 'nfd.md');
    expect(expected).toContain(`(${vi}) met.`);
    await run(['fix'], { cwd: dir });
    expect(readFileSync(join(dir, 'nfd.md'), 'utf8')).toBe(expected);
  });
});

describe('thuatngu check: files that cannot be checked', () => {
  it('binary, invalid UTF-8 and empty files: one clear message each (or none), the rest still checked', async () => {
    const invalid = Buffer.concat([Buffer.from('Line one\nLine two ', 'utf8'), Buffer.from([0xc3, 0x28]), Buffer.from(' end\n')]);
    const dir = project({
      'a-binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
      'b-latin1.txt': invalid,
      'c-empty.md': '',
      'd-news.md': fixture('deprecated.md'),
    });
    const r = await checkJson([], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.files.map((f) => f.filePath.slice(dir.length + 1))).toEqual(['a-binary.txt', 'b-latin1.txt', 'c-empty.md', 'd-news.md']);
    const [binary, latin1, empty, news] = r.files;
    expect(binary!.messages).toEqual([
      expect.objectContaining({ ruleId: 'read-error', severity: 'error', line: 1, column: 1, message: expect.stringContaining('binary file') }),
    ]);
    expect(binary!.errorCount).toBe(1);
    expect(latin1!.messages).toHaveLength(1);
    expect(latin1!.messages[0]).toMatchObject({ ruleId: 'read-error', severity: 'error', line: 1, column: 1 });
    expect(latin1!.messages[0]!.message).toMatch(/not valid UTF-8 \(the first bad byte is at offset 18, on line 2\).*Save it as UTF-8/);
    expect(empty!.messages).toEqual([]);
    expect(news!.messages.some((m) => m.ruleId === 'deprecated-term')).toBe(true);
  });

  it('something that is not a regular file, named outright, is reported rather than read', async () => {
    const dir = project({ 'a.md': fixture('clean.md') });
    const r = await checkJson(['/dev/null', 'a.md'], dir);
    expect(r.code).toBe(1);
    expect(r.files.map((f) => f.filePath)).toEqual(['/dev/null', join(dir, 'a.md')]);
    expect(r.files[0]!.messages).toEqual([
      expect.objectContaining({ ruleId: 'read-error', message: expect.stringContaining('not a regular file') }),
    ]);
  });

  it('--fix does not touch a file it could not read', async () => {
    const bytes = Buffer.from([0x54, 0x68, 0x65, 0x20, 0xff, 0xfe, 0x0a]);
    const dir = project({ 'bad.txt': bytes });
    const r = await run(['fix', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 'bad.txt'))).toEqual(bytes);
  });

  it('a file above maxFileSize is reported, not read', async () => {
    const dir = project({
      'thuatngu.config.json': JSON.stringify({ maxFileSize: 100 }),
      'big.md': `${'The Central Committee for Mass Mobilization met. '.repeat(10)}\n`,
      'small.md': fixture('clean.md'),
    });
    const r = await checkJson([], dir);
    expect(r.code).toBe(1);
    const big = r.files.find((f) => f.filePath.endsWith('big.md'))!;
    expect(big.messages).toHaveLength(1);
    expect(big.messages[0]!.message).toMatch(/above the limit of 0\.0 MB.*maxFileSize/);
    expect(r.files.find((f) => f.filePath.endsWith('small.md'))!.messages).toEqual([]);
  });

  it('reading: the helpers tell text from binary and find the bad byte', () => {
    expect(decodeInput(new Uint8Array())).toEqual({ ok: true, text: '' });
    expect(decodeInput(Buffer.from('\uFEFFxin chào\r\n'))).toEqual({ ok: true, text: '\uFEFFxin chào\r\n' });
    expect(looksBinary(Buffer.from('plain text\twith tabs\r\n'))).toBe(false);
    expect(looksBinary(Buffer.from([1, 2, 3, 4, 5, 65]))).toBe(true);
    expect(looksBinary(Buffer.from('ok\u0000'))).toBe(true);
    expect(firstInvalidUtf8(Buffer.from('Việt Nam'))).toBe(Buffer.byteLength('Việt Nam'));
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xe1, 0xbb]))).toBe(1); // truncated sequence
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xc0, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // a surrogate
    expect(decodeInput(Buffer.from([0x61, 0x0a, 0x62, 0xe9, 0x0a]))).toEqual({ ok: false, reason: 'encoding', byte: 3, line: 2 });
  });

  it('reading: accepts exactly the bytes a strict UTF-8 decoder accepts, and decodes them as it does', () => {
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const samples = [
      [0xef, 0xbb, 0xbf, 0x61], // byte order mark, kept
      [0xf0, 0x9f, 0x98, 0x80], // astral
      [0xf4, 0x8f, 0xbf, 0xbf], // U+10FFFF
      [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
      [0xed, 0x9f, 0xbf], // U+D7FF
      [0xed, 0xa0, 0x80], // a surrogate
      [0xe0, 0x80, 0x80], // overlong
      [0xc2], // truncated
      [0x80], // lone continuation byte
      [0xf8, 0x88, 0x80, 0x80, 0x80], // five bytes
    ];
    for (const bytes of samples) {
      const input = Buffer.from([0x78, ...bytes, 0x0a]);
      let expected: string | undefined;
      try {
        expected = strict.decode(input);
      } catch {
        expected = undefined;
      }
      const got = decodeInput(input);
      expect(got.ok ? got.text : undefined, bytes.map((b) => b.toString(16)).join(' ')).toBe(expected);
    }
  });
});

describe('thuatngu check: which files', () => {
  it('walks folders for .md, .markdown and .txt, skipping node_modules, .git and dist', async () => {
    const dir = project({
      'a.md': fixture('clean.md'),
      'docs/b.markdown': fixture('clean.md'),
      'docs/deep/c.txt': 'plain text\n',
      'docs/d.html': '<p>not checked</p>',
      'node_modules/pkg/readme.md': fixture('deprecated.md'),
      'dist/out.md': fixture('deprecated.md'),
      '.git/notes.md': fixture('deprecated.md'),
    });
    const r = await checkJson([], dir);
    expect(r.code).toBe(0);
    expect(r.files.map((f) => f.filePath.slice(dir.length + 1))).toEqual(['a.md', 'docs/b.markdown', 'docs/deep/c.txt']);
    const sub = await checkJson(['docs'], dir);
    expect(sub.files.map((f) => f.filePath.slice(dir.length + 1))).toEqual(['docs/b.markdown', 'docs/deep/c.txt']);
  });

  it('expands globs, and takes a file named outright whatever its extension', async () => {
    const dir = project({
      'a.md': fixture('clean.md'),
      'docs/b.md': fixture('clean.md'),
      'docs/c.txt': 'plain text\n',
      'notes.text': 'The Central Committee for Mass Mobilization met.\n',
    });
    const r = await checkJson(['docs/*.md', 'notes.text', 'a.md', 'docs/b.md'], dir);
    expect(r.files.map((f) => f.filePath.slice(dir.length + 1))).toEqual(['docs/b.md', 'notes.text', 'a.md']);
    expect(r.files[1]!.messages.some((m) => m.ruleId === 'deprecated-term')).toBe(true);
    const deep = await checkJson(['**/*.txt'], join(dir, 'docs'));
    expect(deep.files.map((f) => f.filePath)).toEqual([join(dir, 'docs/c.txt')]);
    const up = await checkJson(['../docs/*.txt'], join(dir, 'docs'));
    expect(up.files.map((f) => f.filePath)).toEqual([join(dir, 'docs/c.txt')]);
  });

  it('format by extension: inline code is prose in .txt, not in .md', async () => {
    const text = 'See `Central Committee for Mass Mobilization` here.\n';
    const dir = project({ 'a.md': text, 'a.txt': text });
    const r = await checkJson([], dir);
    const ids = (name: string) => r.files.find((f) => f.filePath.endsWith(name))!.messages.map((m) => m.ruleId);
    expect(ids('a.md')).not.toContain('deprecated-term');
    expect(ids('a.txt')).toContain('deprecated-term');
    expect(formatOf('x.MARKDOWN')).toBe('markdown');
    expect(formatOf('x.rst')).toBe('text');
  });

  it('a missing path, or a glob that matches nothing: exit 2, naming it', async () => {
    const dir = project({ 'a.md': fixture('clean.md') });
    const missing = await run(['check', 'a.md', 'nope.md'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('`nope.md` does not exist');
    const glob = await run(['check', 'docs/**/*.md'], { cwd: dir });
    expect(glob.code).toBe(2);
    expect(glob.stderr).toContain('no file matches `docs/**/*.md`');
    const vi = await run(['check', 'nope.md', '--lang', 'vi'], { cwd: dir });
    expect(vi.stderr).toContain('`nope.md` không tồn tại');
  });
});

describe('thuatngu check: only your own glossary (--no-builtin, builtin: false)', () => {
  const house = JSON.stringify([
    {
      id: 'ban-bien-tap',
      domain: 'general',
      vi: 'Ban Biên tập',
      en: 'Editorial Board',
      deprecated: [{ term: 'Editing Committee', reason: 'house style' }],
      sources: ['our style guide'],
    },
  ]);
  const text = `The Editing Committee met. ${DEPRECATED} too.\n`;

  it('checks against the given files alone', async () => {
    const dir = project({ 'news.md': text, 'house.json': house });
    const both = await checkJson(['--glossary', 'house.json'], dir);
    expect(both.files[0]!.messages.map((m) => m.conceptId)).toEqual(expect.arrayContaining(['ban-bien-tap', 'ban-dan-van-trung-uong']));
    const alone = await checkJson(['--glossary', 'house.json', '--no-builtin'], dir);
    expect(alone.files[0]!.messages.map((m) => [m.ruleId, m.conceptId, m.actual])).toEqual([['deprecated-term', 'ban-bien-tap', 'Editing Committee']]);
  });

  it('reads `builtin: false` from the configuration', async () => {
    const dir = project({
      'news.md': text,
      'house.json': house,
      'thuatngu.config.json': JSON.stringify({ glossary: ['house.json'], builtin: false }),
    });
    const r = await checkJson([], dir);
    expect(r.files[0]!.messages.map((m) => m.conceptId)).toEqual(['ban-bien-tap']);
  });

  it('lookup and glossary stats take --no-builtin too', async () => {
    const dir = project({ 'house.json': house });
    const found = await run(['lookup', 'ban bien tap', '--glossary', 'house.json', '--no-builtin', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(found.stdout).map((m: { id: string }) => m.id)).toEqual(['ban-bien-tap']);
    const stats = await run(['glossary', 'stats', '--glossary', 'house.json', '--no-builtin', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(stats.stdout).concepts).toBe(1);
    const none = await run(['lookup', 'ban bien tap', '--no-builtin'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--no-builtin leaves no glossary');
  });
});

describe('thuatngu check: bad options', () => {
  it.each([
    [['--format', 'xml'], /unknown format `xml`; use one of: stylish, json, sarif, github/],
    [['--max-warnings=-1'], /--max-warnings -1/],
    [['--max-warnings', 'many'], /--max-warnings many/],
    [['--date', '2025-02-30'], /--date 2025-02-30`: write the date as YYYY-MM-DD/],
    [['--spelling', 'en-AU'], /unknown spelling `en-AU`/],
    [['--rule', 'no-such-rule=off'], /--rule no-such-rule=off`: write id=level/],
    [['--rule', 'term-case=loud'], /--rule term-case=loud/],
    [['--glossary', 'missing.yaml'], /missing\.yaml:1:1/],
    [['--no-builtin'], /--no-builtin leaves no glossary: name your glossary files with --glossary/],
    [['--bogus'], /there is no option `--bogus`/],
    [['--format'], /`--format` needs a value: `--format <value>`/],
    [['--fix=yes'], /`--fix` takes no value/],
  ])('%j → exit 2 with a clear message', async (args, pattern) => {
    const dir = project({ 'a.md': fixture('clean.md') });
    const r = await run(['check', ...args], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('says what is wrong with an option in the language asked for, even beside the wrong option', async () => {
    const r = await run(['check', '--nope', '--lang', 'vi']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không có tùy chọn `--nope`');
  });

  it('--date and --spelling reach the rules', async () => {
    const dir = project({ 'news.md': 'The Central Committee for Mass Mobilization met. The labour market and the programme.\n' });
    const undated = await checkJson([], dir);
    const superseded = (r: typeof undated) => r.files[0]!.messages.filter((m) => m.ruleId === 'superseded-term');
    expect(superseded(undated).map((m) => m.severity)).toEqual(['info']);
    const dated = await checkJson(['--date', '2025-06-01'], dir);
    expect(superseded(dated).length).toBe(1);
    expect(superseded(dated)[0]!.severity).not.toBe('info');
    const us = await checkJson(['--spelling', 'en-US'], dir);
    expect(us.files[0]!.messages.filter((m) => m.ruleId === 'spelling-variant').map((m) => m.actual)).toEqual(
      expect.arrayContaining(['labour', 'programme']),
    );
  });
});
