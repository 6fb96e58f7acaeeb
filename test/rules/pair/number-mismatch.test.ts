import { describe, expect, it } from 'vitest';
import { numberMismatch } from '../../../src/rules/number-mismatch.js';
import { runUnit, type Direction, type UnitSpec } from './helpers.js';

const pairs = (direction: Direction, list: Array<[string, string]>): Array<[Direction, string, string]> => list.map(([s, t]) => [direction, s, t]);

const valid: Array<[Direction, string, string]> = [
  ...pairs('vi-en', [
    ['Lãi suất 3,25%.', 'The interest rate is 3.25%.'],
    ['Lãi suất 3,25%.', 'The interest rate is 3.25 per cent.'],
    ['Lương 36 triệu đồng.', 'A salary of VND36 million.'],
    ['1,5 tỷ USD', 'USD1.5 billion'],
    ['2 nghìn tỷ đồng', 'VND2 trillion'],
    ['1.000.000 người', '1,000,000 people'],
    ['1.500 hộ', '1,500 households'],
    ['ngày 11/6/2024', 'June 11, 2024'],
    ['ngày 11 tháng 6 năm 2024', 'on 11 June 2024'],
    ['Đại hội XIII của Đảng', "the Party's 13th National Congress"],
    ['Hội nghị Trung ương lần thứ XIV', 'the 14th plenum'],
    ['kỳ họp thứ 7', 'the seventh session'],
    ['giai đoạn 2021 - 2025', 'the 2021-2025 period'],
    ['một phần ba dân số', 'one-third of the population'],
    ['hai phần ba số đại biểu', 'two-thirds of deputies'],
    ['một phần ba dân số', 'a third of the population'],
    ['ba tỉnh', '3 provinces'],
    ['3 tỉnh', 'three provinces'],
    ['hai mươi mốt người', '21 people'],
    ['21 người', 'twenty-one people'],
    ['một trăm linh năm xã', '105 communes'],
    ['ba phần trăm', '3%'],
    ['quý I/2024', 'Q1 2024'],
    ['một chính sách mới trong năm nay', 'a new policy this year'],
    ['hàng nghìn người', 'thousands of people'],
    ['một nửa dân số', 'half of the population'],
    ['Xem https://example.com/2024/06/11 nhé', 'See https://example.com/2024/06/11'],
    ['Còn {{count}} ngày', '{{count}} days left'],
    ['tháng Sáu', 'June'],
    ['lúc 14h30', 'at 2:30 pm'],
  ]),
  ...pairs('en-vi', [
    ['The interest rate is 3.25%.', 'Lãi suất 3,25%.'],
    ['VND36 million', '36 triệu đồng'],
    ['June 11, 2024', 'ngày 11/6/2024'],
    ['the 13th National Party Congress', 'Đại hội Đảng toàn quốc lần thứ XIII'],
    ['two-thirds of deputies', 'hai phần ba số đại biểu'],
    ['1,500 households', '1.500 hộ'],
    ['twenty people', 'hai mươi người'],
    ['May we help you?', 'Chúng tôi giúp gì được?'],
  ]),
];

