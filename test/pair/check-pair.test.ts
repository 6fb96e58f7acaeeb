/**
 * The bilingual checks end to end, on small fixtures of our own: every rule in every format, in
 * both directions, with the built-in glossary.
 */
import { describe, expect, it } from 'vitest';
import { checkBilingualFile, checkPair } from '../../src/check-pair.js';
import type { FileResult } from '../../src/types.js';

const rules = (r: FileResult) => [...new Set(r.messages.map((m) => m.ruleId))].sort();
const only = (r: FileResult, ruleId: string) => r.messages.filter((m) => m.ruleId === ruleId);

describe('Markdown pairs', () => {
  const vi = '# Phiên họp\n\nChính phủ họp ngày 11/6/2024. Chính phủ thông qua 3 nghị định.\n\nQuốc hội khai mạc kỳ họp.\n';
  const en = '# The meeting\n\nThe Government met on June 12, 2024 and passed 3 decrees.\n\nThe National Assembly opened its session.\n';

  it('vi → en: missing-term and number-mismatch in the aligned paragraph, positions in the target file', () => {
    const { source, target } = checkPair(vi, en, { format: 'markdown', sourcePath: 'a.vi.md', targetPath: 'a.en.md' });
    expect(source.messages).toEqual([]);
    const missing = only(target, 'missing-term');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ data: { count: 2, found: 1 }, expected: ['Government'] });
    expect(missing[0]!.place.start.line).toBe(3);
    // The day differs (11 June in the source, 12 June in the translation); month and year agree.
    expect(only(target, 'number-mismatch').map((m) => m.data.number).sort()).toEqual(['11', '12']);
    for (const m of target.messages) expect(en.slice(m.place.start.offset, m.place.end.offset)).toBe(m.actual);
  });

  it('en → vi: the Vietnamese translation is checked against the English source', () => {
    const { target } = checkPair(en, vi.replace('Quốc hội', 'Họ'), { format: 'markdown', sourceLang: 'en' });
    expect(only(target, 'missing-term').map((m) => m.expected[0])).toContain('Quốc hội');
    // No English rules on a Vietnamese target.
    expect(only(target, 'spelling-variant')).toEqual([]);
  });

  it('untranslated: a paragraph left in Vietnamese, and one identical to the source', () => {
    const { target } = checkPair('Chính phủ họp.\n\nBộ Chính trị họp hôm nay để bàn về kinh tế.\n', 'The Government met.\n\nBộ Chính trị họp hôm nay để bàn về kinh tế.\n', { format: 'text' });
    expect(only(target, 'untranslated')).toHaveLength(1);
  });

  it('untranslated: a block the translation leaves out is named by its text, not its number', () => {
    const left = 'Điều 3. Quốc hội thông qua nghị quyết về kế hoạch phát triển kinh tế - xã hội với nhiều chỉ tiêu quan trọng.';
    const src = ['Điều 1. Chính phủ họp sáng nay.', 'Điều 2. Bộ Chính trị cho ý kiến về dự thảo.', left, 'Điều 4. Thủ tướng kết luận phiên họp.'].join('\n\n');
    const tgt = ['Article 1. The Government met this morning.', 'Article 2. The Politburo gave its opinion on the draft.', 'Article 4. The Prime Minister concluded the meeting.'].join('\n\n');
    const { source } = checkPair(src, tgt, { format: 'text' });
    const untranslated = only(source, 'untranslated');
    expect(untranslated).toHaveLength(1);
    expect(untranslated[0]).toMatchObject({ actual: left, data: { key: left } });
    expect(untranslated[0]!.message).toBe('“Điều 3. Quốc hội thông qua nghị quyết về kế hoạch phát…” is not translated.');
  });

  it("reports front matter it cannot use: broken YAML on either side, an unreadable date on the English one", () => {
    const { source, target } = checkPair(
      '---\ndate: [2025\n---\n\nChính phủ họp.\n',
      '---\ndate: March 5, 2025\n---\n\nThe Government met.\n',
      { format: 'markdown' },
    );
    expect(only(source, 'read-error')).toMatchObject([{ severity: 'warning', messageId: 'frontmatterInvalid' }]);
    expect(only(target, 'read-error')).toMatchObject([{ severity: 'info', messageId: 'frontmatterDate', place: { start: { line: 2 } } }]);
    // With --date, or with a Vietnamese target (no rule reads a date there), the date is not wanted.
    expect(only(checkPair('Chính phủ họp.', '---\ndate: soon\n---\n\nThe Government met.\n', { date: '2025-06-01' }).target, 'read-error')).toEqual([]);
    expect(only(checkPair('---\ndate: soon\n---\n\nThe Government met.\n', 'Chính phủ họp.', { sourceLang: 'en' }).source, 'read-error')).toEqual([]);
  });

  it('runs the monolingual rules on an English target', () => {
    const { target } = checkPair('Ban Dân vận Trung ương họp.', 'The Central Committee for Mass Mobilization met.', { format: 'text' });
    expect(rules(target)).toContain('deprecated-term');
  });

  it('falls back to the whole documents, with a note, when the blocks cannot be paired', () => {
    const src = Array.from({ length: 8 }, (_, i) => `Đoạn ${i} về Chính phủ.`).join('\n\n');
    const tgt = 'One long paragraph about the Government that merges everything into a single block of text, much longer than any source paragraph would suggest.';
    const { target } = checkPair(src, tgt, { format: 'text' });
    expect(target.messages.find((m) => m.messageId === 'rules:alignmentFailed')).toMatchObject({ severity: 'info' });
  });
});

