import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  foldKeys,
  termKeys,
  tokenKey,
  tokenize,
  toOldTonePlacement,
  trailingLetters,
  type Token,
} from '../../src/normalize/index.js';

import { viWord as viWordArbitrary } from './arbitraries.js';

const viWord = viWordArbitrary();

const enWord = fc.constantFrom(
  'Committee', "Committee's", 'Committee’s', "Councils'", 'People’s', 'Mobilisation',
  'mobilization', 'Deputies', 'labour', 'centre', 'programme', '3,25', '1.000.000', 'HĐND',
);

const separator = fc.constantFrom(' ', '  ', '\n', '\u00A0', '-', ' – ', ', ', '. ', ' (', ') ',
  '/', ' "', '" ', '\u202F', '\t');

/** A phrase of Vietnamese-ish and English words. */
const phrase = fc
  .array(fc.tuple(fc.oneof(viWord, enWord), separator), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(''));

/** Strings dense in the characters the tokeniser decides on. */
const tricky = fc.string({
  unit: fc.constantFrom('a', 's', 'S', 'é', 'đ', '1', '9', '.', ',', "'", '’', 'ʼ', '-', '—', ' ',
    '\u00A0', '\n', '\u0301', '\u0323', '\u00AD', '\uD835', '\uDC00', '𝐀', '😀', '¼', '²', '٣',
    '"', '(', '\uFFFC', 'ủ', 'y'),
  maxLength: 30,
});

function checkInvariants(text: string, tokens: Token[]): void {
  let prevEnd = 0;
  tokens.forEach((t, i) => {
    expect(t.start).toBeGreaterThanOrEqual(prevEnd);
    expect(t.end).toBeGreaterThan(t.start);
    expect(text.slice(t.start, t.end)).toBe(t.raw);
    expect(t.end).toBeLessThanOrEqual(text.length);
    if (i === 0) expect(t.joined).toBe(false);
    prevEnd = t.end;
  });
}

const rows = (text: string) => tokenize(text).map((t) => [t.raw, t.key, t.joined]);