describe('number-mismatch', () => {
  it.each(valid)('valid %s: %s | %s', (direction, source, target) => {
    expect(runUnit(numberMismatch, { source, target }, direction)).toEqual([]);
  });

  it('"một phần ba" vs "two-thirds": one missing, one extra', () => {
    const target = 'two-thirds of the population';
    const got = runUnit(numberMismatch, { source: 'một phần ba dân số', target });
    expect(got).toEqual([
      expect.objectContaining({ side: 'target', start: 0, end: target.length, messageId: 'numberMissing', data: { number: 'một phần ba' } }),
      expect.objectContaining({ side: 'target', start: 0, end: 10, messageId: 'numberExtra', data: { number: 'two-thirds' } }),
    ]);
  });

  it('"3,25%" vs "3.52%"', () => {
    const got = runUnit(numberMismatch, { source: 'Lãi suất 3,25%.', target: 'The rate is 3.52%.' });
    expect(got.map((r) => [r.messageId, r.data.number, r.actual])).toEqual([
      ['numberMissing', '3,25', 'The rate is 3.52%.'],
      ['numberExtra', '3.52', '3.52'],
    ]);
  });

  it('"36 triệu" vs "36 billion"', () => {
    const got = runUnit(numberMismatch, { source: '36 triệu đồng', target: 'VND36 billion' });
    expect(got.map((r) => [r.messageId, r.data.number])).toEqual([
      ['numberMissing', '36 triệu'],
      ['numberExtra', '36 billion'],
    ]);
  });

  it('a wrong day in a date', () => {
    const got = runUnit(numberMismatch, { source: 'ngày 11/6/2024', target: 'June 12, 2024' });
    expect(got.map((r) => [r.messageId, r.data.number, r.actual])).toEqual([
      ['numberMissing', '11', 'June 12, 2024'],
      ['numberExtra', '12', '12'],
    ]);
  });

  it('a wrong month name', () => {
    const got = runUnit(numberMismatch, { source: 'ngày 11/6/2024', target: 'July 11, 2024' });
    expect(got.map((r) => [r.messageId, r.data.number])).toEqual([
      ['numberMissing', '6'],
      ['numberExtra', 'July'],
    ]);
  });

  it('"khóa XIII" vs "12th"', () => {
    const got = runUnit(numberMismatch, { source: 'Ban Chấp hành Trung ương khóa XIII', target: 'the 12th Party Central Committee' });
    expect(got.map((r) => [r.messageId, r.data.number])).toEqual([
      ['numberMissing', 'XIII'],
      ['numberExtra', '12th'],
    ]);
  });

  it('number words of a different value are reported when both sides have one left over', () => {
    const got = runUnit(numberMismatch, { source: 'ba tỉnh', target: 'four provinces' });
    expect(got.map((r) => [r.messageId, r.data.number])).toEqual([
      ['numberMissing', 'ba'],
      ['numberExtra', 'four'],
    ]);
  });

  it('a number dropped from the target', () => {
    const got = runUnit(numberMismatch, { source: '5 tỉnh và 2 thành phố', target: '5 provinces and cities' });
    expect(got).toMatchObject([{ messageId: 'numberMissing', data: { number: '2' } }]);
  });

  it('an extra number in the target is reported at it', () => {
    const got = runUnit(numberMismatch, { source: 'Năm 2024', target: 'In 2024, 30 people' });
    expect(got).toMatchObject([{ messageId: 'numberExtra', start: 9, end: 11, actual: '30' }]);
  });

  it('en→vi: "two-thirds" vs "một phần ba"', () => {
    const got = runUnit(numberMismatch, { source: 'two-thirds of deputies', target: 'một phần ba số đại biểu' }, 'en-vi');
    expect(got.map((r) => [r.messageId, r.data.number])).toEqual([
      ['numberMissing', 'two-thirds'],
      ['numberExtra', 'một phần ba'],
    ]);
  });

  it('en→vi: "VND36 million" vs "3,6 triệu"', () => {
    const got = runUnit(numberMismatch, { source: 'VND36 million', target: '3,6 triệu đồng' }, 'en-vi');
    expect(got.map((r) => [r.messageId, r.data.number])).toEqual([
      ['numberMissing', '36 million'],
      ['numberExtra', '3,6 triệu'],
    ]);
  });

  it('ignores numbers inside placeholders of the unit syntax', () => {
    const spec: UnitSpec = { source: 'Còn {0} ngày', target: '{0} days left, 7 max', placeholders: ['icu'] };
    expect(runUnit(numberMismatch, spec).map((r) => r.data.number)).toEqual(['7']);
  });

  it('leaves untranslated and target-less units alone', () => {
    expect(runUnit(numberMismatch, { source: '5 tỉnh', target: '', state: 'untranslated' })).toEqual([]);
    expect(runUnit(numberMismatch, { source: '5 tỉnh', target: null })).toEqual([]);
  });
});
