import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  foldVi,
  hasVietnameseLetters,
  normalizeVi,
  toOldTonePlacement,
  tonePlacementStyle,
} from '../../src/normalize/vi.js';

// ─── generators of Vietnamese-ish words (kept in each test file: helpers outside *.test.ts are
// out of this module's scope) ───
const ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng',
  'ngh', 'nh', 'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];
/** Rimes with the index of the vowel that carries the tone in the canonical ("new") style. */
const RIMES: Array<[string, number]> = [
  ['a', 0], ['e', 0], ['ê', 0], ['i', 0], ['o', 0], ['ô', 0], ['ơ', 0], ['u', 0], ['ư', 0],
  ['y', 0], ['ai', 0], ['ao', 0], ['au', 0], ['ay', 0], ['âu', 0], ['ây', 0], ['eo', 0],
  ['êu', 0], ['ia', 0], ['iu', 0], ['oi', 0], ['ôi', 0], ['ơi', 0], ['ua', 0], ['ui', 0],
  ['ưa', 0], ['ưi', 0], ['ưu', 0], ['oa', 0], ['oe', 0], ['uy', 0], ['uê', 1], ['uơ', 1],
  ['oai', 1], ['oay', 1], ['uya', 1], ['uyu', 1], ['ươi', 1], ['ươu', 1], ['uôi', 1],
  ['iêu', 1], ['yêu', 1], ['an', 0], ['anh', 0], ['ăn', 0], ['âm', 0], ['em', 0], ['ênh', 0],
  ['in', 0], ['inh', 0], ['ong', 0], ['ông', 0], ['ơn', 0], ['un', 0], ['ung', 0], ['ưng', 0],
  ['oan', 1], ['oang', 1], ['oăn', 1], ['oen', 1], ['uân', 1], ['uyên', 2], ['uyêt', 2],
  ['iên', 1], ['yên', 1], ['uôn', 1], ['ươn', 1], ['ươc', 1], ['oanh', 1], ['uynh', 1],
  ['ach', 0], ['ich', 0], ['êch', 0], ['oach', 1], ['uych', 1], ['ap', 0], ['ôp', 0], ['at', 0],
];
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const CASES = [(s: string) => s, (s: string) => s.toUpperCase(),
  (s: string) => s.charAt(0).toUpperCase() + s.slice(1)];

function viWord(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...ONSETS), fc.constantFrom(...RIMES), fc.constantFrom(...TONES),
      fc.constantFrom(...CASES))
    .filter(([onset, [rime]]) => !(onset === 'qu' && rime.startsWith('u'))
      && !(onset === 'gi' && rime.startsWith('i')))
    .map(([onset, [rime, at], tone, casing]) =>
      casing((onset + rime.slice(0, at + 1) + tone + rime.slice(at + 1)).normalize('NFC')));
}

/** An open oa / oe / uy syllable with a tone: its "new" (hòa) and "old" (hoà) spellings. */
function viToneCluster(): fc.Arbitrary<{ neu: string; old: string }> {
  return fc
    .tuple(fc.constantFrom(...ONSETS.filter((o) => o !== 'qu')), fc.constantFrom('oa', 'oe', 'uy'),
      fc.constantFrom(...TONES.slice(1)), fc.constantFrom(...CASES))
    .map(([onset, cluster, tone, casing]) => ({
      neu: casing((onset + cluster[0] + tone + cluster[1]).normalize('NFC')),
      old: casing((onset + cluster + tone).normalize('NFC')),
    }));
}

describe('normalizeVi', () => {
  it.each([
    ['hoà', 'hòa'],
    ['khoẻ', 'khỏe'],
    ['thuỷ', 'thủy'],
    ['uỷ', 'ủy'],
    ['Uỷ', 'Ủy'],
    ['HOÀ', 'HÒA'],
    ['Hoà', 'Hòa'],
    ['THUỶ', 'THỦY'],
    ['hoá', 'hóa'],
    ['hoạ', 'họa'],
    ['loã', 'lõa'],
    ['khoẽ', 'khõe'],
    ['tuỳ', 'tùy'],
    ['Tuý', 'Túy'],
    ['nguỵ', 'ngụy'],
    ['thoả', 'thỏa'],
    ['Ban Dân vận Tỉnh uỷ', 'Ban Dân vận Tỉnh ủy'],
    ['Uỷ ban nhân dân', 'Ủy ban nhân dân'],
    ['hoà bình, thuỷ lợi và khoẻ mạnh.', 'hòa bình, thủy lợi và khỏe mạnh.'],
    ['"hoà"', '"hòa"'],
    ['hoà-bình', 'hòa-bình'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeVi(input)).toBe(expected);
  });

  it.each([
    'hòa',
    'Tỉnh ủy',
    'hoàn',
    'toán',
    'hoằng',
    'thuyền',
    'khuya',
    'khuỷu',
    'ngoài',
    'xoáy',
    'quý',
    'quỳ',
    'quỷ',
    'Quỳnh',
    'QUÝ',
    'quà',
    'của',
    'mùa',
    'gìn',
    'giữ',
    'Thừa Thiên Huế',
    'thuế',
    'thuở',
    'HĐND',
    'Đảng',
    'đ',
    'ma má mà mả mã mạ',
    'the People’s Council',
    '',
  ])('leaves %j as it is', (input) => {
    expect(normalizeVi(input)).toBe(input);
  });

  it('composes NFD input to NFC', () => {
    const nfd = 'Ban Dân vận Tỉnh ủy'.normalize('NFD');
    expect(nfd).not.toBe('Ban Dân vận Tỉnh ủy');
    expect(normalizeVi(nfd)).toBe('Ban Dân vận Tỉnh ủy');
    expect(normalizeVi('Tỉnh uỷ'.normalize('NFD'))).toBe('Tỉnh ủy');
  });

  it('does not move marks across a word boundary or into a foreign onset', () => {
    expect(normalizeVi('Chloé')).toBe('Chloé');
    expect(normalizeVi('xhoà')).toBe('xhoà');
    // A digit continues a word (as in the tokeniser), so "hoà1" is not an open syllable.
    expect(normalizeVi('hoà1')).toBe('hoà1');
    expect(normalizeVi('hoà,1')).toBe('hòa,1');
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.oneof(viWord(), fc.string({ unit: 'grapheme' })), (s) => {
        const once = normalizeVi(s);
        expect(normalizeVi(once)).toBe(once);
      }),
    );
  });

  it('gives one form for NFC/NFD input and both tone placements (property)', () => {
    fc.assert(
      fc.property(viToneCluster(), ({ neu, old }) => {
        expect(normalizeVi(old)).toBe(neu);
        expect(normalizeVi(neu)).toBe(neu);
        expect(normalizeVi(old.normalize('NFD'))).toBe(neu);
        expect(normalizeVi(neu.normalize('NFD'))).toBe(neu);
      }),
    );
  });

  it('matches the NFC form of any Vietnamese-ish word up to tone placement (property)', () => {
    fc.assert(
      fc.property(viWord(), (w) => {
        expect(normalizeVi(w.normalize('NFD'))).toBe(normalizeVi(w));
        expect(normalizeVi(toOldTonePlacement(w))).toBe(normalizeVi(w));
      }),
    );
  });
});

