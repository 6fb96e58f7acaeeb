import { describe, expect, it } from 'vitest';
import type { PlaceholderSyntax } from '../../../src/formats/units.js';
import { placeholderMismatch } from '../../../src/rules/placeholder-mismatch.js';
import { runUnit, type Direction } from './helpers.js';

type Row = [Direction, PlaceholderSyntax, string, string];

const valid: Row[] = [
  ['vi-en', 'i18next', 'Còn {{count}} ngày', '{{count}} days left'],
  ['vi-en', 'i18next', 'Xin chào {{ name }}', 'Hello {{name}}'],
  ['vi-en', 'i18next', 'Ngày {{date, datetime}}', 'On {{date, datetime}}'],
  ['vi-en', 'i18next', 'Xem $t(common:more)', 'See $t(common:more)'],
  ['vi-en', 'i18next', 'Xem $t(items, {"count": {{n}} })', 'See $t(items, {"count": {{n}} })'],
  ['vi-en', 'i18next', 'Nhấn <0>vào đây</0> rồi <1/>', 'Click <0>here</0> then <1/>'],
  ['vi-en', 'i18next', '<1/> rồi <0>ở đây</0>', '<0>here</0> then <1/>'],
  ['vi-en', 'i18next', 'Chữ <strong>đậm</strong>', 'A <strong>bold</strong> word'],
  ['vi-en', 'printf', 'Có %d tệp trong %s', 'There are %d files in %s'],
  ['vi-en', 'printf', 'Tỷ lệ 50%% và %.2f', 'Rate 50%% and %.2f'],
  ['vi-en', 'printf', '%s của %s', "%2$s's %1$s"],
  ['vi-en', 'printf', 'Xin chào %(name)s', 'Hello %(name)s'],
  ['vi-en', 'printf', 'Tăng 50% so với', 'Up 50% on'],
  ['vi-en', 'icu', 'Xin chào {name}', 'Hello {name}'],
  ['vi-en', 'icu', 'Tệp {0} của {1}', '{1}: file {0}'],
  ['vi-en', 'icu', '{count, plural, other {# tệp}}', '{count, plural, one {# file} other {# files}}'],
  ['vi-en', 'icu', "'{'giữ nguyên'}' {name}", "'{'keep'}' {name}"],
  ['vi-en', 'none', 'Còn {{count}} ngày', '{{n}} days left'],
  ['en-vi', 'i18next', '{{count}} days left', 'Còn {{count}} ngày'],
  ['en-vi', 'printf', 'There are %d files', 'Có %d tệp'],
  ['en-vi', 'icu', '{count, plural, one {# file by {author}} other {# files by {author}}}', '{count, plural, other {# tệp của {author}}}'],
];

