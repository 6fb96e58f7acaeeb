import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseI18nextPair, readI18nextFile } from '../../../src/formats/i18next.js';
import { parsePo } from '../../../src/formats/po.js';
import { parseXliff } from '../../../src/formats/xliff.js';
import { FormatError } from '../../../src/formats/units.js';
import { expectExactMaps } from './helpers.js';

/** Run `fn`; anything thrown must be a FormatError with a sane position. */
function onlyFormatErrors(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(FormatError);
    const e = error as FormatError;
    expect(e.line).toBeGreaterThanOrEqual(1);
    expect(e.column).toBeGreaterThanOrEqual(1);
  }
}

/** Text made of the characters that matter to each syntax, plus any Unicode. */
const noisy = (alphabet: string[]) =>
  fc
    .array(fc.oneof(fc.constantFrom(...alphabet), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 60 })
    .map((parts) => parts.join(''));

const jsonish = noisy(['{', '}', '[', ']', '"', "'", ':', ',', '\\', 'u', 'n', '1', '-', '.', 'e', 'true', 'null', '//', '/*', '*/', '\n', ' ', 'export default ', 'window.t = ', ';', 'a']);
const xmlish = noisy(['<', '>', '/', '</', '<xliff version="1.2">', '<xliff version="2.0" srcLang="vi" trgLang="en">', '<file source-language="en" target-language="vi">', '<trans-unit id="1">', '</trans-unit>', '<unit id="u">', '<segment>', '<source>', '</source>', '<target>', '</target>', '<x id="1"/>', '<g id="1">', '</g>', '&amp;', '&#x1EA1;', '&', ';', '<![CDATA[', ']]>', '"', '=', ' ', '\n']);
const poish = noisy(['msgid ', 'msgstr ', 'msgctxt ', 'msgid_plural ', 'msgstr[0] ', 'msgstr[1] ', '"', '\\', '\\n', '#, fuzzy\n', '#~ ', '#', '\n', '\r\n', ' ', '"Language: vi\\n"\n', 'msgid ""\nmsgstr ""\n', 'x']);

describe('the parsers throw nothing but FormatError', () => {
  it('i18next', () => {
    fc.assert(
      fc.property(jsonish, jsonish, (a, b) => {
        onlyFormatErrors(() => parseI18nextPair(a, b, { sourceLang: 'vi', targetLang: 'en' }));
      }),
      { numRuns: 500 },
    );
  });
  it('XLIFF', () => {
    fc.assert(
      fc.property(xmlish, (t) => {
        onlyFormatErrors(() => parseXliff(t));
      }),
      { numRuns: 500 },
    );
  });
  it('PO', () => {
    fc.assert(
      fc.property(poish, (t) => {
        onlyFormatErrors(() => parsePo(t));
      }),
      { numRuns: 500 },
    );
  });
});

/** Strings with the characters that need escaping. */
const value = fc
  .array(fc.oneof(fc.constantFrom('"', '\\', '\n', '\t', '\u00e9', '😀', '<', '&', '>', "'", 'Ủy ban', ' ', '%d', '\u0001'), fc.string({ maxLength: 4 })), { maxLength: 8 })
  .map((p) => p.join(''));

describe('valid files round-trip with exact maps', () => {
  it('JSON: values decode to what JSON.stringify encoded, and maps are exact', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 5 }).filter((k) => k !== '__proto__'), value, { maxKeys: 6 }), (obj) => {
        const text = JSON.stringify({ ns: obj }, null, 2);
        const entries = readI18nextFile(text, 'source');
        const doc = parseI18nextPair(text, text, { sourceLang: 'vi', targetLang: 'en' });
        for (const e of entries) expect(e.value.value).toBe(obj[e.key.slice(3)]);
        expectExactMaps(doc, { source: text, target: text });
      }),
      { numRuns: 200 },
    );
  });

  it('XLIFF: entity-escaped text decodes back, maps are exact', () => {
    const xmlText = value.map((s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ''));
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    fc.assert(
      fc.property(xmlText, xmlText, (s, t) => {
        const text = `<xliff version="1.2"><file source-language="vi" target-language="en"><body><trans-unit id="a"><source>${esc(s)}</source><target>${esc(t)}</target></trans-unit></body></file></xliff>`;
        const doc = parseXliff(text);
        expect(doc.units[0]?.source?.text).toBe(s);
        expect(doc.units[0]?.target?.text).toBe(t);
        expectExactMaps(doc, { source: text, target: text });
      }),
      { numRuns: 200 },
    );
  });

  it('PO: C-escaped strings split over lines decode back, maps are exact', () => {
    const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r');
    const poText = value.map((s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ''));
    fc.assert(
      fc.property(poText.filter((s) => s !== ''), poText, fc.integer({ min: 0, max: 10 }), (id, str, cut) => {
        const e = esc(str);
        const at = Math.min(cut, e.length);
        // Split only where no escape is cut in half.
        const safe = at > 0 && e[at - 1] === '\\' ? 0 : at;
        const text = `msgid ""\nmsgstr "Language: en\\n"\n\nmsgid "${esc(id)}"\nmsgstr ""\n"${e.slice(0, safe)}"\n"${e.slice(safe)}"\n`;
        const doc = parsePo(text);
        expect(doc.units[0]?.source?.text).toBe(id);
        expect(doc.units[0]?.target?.text).toBe(str);
        expectExactMaps(doc, { source: text, target: text });
      }),
      { numRuns: 200 },
    );
  });
});