describe('toOldTonePlacement', () => {
  it.each([
    ['hòa', 'hoà'],
    ['thủy', 'thuỷ'],
    ['ủy', 'uỷ'],
    ['Ủy', 'Uỷ'],
    ['khỏe', 'khoẻ'],
    ['HÒA', 'HOÀ'],
    ['Ban Dân vận Tỉnh ủy', 'Ban Dân vận Tỉnh uỷ'],
    ['hoàn', 'hoàn'],
    ['quý', 'quý'],
    ['Quỳnh', 'Quỳnh'],
    ['thuyền', 'thuyền'],
    ['hoà', 'hoà'],
  ])('%s → %s', (input, expected) => {
    expect(toOldTonePlacement(input)).toBe(expected);
  });

  it('is the inverse of normalizeVi on open oa / oe / uy (property)', () => {
    fc.assert(
      fc.property(viToneCluster(), ({ neu, old }) => {
        expect(toOldTonePlacement(neu)).toBe(old);
        expect(toOldTonePlacement(old)).toBe(old);
        expect(toOldTonePlacement(neu.normalize('NFD'))).toBe(old);
      }),
    );
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.oneof(viWord(), fc.string({ unit: 'grapheme' })), (s) => {
        const once = toOldTonePlacement(s);
        expect(toOldTonePlacement(once)).toBe(once);
      }),
    );
  });
});

describe('tonePlacementStyle', () => {
  it.each([
    ['hoà', 'old'],
    ['thuỷ', 'old'],
    ['Uỷ', 'old'],
    ['hòa', 'new'],
    ['thủy', 'new'],
    ['Ủy', 'new'],
    ['hoàn', 'none'],
    ['quý', 'none'],
    ['Quỳnh', 'none'],
    ['khuya', 'none'],
    ['Huế', 'none'],
    ['hoa', 'none'],
    ['committee', 'none'],
    ['Tỉnh uỷ', 'old'],
  ] as const)('%s is %s', (word, style) => {
    expect(tonePlacementStyle(word)).toBe(style);
  });

  it('reports the first styled syllable of a longer string', () => {
    expect(tonePlacementStyle('hòa thuỷ')).toBe('new');
    expect(tonePlacementStyle('thuỷ hòa')).toBe('old');
  });
});

describe('foldVi', () => {
  it.each([
    ['Ban Dân vận Tỉnh ủy', 'ban dan van tinh uy'],
    ['Tỉnh uỷ', 'tinh uy'],
    ['ĐẢNG', 'dang'],
    ['đ Đ', 'd d'],
    ['HĐND', 'hdnd'],
    ['Thừa Thiên Huế', 'thua thien hue'],
    ['Quỳnh', 'quynh'],
    ['ma má mà mả mã mạ', 'ma ma ma ma ma ma'],
    ['Committee', 'committee'],
    ['ươ ƯƠ ă Â ô Ơ', 'uo uo a a o o'],
  ])('%s → %s', (input, expected) => {
    expect(foldVi(input)).toBe(expected);
  });

  it('folds NFC and NFD alike, and both tone placements alike (property)', () => {
    fc.assert(
      fc.property(viWord(), (w) => {
        const f = foldVi(w);
        expect(foldVi(w.normalize('NFD'))).toBe(f);
        expect(foldVi(toOldTonePlacement(w))).toBe(f);
        expect(foldVi(f)).toBe(f);
        expect(f).toMatch(/^[a-z]*$/);
      }),
    );
  });
});

describe('hasVietnameseLetters', () => {
  it.each([
    ['Tỉnh ủy', true],
    ['Đảng', true],
    ['đ', true],
    ['ă', true],
    ['ơ', true],
    ['ư', true],
    ['HĐND', true],
    ['hòa', true],
    ['Hà Nội', true],
    ['Tỉnh ủy'.normalize('NFD'), true],
    ['ư'.normalize('NFD'), true],
    ['Provincial Party Committee', false],
    ['Hanoi, Quang Tri', false],
    ['', false],
    ['3,25%', false],
    ['naïve', false],
  ] as const)('%j → %s', (input, expected) => {
    expect(hasVietnameseLetters(input)).toBe(expected);
  });
});