describe('placeholder-mismatch', () => {
  it.each(valid)('valid %s %s: %s | %s', (direction, syntax, source, target) => {
    expect(runUnit(placeholderMismatch, { source, target, placeholders: [syntax] }, direction)).toEqual([]);
  });

  it('{{count}} missing', () => {
    const target = 'Days left';
    const got = runUnit(placeholderMismatch, { source: 'Còn {{count}} ngày', target, placeholders: ['i18next'] });
    expect(got).toEqual([expect.objectContaining({ side: 'target', start: 0, end: target.length, messageId: 'placeholderMissing', data: { placeholder: '{{count}}' } })]);
  });

  it('a misspelt interpolation is missing and extra', () => {
    const got = runUnit(placeholderMismatch, { source: 'Còn {{count}} ngày', target: '{{cout}} days left', placeholders: ['i18next'] });
    expect(got.map((r) => [r.messageId, r.data.placeholder, r.actual])).toEqual([
      ['placeholderMissing', '{{count}}', '{{cout}} days left'],
      ['placeholderExtra', '{{cout}}', '{{cout}}'],
    ]);
  });

  it('unescaped {{- name}} is not {{name}}', () => {
    const got = runUnit(placeholderMismatch, { source: 'Xin chào {{- name}}', target: 'Hello {{name}}', placeholders: ['i18next'] });
    expect(got.map((r) => r.messageId)).toEqual(['placeholderMissing', 'placeholderExtra']);
  });

  it('$t() nesting with another key', () => {
    const got = runUnit(placeholderMismatch, { source: 'Xem $t(common:more)', target: 'See $t(common:less)', placeholders: ['i18next'] });
    expect(got.map((r) => [r.messageId, r.data.placeholder])).toEqual([
      ['placeholderMissing', '$t(common:more)'],
      ['placeholderExtra', '$t(common:less)'],
    ]);
  });

  it('<0>text</0> vs <1>text</1>', () => {
    const got = runUnit(placeholderMismatch, { source: 'Nhấn <0>vào đây</0>', target: 'Click <1>here</1>', placeholders: ['i18next'] });
    expect(got.map((r) => [r.messageId, r.data.placeholder, r.actual])).toEqual([
      ['placeholderMissing', '<0>vào đây</0>', 'Click <1>here</1>'],
      ['placeholderExtra', '<1>here</1>', '<1>here</1>'],
    ]);
  });

  it('an unclosed Trans tag', () => {
    const got = runUnit(placeholderMismatch, { source: 'Nhấn <0>vào đây</0>', target: 'Click <0>here', placeholders: ['i18next'] });
    expect(got.map((r) => [r.messageId, r.data.placeholder])).toEqual([
      ['placeholderMissing', '<0>vào đây</0>'],
      ['placeholderExtra', '<0>'],
    ]);
  });

  it('%s vs %d', () => {
    const got = runUnit(placeholderMismatch, { source: 'Tệp %s', target: 'File %d', placeholders: ['printf'] });
    expect(got.map((r) => [r.messageId, r.data.placeholder, r.start, r.end])).toEqual([
      ['placeholderMissing', '%s', 0, 7],
      ['placeholderExtra', '%d', 5, 7],
    ]);
  });

  it('printf arguments swapped without positions', () => {
    const got = runUnit(placeholderMismatch, { source: '%s có %d tệp', target: '%d files in %s', placeholders: ['printf'] });
    expect(got).toHaveLength(4);
  });

  it('%% is not a placeholder, so a lost %s is still found', () => {
    const got = runUnit(placeholderMismatch, { source: '%s đạt 50%%', target: 'reached 50%%', placeholders: ['printf'] });
    expect(got).toMatchObject([{ messageId: 'placeholderMissing', data: { placeholder: '%s' } }]);
  });

  it('ICU: the argument name counts, not the branches', () => {
    const got = runUnit(placeholderMismatch, { source: '{count, plural, other {# tệp}}', target: '{n, plural, one {# file} other {# files}}', placeholders: ['icu'] });
    expect(got.map((r) => [r.messageId, r.data.placeholder])).toEqual([
      ['placeholderMissing', '{count, plural, other {# tệp}}'],
      ['placeholderExtra', '{n, plural, one {# file} other {# files}}'],
    ]);
  });

  it('python-brace {0} missing', () => {
    const got = runUnit(placeholderMismatch, { source: 'Tệp {0} của {1}', target: 'File {0}', placeholders: ['icu'] });
    expect(got).toMatchObject([{ messageId: 'placeholderMissing', data: { placeholder: '{1}' } }]);
  });

  it('XLIFF inline codes from unit.codes', () => {
    const got = runUnit(placeholderMismatch, {
      source: 'Nhấn vào đây',
      target: 'Click here',
      placeholders: ['xliff'],
      codes: { source: ['<pc id="1">', '<ph id="2"/>'], target: ['<pc id="1">', '<ph id="3"/>'] },
    });
    expect(got.map((r) => [r.messageId, r.data.placeholder, r.start, r.end])).toEqual([
      ['placeholderMissing', '<ph id="2"/>', 0, 10],
      ['placeholderExtra', '<ph id="3"/>', 0, 10],
    ]);
  });

  it('en→vi: {{count}} missing from the Vietnamese', () => {
    const got = runUnit(placeholderMismatch, { source: '{{count}} days left', target: 'Còn vài ngày', placeholders: ['i18next'] }, 'en-vi');
    expect(got).toMatchObject([{ messageId: 'placeholderMissing', data: { placeholder: '{{count}}' } }]);
  });

  it('en→vi: %s vs %d', () => {
    const got = runUnit(placeholderMismatch, { source: 'File %s', target: 'Tệp %d', placeholders: ['printf'] }, 'en-vi');
    expect(got.map((r) => r.messageId)).toEqual(['placeholderMissing', 'placeholderExtra']);
  });

  it('leaves untranslated units alone', () => {
    expect(runUnit(placeholderMismatch, { source: '{{n}}', target: '', placeholders: ['i18next'] })).toEqual([]);
  });
});
