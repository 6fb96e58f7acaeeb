import { describe, expect, it } from 'vitest';
import { compareNumbers, extractNumbers, parseNumeral, romanValue } from '../../../src/rules/numbers.js';
import { extractPlaceholders } from '../../../src/rules/placeholders.js';

const values = (text: string, lang: 'vi' | 'en') => extractNumbers(text, lang).map((m) => (m.values.length === 1 ? m.values[0] : m.values));

describe('number extraction', () => {
  it.each([
    ['3,25', 'vi', [3.25]],
    ['1.000.000', 'vi', [1_000_000]],
    ['1.500', 'vi', [1500]],
    ['1.5', 'vi', [1.5]],
    ['0.125', 'vi', [0.125]],
    ['1,500', 'vi', [1.5, 1500]],
    ['1.000,5', 'vi', [1000.5]],
    ['1,000,000', 'en', [1_000_000]],
    ['1,500', 'en', [1500]],
    ['1.500', 'en', [1.5, 1500]],
    ['3.25', 'en', [3.25]],
    ['1,000.5', 'en', [1000.5]],
  ] as const)('parseNumeral(%s, %s)', (raw, lang, expected) => {
    expect(parseNumeral(raw, lang)).toEqual(expected);
  });

  it('dotted sequences are not one number', () => {
    expect(parseNumeral('1.2.3', 'vi')).toBeNull();
    expect(values('phiên bản 1.2.3', 'vi')).toEqual([1, 2, 3]);
  });

  it.each([
    ['XIII', 13],
    ['XIV', 14],
    ['IV', 4],
    ['XL', 40],
    ['IIII', null],
    ['VX', null],
  ] as const)('romanValue(%s)', (s, v) => {
    expect(romanValue(s)).toBe(v);
  });

  it.each([
    ['36 triệu đồng', 'vi', [36e6]],
    ['1,5 tỷ', 'vi', [1.5e9]],
    ['2 nghìn tỷ', 'vi', [2e12]],
    ['VND36 million', 'en', [36e6]],
    ['USD5bn', 'en', [5e9]],
    ['hai mươi mốt', 'vi', [21]],
    ['mười lăm', 'vi', [15]],
    ['một trăm linh năm', 'vi', [105]],
    ['hai trăm năm mươi', 'vi', [250]],
    ['hai triệu ba trăm nghìn', 'vi', [2_300_000]],
    ['một phần ba', 'vi', [1, 3]],
    ['hai phần ba', 'vi', [2, 3]],
    ['ba phần trăm', 'vi', [3]],
    ['một nửa', 'vi', [1, 2]],
    ['thứ tư', 'vi', [4]],
    ['tháng Giêng', 'vi', [1]],
    ['khóa XIII', 'vi', [13]],
    ['quý I', 'vi', [1]],
    ['ngày 11 tháng 6 năm 2024', 'vi', [11, 6, 2024]],
    ['twenty-one', 'en', [21]],
    ['one hundred and five', 'en', [105]],
    ['a million', 'en', [1e6]],
    ['two-thirds', 'en', [2, 3]],
    ['two-third of the deputies', 'en', [2, 3]],
    ['one third', 'en', [1, 3]],
    ['a third of them', 'en', [1, 3]],
    ['the 14th', 'en', [14]],
    ['June 11, 2024', 'en', [6, 11, 2024]],
    ['World War II', 'en', [2]],
    ['at 2:30 pm', 'en', [[2, 14], 30]],
  ] as const)('%s (%s)', (text, lang, expected) => {
    expect(values(text, lang)).toEqual(expected);
  });

  it.each([
    ['một số người', 'vi'],
    ['trong năm nay', 'vi'],
    ['hai mươi năm', 'vi'],
    ['Ba Đình, Hà Nội', 'vi'],
    ['May we help?', 'en'],
    ['no one came', 'en'],
    ['commit 215ec7e48b64b8713eb2', 'en'],
    ['https://example.com/2024/06', 'en'],
  ] as const)('no number, or only part of one: %s', (text, lang) => {
    const found = extractNumbers(text, lang);
    if (text === 'hai mươi năm') expect(found.map((m) => m.values[0])).toEqual([20]);
    else expect(found).toEqual([]);
  });

  it('ignores numbers inside the given spans', () => {
    const text = 'Còn {{count2}} ngày và 3 giờ';
    const ignore = extractPlaceholders(text, ['i18next']).map((p) => [p.start, p.end] as const);
    expect(extractNumbers(text, 'vi', { ignore }).map((m) => m.text)).toEqual(['3']);
  });
});

describe('compareNumbers', () => {
  const cmp = (vi: string, en: string) => {
    const r = compareNumbers(extractNumbers(vi, 'vi'), extractNumbers(en, 'en'));
    return [r.missing.map((m) => m.text), r.extra.map((m) => m.text)];
  };
  it('a number word and digits match', () => {
    expect(cmp('ba tỉnh', '3 provinces')).toEqual([[], []]);
    expect(cmp('21 người', 'twenty-one people')).toEqual([[], []]);
  });
  it('a soft word left over is reported only beside another word left over', () => {
    expect(cmp('một chính sách', 'a policy')).toEqual([[], []]);
    expect(cmp('lấy 1 mã OTP khác', 'get another OTP')).toEqual([[], []]);
    expect(cmp('ba tỉnh', 'four provinces')).toEqual([['ba'], ['four']]);
  });
  it('an ambiguous separator matches either reading', () => {
    expect(cmp('1,500 người', '1,500 people')).toEqual([[], []]);
    expect(cmp('1,500 tấn', '1.5 tonnes')).toEqual([[], []]);
  });
  it('values are compared after scaling', () => {
    expect(cmp('0,1 triệu', '100,000')).toEqual([[], []]);
  });
});
