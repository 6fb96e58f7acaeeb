import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../src/reporters/stylish.js';
import { displayWidth, stripAnsi } from '../../src/reporters/ansi.js';
import type { FileResult } from '../../src/types.js';
import { CWD, deprecated, makeMessage, makeResult, results, spelling, termCase } from './fixtures.js';

/** Terminal column at which `needle` starts in `line`. */
function columnOf(line: string, needle: string): number {
  const at = line.indexOf(needle);
  expect(at, `${needle} in ${line}`).toBeGreaterThanOrEqual(0);
  return displayWidth(line.slice(0, at));
}

describe('formatStylish', () => {
  it('prints nothing when there are no messages', () => {
    expect(formatStylish([], { lang: 'en' })).toBe('');
    expect(formatStylish([makeResult(`${CWD}/a.md`, [])], { lang: 'vi', color: true })).toBe('');
  });

  it('lists each file with messages, relative to cwd, then a summary (English)', () => {
    const out = formatStylish(results, { lang: 'en', cwd: CWD });
    const lines = out.split('\n');
    expect(lines[0]).toBe('bai-viet/dai-hoi.md');
    expect(out).not.toContain('sach.md'); // no messages: not listed
    expect(out).toContain('\nbai-viet/hội nghị.md\n');
    expect(lines[1]).toMatch(/^ {4}3:12 {2}error {4}Use “Provincial/);
    expect(lines[1]!.endsWith('deprecated-term')).toBe(true);
    expect(lines[2]).toMatch(/^ {3}12:1 {3}warning {2}Capitalise/);
    expect(lines[3]).toMatch(/^ {2}120:7 {3}info {5}British/);
    expect(out).toContain('✖ Problems: 4 (errors: 2, warnings: 1, info: 1)');
    expect(out).toContain('  Fixable with the --fix option: 2');
    expect(out.endsWith('\n')).toBe(true);
    expect(out).not.toContain('\u001b[');
  });

  it('aligns the columns of one file', () => {
    for (const lang of ['en', 'vi'] as const) {
      const out = formatStylish([results[0]!], { lang, cwd: CWD });
      const rows = out.split('\n').slice(1, 4);
      const messages = [deprecated, termCase, spelling];
      const colons = rows.map((r) => r.indexOf(':'));
      expect(new Set(colons).size).toBe(1);
      const labels = { en: ['error', 'warning', 'info'], vi: ['lỗi', 'cảnh báo', 'thông tin'] }[lang];
      const severityStarts = rows.map((r, i) => columnOf(r, `  ${labels[i]!}`));
      expect(new Set(severityStarts).size).toBe(1);
      const textStarts = rows.map((r, i) => columnOf(r, messages[i]!.message!));
      expect(new Set(textStarts).size).toBe(1);
      const ruleStarts = rows.map((r, i) => columnOf(r, messages[i]!.ruleId));
      expect(new Set(ruleStarts).size).toBe(1);
    }
  });

  it('speaks Vietnamese when asked', () => {
    const out = formatStylish(results, { lang: 'vi', cwd: CWD });
    expect(out).toMatch(/^ {4}3:12 {2}lỗi {8}Use/m);
    expect(out).toMatch(/^ {3}12:1 {3}cảnh báo {3}Capitalise/m);
    expect(out).toMatch(/^ {2}120:7 {3}thông tin {2}British/m);
    expect(out).toContain('✖ Vấn đề: 4 (lỗi: 2, cảnh báo: 1, thông tin: 1)');
    expect(out).toContain('Có thể sửa tự động bằng tùy chọn --fix: 2');
    expect(out).not.toContain('Problems');
  });

  it('leaves out the fixable line when nothing is fixable', () => {
    const out = formatStylish([makeResult('x.md', [spelling])], { lang: 'en' });
    expect(out).toContain('Problems: 1 (errors: 0, warnings: 0, info: 1)');
    expect(out).not.toContain('--fix');
  });

  it('colours only when asked, and the plain text stays the same', () => {
    const plain = formatStylish(results, { lang: 'en', cwd: CWD });
    const coloured = formatStylish(results, { lang: 'en', cwd: CWD, color: true });
    expect(coloured).toContain('\u001b[4mbai-viet/dai-hoi.md\u001b[24m');
    expect(coloured).toContain('\u001b[31merror  \u001b[39m');
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
    expect(coloured).toContain('\u001b[34minfo   \u001b[39m');
    expect(coloured).toMatch(/\u001b\[31m\u001b\[1m✖ Problems/);
    expect(stripAnsi(coloured)).toBe(plain);
  });

  it('keeps a message on one line and drops control characters from the document', () => {
    const nasty = makeMessage({
      ruleId: 'untranslated',
      severity: 'warning',
      at: [2, 3, 10],
      actual: 'x',
      message: 'line one\nline two\u001b[2J\tend',
    });
    const out = formatStylish([makeResult('a.md', [nasty])], { lang: 'en' });
    expect(out).toContain('line one line two[2J end');
    expect(out).not.toContain('\u001b');
    expect(out.split('\n')[1]).toMatch(/^ {2}2:3 {2}warning {2}line one/);
  });

  it('does not pad the other rows of a file to one very long message', () => {
    const long = makeMessage({ ruleId: 'untranslated', severity: 'warning', at: [9, 1, 200], actual: 'x', message: `“${'a'.repeat(300)}” is not translated.` });
    const out = formatStylish([makeResult('a.md', [deprecated, long, termCase])], { lang: 'en' });
    const rows = out.split('\n').slice(1, 4);
    // the short rows stay aligned with each other, and no wider than the longer of the two needs
    const ruleStarts = [rows[0]!, rows[2]!].map((r, i) => columnOf(r, [deprecated, termCase][i]!.ruleId));
    expect(new Set(ruleStarts).size).toBe(1);
    expect(ruleStarts[0]).toBeLessThan(columnOf(rows[0]!, deprecated.message!) + deprecated.message!.length + 4);
    // the long row keeps its whole text, then its rule id
    expect(rows[1]).toContain('a'.repeat(300));
    expect(rows[1]!.endsWith('” is not translated.  untranslated')).toBe(true);
  });

  it('counts from the file results and keeps absolute paths outside cwd relative', () => {
    const r: FileResult[] = [makeResult('/srv/khac/b.md', [termCase])];
    const out = formatStylish(r, { lang: 'en', cwd: CWD });
    expect(out.split('\n')[0]).toBe('../../../srv/khac/b.md');
    expect(formatStylish(r, { lang: 'en' }).split('\n')[0]).toBe('/srv/khac/b.md');
  });
});

describe('formatStylish with Vietnamese message text', () => {
  it('aligns the rule ids by what the terminal shows, combining marks included', () => {
    const nfd = 'Thiếu thuật ngữ “Ủy ban Kiểm tra”.'.normalize('NFD');
    const a = makeMessage({ ruleId: 'missing-term', severity: 'error', at: [1, 1, 0], actual: 'a', message: nfd });
    const b = makeMessage({ ruleId: 'near-miss', severity: 'warning', at: [2, 1, 9], actual: 'b', message: 'Gần đúng: “Uỷ ban”.' });
    const out = formatStylish([makeResult('vi.md', [a, b])], { lang: 'vi' });
    const rows = out.split('\n').slice(1, 3);
    expect(columnOf(rows[0]!, 'missing-term')).toBe(columnOf(rows[1]!, 'near-miss'));
    expect(displayWidth(nfd)).toBe(nfd.normalize('NFC').length);
  });
});

describe('displayWidth', () => {
  // What a terminal shows: one column per grapheme, two for wide ones (CJK, emoji).
  const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
  const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|\p{Extended_Pictographic}/u;
  const columns = (text: string): number => {
    let width = 0;
    for (const { segment } of graphemes.segment(stripAnsi(text))) width += WIDE.test(segment) ? 2 : 1;
    return width;
  };

  it('counts every Latin letter and punctuation mark as a terminal does, emoji-like © and ‼ as two', () => {
    const blocks: Array<[number, number]> = [[0x20, 0x7e], [0xa0, 0x36f], [0x1e00, 0x1eff], [0x2000, 0x206f]];
    for (const [from, to] of blocks) {
      for (let c = from; c <= to; c++) {
        const text = `a${String.fromCharCode(c)}b`;
        expect(displayWidth(text), `U+${c.toString(16)}`).toBe(columns(text));
      }
    }
    expect(displayWidth('©')).toBe(2);
  });

  it('measures Vietnamese, CJK, emoji and coloured text', () => {
    for (const text of ['Ban Dân vận Tỉnh ủy', '“Quảng Trị” – 2025…', '越南 😀 ok', '\u001b[31mĐà Nẵng\u001b[0m', 'Ủy ban'.normalize('NFD')]) {
      expect(displayWidth(text), text).toBe(columns(text));
    }
  });
});