describe('i18next pairs', () => {
  const vi = JSON.stringify({ nav: { home: 'Trang chủ', greet: 'Xin chào {{name}}' }, gov: 'Chính phủ và Quốc hội', count: 'Có 3 tỉnh', empty: 'Lưu', missing: 'Thiếu' }, null, 2);
  const en = JSON.stringify({ nav: { home: 'Home', greet: 'Hello {{user}}' }, gov: 'The Government', count: 'There are 4 provinces', empty: '' }, null, 2);

  it('vi → en: every rule, at the value inside the JSON file', () => {
    const { source, target } = checkPair(vi, en, { format: 'i18next' });
    expect(rules(target)).toEqual(expect.arrayContaining(['missing-term', 'number-mismatch', 'placeholder-mismatch', 'untranslated']));
    expect(only(source, 'untranslated').map((m) => m.data.key)).toEqual(['missing']);
    const placeholder = only(target, 'placeholder-mismatch').find((m) => m.actual === '{{user}}');
    expect(placeholder).toMatchObject({ severity: 'error', place: { start: { line: 4 } } });
    expect(en.slice(placeholder!.place.start.offset, placeholder!.place.end.offset)).toBe('{{user}}');
  });

  it('a term read as the modifier of another still counts as a mention, on either side', () => {
    // "Đại biểu HĐND tỉnh" names the deputies and the Provincial People's Council; so does
    // "Provincial People's Council delegates" (its deprecated rendering of the deputies aside).
    const { target } = checkPair(
      JSON.stringify({ d: 'Đại biểu HĐND tỉnh tiếp xúc cử tri' }),
      JSON.stringify({ d: "Provincial People's Council delegates meet voters" }),
      { format: 'i18next' },
    );
    expect(only(target, 'missing-term')).toEqual([]);
    expect(only(target, 'deprecated-term').map((m) => m.actual)).toEqual(["People's Council delegates"]);
    const { target: bare } = checkPair(JSON.stringify({ d: 'Đại biểu HĐND tỉnh tiếp xúc cử tri' }), JSON.stringify({ d: 'Delegates meet voters' }), {
      format: 'i18next',
    });
    expect(only(bare, 'missing-term').map((m) => m.conceptId).sort()).toEqual(['dai-bieu-hoi-dong-nhan-dan', 'hoi-dong-nhan-dan-tinh']);
    // …counted once: two mentions in the source still need two
    const { target: once } = checkPair(JSON.stringify({ d: 'HĐND tỉnh và HĐND tỉnh họp' }), JSON.stringify({ d: "Provincial People's Council delegates met" }), {
      format: 'i18next',
    });
    expect(only(once, 'missing-term').map((m) => [m.conceptId, m.data.count, m.data.found])).toEqual([['hoi-dong-nhan-dan-tinh', 2, 1]]);
  });

  it('en → vi', () => {
    const { target } = checkPair(en.replace('"The Government"', '"The Government and the National Assembly"'), vi.replace('Chính phủ và Quốc hội', 'Chính phủ'), {
      format: 'i18next',
      sourceLang: 'en',
    });
    expect(rules(target)).toEqual(expect.arrayContaining(['missing-term', 'number-mismatch', 'placeholder-mismatch']));
  });

  it('a malformed file is one located error, and nothing else is reported', () => {
    const { target } = checkPair(vi, '{\n  "a": "b",\n}', { format: 'i18next' });
    expect(target.messages).toHaveLength(1);
    expect(target.messages[0]).toMatchObject({ ruleId: 'read-error', severity: 'error', place: { start: { line: 2, column: 11 } } });
  });
});