describe('tokenize', () => {
  it('splits words and keeps offsets', () => {
    const text = "The People's Council of Ha Noi";
    const tokens = tokenize(text);
    // Tokens of the same word share one Word (its keys, computed once); numbers have none.
    expect(tokens.every((t) => t.word?.key === t.key && t.word.fold === t.fold)).toBe(true);
    const again = tokenize('Noi 2024 Noi');
    expect(again[0]!.word).toBe(tokens[5]!.word);
    expect(again[1]!.word).toBeUndefined();
    expect(again[2]!.word).toBe(tokens[5]!.word);
    expect(tokens.map(({ word: _word, ...t }) => t)).toEqual([
      { start: 0, end: 3, raw: 'The', key: 'the', fold: 'the', joined: false },
      { start: 4, end: 12, raw: "People's", key: 'people', fold: 'people', joined: true },
      { start: 13, end: 20, raw: 'Council', key: 'council', fold: 'council', joined: true },
      { start: 21, end: 23, raw: 'of', key: 'of', fold: 'of', joined: true },
      { start: 24, end: 26, raw: 'Ha', key: 'ha', fold: 'ha', joined: true },
      { start: 27, end: 30, raw: 'Noi', key: 'noi', fold: 'noi', joined: true },
    ]);
  });

  it.each([
    ["People's", [["People's", 'people', false]]],
    ['People’s', [['People’s', 'people', false]]],
    ['Peopleʼs', [['Peopleʼs', 'people', false]]],
    ["Councils' decision", [["Councils'", 'council', false], ['decision', 'decision', true]]],
    ['Committee’s', [['Committee’s', 'committee', false]]],
    ["'quoted' word", [['quoted', 'quoted', false], ['word', 'word', false]]],
    ["the 'People' said", [['the', 'the', false], ['People', 'people', false], ['said', 'said', false]]],
    ["' s", [['s', 's', false]]],
    ['socio-political', [['socio', 'socio', false], ['political', 'political', true]]],
    ['socio‑economic', [['socio', 'socio', false], ['economic', 'economic', true]]],
    ['a - b', [['a', 'a', false], ['b', 'b', true]]],
    ['a — b', [['a', 'a', false], ['b', 'b', true]]],
    ['a -- b', [['a', 'a', false], ['b', 'b', false]]],
    ['a\n\nb', [['a', 'a', false], ['b', 'b', true]]],
    ['a\r\n  \tb', [['a', 'a', false], ['b', 'b', true]]],
    ['a\u00A0b', [['a', 'a', false], ['b', 'b', true]]],
    ['a\u202Fb', [['a', 'a', false], ['b', 'b', true]]],
    ['a. b', [['a', 'a', false], ['b', 'b', false]]],
    ['a, b', [['a', 'a', false], ['b', 'b', false]]],
    ['a; b', [['a', 'a', false], ['b', 'b', false]]],
    ['a (b)', [['a', 'a', false], ['b', 'b', false]]],
    ['a/b', [['a', 'a', false], ['b', 'b', false]]],
    ['a | b', [['a', 'a', false], ['b', 'b', false]]],
    ['a “b”', [['a', 'a', false], ['b', 'b', false]]],
    ['a\uFFFCb', [['a', 'a', false], ['b', 'b', false]]],
    ['3,25%', [['3,25', '3,25', false]]],
    ['1.000.000 đồng', [['1.000.000', '1.000.000', false], ['đồng', 'đồng', true]]],
    ['3.25', [['3.25', '3.25', false]]],
    ['in 2020, 2021', [['in', 'in', false], ['2020', '2020', true], ['2021', '2021', false]]],
    ['end.Next', [['end', 'end', false], ['Next', 'next', false]]],
    ['1990s', [['1990s', '1990s', false]]],
    ['{place} Provincial', [['place', 'place', false], ['Provincial', 'provincial', false]]],
    ['Com\u00ADmittees', [['Com\u00ADmittees', 'committee', false]]],
    ['Mobilisation', [['Mobilisation', 'mobilization', false]]],
    ['programmes', [['programmes', 'program', false]]],
    ['DEFENCE', [['DEFENCE', 'defense', false]]],
  ])('%j', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it('gives Vietnamese keys that are tone-exact, case-free and tone-placement-free', () => {
    expect(termKeys('Ban Dân vận Tỉnh uỷ')).toEqual(['ban', 'dân', 'vận', 'tỉnh', 'ủy']);
    expect(termKeys('Ban Dân vận Tỉnh ủy')).toEqual(['ban', 'dân', 'vận', 'tỉnh', 'ủy']);
    expect(termKeys('BAN DÂN VẬN TỈNH UỶ')).toEqual(['ban', 'dân', 'vận', 'tỉnh', 'ủy']);
    expect(termKeys('Thừa Thiên Huế')).toEqual(['thừa', 'thiên', 'huế']);
    expect(termKeys('Thừa Thiên-Huế')).toEqual(['thừa', 'thiên', 'huế']);
    expect(termKeys('HĐND tỉnh Quỳnh Lưu')).toEqual(['hđnd', 'tỉnh', 'quỳnh', 'lưu']);
    expect(termKeys('hoàn thuyền khuya quý')).toEqual(['hoàn', 'thuyền', 'khuya', 'quý']);
    expect(termKeys('ma má mà mả mã mạ')).toEqual(['ma', 'má', 'mà', 'mả', 'mã', 'mạ']);
    expect(foldKeys('Ban Dân vận Tỉnh uỷ')).toEqual(['ban', 'dan', 'van', 'tinh', 'uy']);
    expect(foldKeys('ĐẢNG')).toEqual(['dang']);
  });

  it('gives English keys that ignore case, possessive, plural and GB/US spelling', () => {
    const key = ['provincial', 'party', 'committee', 'mass', 'mobilization', 'commission'];
    expect(termKeys("Provincial Party Committee's Mass Mobilisation Commission")).toEqual(key);
    expect(termKeys('provincial party committee’s mass mobilization commission')).toEqual(key);
    expect(termKeys('Provincial Party Committees’ Mass Mobilization Commissions')).toEqual(key);
    expect(termKeys("People's Councils")).toEqual(termKeys('People’s Council'));
    expect(termKeys('labour')).toEqual(termKeys('Labor'));
  });

  it('handles NFD input: marks belong to their word, offsets are into the input as given', () => {
    const nfc = 'Tỉnh ủy Quảng Trị';
    const nfd = nfc.normalize('NFD');
    const tokens = tokenize(nfd);
    checkInvariants(nfd, tokens);
    expect(tokens.map((t) => t.key)).toEqual(['tỉnh', 'ủy', 'quảng', 'trị']);
    expect(tokens.map((t) => t.raw)).toEqual(nfd.split(' '));
    expect(tokens[1]).toMatchObject({ start: 'Tỉnh'.normalize('NFD').length + 1 });
  });

  it('keeps offsets right around astral characters', () => {
    const text = '😀 Committee 𝐀𝐁 😀x';
    const tokens = tokenize(text);
    checkInvariants(text, tokens);
    expect(tokens.map((t) => t.raw)).toEqual(['Committee', '𝐀𝐁', 'x']);
    expect(tokens[0]).toMatchObject({ start: 3, end: 12 });
    expect(tokens[1]).toMatchObject({ start: 13, end: 17 });
    expect(tokens[2]).toMatchObject({ start: 20, end: 21, joined: false });
  });

  it('does not start a word with a combining mark or a lone surrogate', () => {
    expect(rows('\u0301a \uD835 b \uDC00c')).toEqual([
      ['a', 'a', false],
      ['b', 'b', false],
      ['c', 'c', false],
    ]);
  });

  it('returns nothing for empty or wordless text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' .,;—"\n')).toEqual([]);
    expect(termKeys('')).toEqual([]);
  });

  it('never throws and keeps its invariants for any string (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 60 }),
          fc.string({ unit: 'binary', maxLength: 60 }),
          tricky,
          phrase,
        ),
        (text) => {
          const tokens = tokenize(text);
          checkInvariants(text, tokens);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('has keys that are stable under normalising again (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), tricky, phrase),
        (text) => {
          for (const t of tokenize(text)) {
            expect(tokenKey(t.key)).toBe(t.key);
            expect(tokenKey(t.raw)).toBe(t.key);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('gives the same keys for NFC, NFD and either tone placement (property)', () => {
    fc.assert(
      fc.property(phrase, (text) => {
        const keys = termKeys(text);
        expect(termKeys(text.normalize('NFD'))).toEqual(keys);
        expect(termKeys(text.normalize('NFC'))).toEqual(keys);
        expect(termKeys(toOldTonePlacement(text))).toEqual(keys);
        expect(termKeys(toOldTonePlacement(text).normalize('NFD'))).toEqual(keys);
        expect(foldKeys(text.normalize('NFD'))).toEqual(foldKeys(text));
      }),
      { numRuns: 500 },
    );
  });

  it('marks joined exactly when the gap is whitespace with at most one dash (property)', () => {
    fc.assert(
      fc.property(phrase, (text) => {
        const tokens = tokenize(text);
        for (let i = 1; i < tokens.length; i++) {
          const gap = text.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start);
          const dashes = gap.replace(/[^\u2010-\u2015\u2212-]/g, '').length;
          const onlySpaceAndDash = /^[\s\u2010-\u2015\u2212-]*$/.test(gap);
          expect((tokens[i] as Token).joined).toBe(onlySpaceAndDash && dashes <= 1);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('key cache', () => {
  it('stays correct when more distinct words pass through than it holds', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const word = (n: number): string => {
      let w = '';
      for (let i = 0; i < 4; i++, n = Math.floor(n / 26)) w += letters[n % 26];
      return 'q' + w + 't';
    };
    const count = 120_000;
    const text = Array.from({ length: count }, (_, i) => `${word(i)}s`).join(' ');
    const tokens = tokenize(text);
    expect(tokens).toHaveLength(count);
    tokens.forEach((t, i) => {
      if (t.key !== word(i)) expect(t.key).toBe(word(i));
    });
    // again, now that the early words have been evicted from the young generation
    expect(termKeys(`${word(0)}s ${word(count - 1)}s`)).toEqual([word(0), word(count - 1)]);
  });
});

describe('trailingLetters', () => {
  const byRegExp = (text: string): string => text.match(/[\p{L}\p{M}]+$/u)?.[0] ?? '';

  it('is the run of letters and marks at the end', () => {
    expect(trailingLetters("People's Council deputies")).toBe('deputies');
    expect(trailingLetters('Ủy ban nhân dân tỉnh')).toBe('tỉnh');
    expect(trailingLetters('Uy ban nha\u0302n da\u0302n')).toBe('da\u0302n');
    expect(trailingLetters('Resolution 202')).toBe('');
    expect(trailingLetters('Councils’')).toBe('');
    expect(trailingLetters('𝐀𝐁')).toBe('𝐀𝐁');
    expect(trailingLetters('')).toBe('');
  });

  it('agrees with the regular expression on any text', () => {
    fc.assert(
      fc.property(fc.oneof(phrase, tricky, fc.string({ unit: 'grapheme-composite' }), fc.string({ unit: 'binary' })), (text) => {
        expect(trailingLetters(text)).toBe(byRegExp(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('termKeys / foldKeys', () => {
  it('are tokenize(term).map(key / fold)', () => {
    const term = 'Ủy ban Thường vụ Quốc hội’s Standing Committees';
    expect(termKeys(term)).toEqual(tokenize(term).map((t) => t.key));
    expect(foldKeys(term)).toEqual(tokenize(term).map((t) => t.fold));
  });
});
