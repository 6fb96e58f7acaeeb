import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  foldVi,
  hasVietnameseLetters,
  normalizeVi,
  toOldTonePlacement,
  tonePlacementStyle,
} from '../../src/normalize/vi.js';

import { CASES, ONSETS, TONES, viWord } from './arbitraries.js';

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