const xliff12 = (target: string) => `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="vi" target-language="en" datatype="plaintext" original="x">
    <body>
      <trans-unit id="gov"><source>Chính phủ họp <x id="1"/> ngày 11/6.</source>${target}</trans-unit>
      <trans-unit id="todo"><source>Quốc hội</source></trans-unit>
    </body>
  </file>
</xliff>
`;

describe('XLIFF', () => {
  it('1.2, vi → en: missing-term, number-mismatch, placeholder-mismatch (inline codes), untranslated', () => {
    const r = checkBilingualFile(xliff12('<target>They met on 12 June.</target>'), { format: 'xliff' });
    expect(rules(r)).toEqual(expect.arrayContaining(['missing-term', 'number-mismatch', 'placeholder-mismatch', 'untranslated']));
    expect(only(r, 'untranslated')[0]!.place.start.line).toBe(6);
  });

  it('2.0, en → vi', () => {
    const text = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="vi">
  <file id="f"><unit id="u1"><segment><source>The Government has {count} ministries.</source><target>Có 18 bộ.</target></segment></unit></file>
</xliff>`;
    const r = checkBilingualFile(text, { format: 'xliff' });
    expect(rules(r)).toEqual(expect.arrayContaining(['missing-term', 'number-mismatch', 'placeholder-mismatch']));
  });

  it('malformed XML: one error with its line and column', () => {
    const r = checkBilingualFile('<xliff version="1.2">\n  <file>\n</xliff>', { format: 'xliff' });
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatchObject({ ruleId: 'read-error', place: { start: { line: 3 } } });
  });
});

describe('gettext PO', () => {
  const po = `msgid ""
msgstr ""
"Language: vi\\n"
"Plural-Forms: nplurals=1; plural=0;\\n"

#, python-format
msgid "The Government approved %(count)s decrees"
msgstr "Đã thông qua %(n)s nghị định"

msgid "The National Assembly met on 5 May"
msgstr "Quốc hội họp ngày 6/5"

#, fuzzy
msgid "Draft"
msgstr "Dự thảo"

msgid "Save"
msgstr ""
`;

  it('en → vi (from the Language header): every rule; fuzzy counted apart', () => {
    const r = checkBilingualFile(po, { format: 'po' });
    expect(rules(r)).toEqual(expect.arrayContaining(['missing-term', 'number-mismatch', 'placeholder-mismatch', 'untranslated']));
    const untranslated = only(r, 'untranslated');
    expect(untranslated.filter((m) => m.messageId === 'pair:untranslated')).toHaveLength(1);
    expect(untranslated.filter((m) => m.messageId === 'pair:fuzzy')).toMatchObject([{ severity: 'info' }]);
  });

  it('vi → en when the languages say so', () => {
    const text = `msgid ""\nmsgstr ""\n"Language: en\\n"\n\nmsgid "Chính phủ họp ngày 3/2"\nmsgstr "They met on February 4"\n`;
    const r = checkBilingualFile(text, { format: 'po', sourceLang: 'vi', targetLang: 'en' });
    expect(rules(r)).toEqual(expect.arrayContaining(['missing-term', 'number-mismatch']));
  });

  it('malformed PO: one located error', () => {
    const r = checkBilingualFile('msgid "a"\nmsgstr b\n', { format: 'po' });
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatchObject({ ruleId: 'read-error', place: { start: { line: 2 } } });
  });
});

describe('suppression comments in a Markdown translation', () => {
  it('apply to the bilingual rules as to the others', () => {
    const vi = 'Chính phủ họp. Chính phủ quyết định.\n';
    const en = '<!-- thuatngu-disable missing-term -->\n\nThe Government met and decided.\n';
    const { target } = checkPair(vi, en, { format: 'markdown' });
    expect(only(target, 'missing-term')).toEqual([]);
    expect(only(checkPair(vi, 'The Government met and decided.\n', { format: 'markdown' }).target, 'missing-term')).toHaveLength(1);
  });
});
