import { describe, expect, it } from 'vitest';
import { untranslated } from '../../../src/rules/untranslated.js';
import { runUnit, type Direction, type UnitSpec } from './helpers.js';

const valid: Array<[Direction, UnitSpec]> = [
  ['vi-en', { source: 'Lưu thay đổi', target: 'Save changes' }],
  ['vi-en', { source: 'Bluezone', target: 'Bluezone' }],
  ['vi-en', { source: 'COVID-19', target: 'covid-19' }],
  ['vi-en', { source: 'Bluezone App', target: 'Bluezone App' }],
  ['vi-en', { source: '{{count}} / 100', target: '{{count}} / 100', placeholders: ['i18next'] }],
  ['vi-en', { source: 'https://bluezone.gov.vn', target: 'https://bluezone.gov.vn' }],
  ['vi-en', { source: 'Thủ tướng Nguyễn Xuân Phúc phát biểu', target: 'Prime Minister Nguyễn Xuân Phúc spoke' }],
  ['vi-en', { source: 'Ông Nguyễn Xuân Phúc', target: 'Mr Nguyễn Xuân Phúc' }],
  ['en-vi', { source: 'Save changes', target: 'Lưu thay đổi' }],
  ['en-vi', { source: 'Email', target: 'Email' }],
  ['en-vi', { source: 'Hà Nội', target: 'Hà Nội' }],
  ['en-vi', { source: 'Log in to continue', target: 'Dang nhap de tiep tuc' }],
];

const invalid: Array<[Direction, UnitSpec, Record<string, unknown>]> = [
  ['vi-en', { source: 'Lưu', target: '', key: 'save' }, { messageId: 'untranslated', side: 'target', start: 0, end: 0, data: { key: 'save' } }],
  ['vi-en', { source: 'Lưu', target: '  ', key: 'save' }, { messageId: 'untranslated', side: 'target' }],
  ['vi-en', { source: 'Lưu', target: null, key: 'save' }, { messageId: 'untranslated', side: 'source', start: 0, end: 3 }],
  ['vi-en', { source: 'Lưu', target: 'Lưu', state: 'untranslated' }, { messageId: 'untranslated', side: 'target' }],
  ['vi-en', { source: 'Lưu thay đổi', target: 'lưu thay đổi ' }, { messageId: 'identical', side: 'target', start: 0, end: 13 }],
  ['vi-en', { source: 'Lưu', target: 'Lưu' }, { messageId: 'identical' }],
  ['vi-en', { source: 'Cai dat he thong', target: 'Cai dat he thong' }, { messageId: 'identical' }],
  ['vi-en', { source: 'Lưu thay đổi của bạn', target: 'Lưu các thay đổi' }, { messageId: 'targetInSourceLanguage', data: { share: 67 } }],
  ['vi-en', { source: 'Chính phủ họp', target: 'Chính phủ đã họp hôm nay' }, { messageId: 'targetInSourceLanguage' }],
  ['vi-en', { source: 'Đang cập nhật', target: 'Đang cập nhật', state: 'fuzzy', key: 'k' }, { messageId: 'fuzzy', severity: 'info', data: { key: 'k' } }],
  ['en-vi', { source: 'Save', target: '' }, { messageId: 'untranslated' }],
  ['en-vi', { source: 'Log in to continue', target: 'Log in to continue' }, { messageId: 'identical' }],
  ['en-vi', { source: 'Log in to continue', target: 'Please log in to continue' }, { messageId: 'targetInSourceLanguage', data: { share: 80 } }],
  ['en-vi', { source: 'Save', target: 'Luu', state: 'fuzzy' }, { messageId: 'fuzzy', severity: 'info' }],
];

describe('untranslated', () => {
  it.each(valid)('valid %s: %j', (direction, spec) => {
    expect(runUnit(untranslated, spec, direction)).toEqual([]);
  });
  it.each(invalid)('invalid %s: %j', (direction, spec, expected) => {
    const got = runUnit(untranslated, spec, direction);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject(expected);
  });
  it('a fuzzy unit is counted as fuzzy only, not as untranslated or identical', () => {
    const got = runUnit(untranslated, { source: 'Lưu', target: 'Lưu', state: 'fuzzy' });
    expect(got.map((r) => r.messageId)).toEqual(['fuzzy']);
  });
  it('an untranslated fuzzy-free unit with an empty target is untranslated once', () => {
    const got = runUnit(untranslated, { source: 'Lưu', target: '', state: 'untranslated' });
    expect(got.map((r) => r.messageId)).toEqual(['untranslated']);
  });
});

describe('untranslated: blank strings', () => {
  it('a blank source with a blank target (a spacer) is not reported', () => {
    expect(runUnit(untranslated, { source: ' ', target: ' ' })).toEqual([]);
    expect(runUnit(untranslated, { source: 'Lưu', target: ' ' })).toHaveLength(1);
  });
});

describe('untranslated: names and acronyms in an en → vi target', () => {
  it('an identical target made only of names is fine; plain English left as it was is not', () => {
    expect(runUnit(untranslated, { source: 'Creative Commons CCZero', target: 'Creative Commons CCZero' }, 'en-vi')).toEqual([]);
    expect(runUnit(untranslated, { source: 'Joe Bloggs', target: 'Joe Bloggs' }, 'en-vi')).toEqual([]);
    expect(runUnit(untranslated, { source: 'Save your changes', target: 'Save your changes' }, 'en-vi')).toHaveLength(1);
  });

  it('acronyms and names shared with the source do not make a Vietnamese target English', () => {
    expect(runUnit(untranslated, { source: 'eg. CSV, XML or JSON', target: 'VD: CSV, XML hay JSON' }, 'en-vi')).toEqual([]);
    expect(runUnit(untranslated, { source: 'eg. Joe Bloggs', target: 'VD: Joe Bloggs' }, 'en-vi')).toEqual([]);
  });
});
