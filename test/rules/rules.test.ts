/**
 * Each rule in valid / invalid tables over a small glossary of our own. Assertions are on ruleId,
 * messageId, data and fixes; only reporter tests look at prose.
 */
import { describe, expect, it } from 'vitest';
import { check, fixText, type CheckOptions } from '../../src/check.js';
import { glossary } from './glossary.js';
import type { Message } from '../../src/types.js';

const run = (text: string, options: CheckOptions = {}) => check(text, { glossary, format: 'markdown', ...options }).messages;
const only = (text: string, ruleId: string, options: CheckOptions = {}) => run(text, options).filter((m) => m.ruleId === ruleId);

interface Case {
  text: string;
  options?: CheckOptions;
}

function table(ruleId: string, valid: Array<string | Case>, invalid: Array<[string | Case, Array<Record<string, unknown>>]>) {
  describe(ruleId, () => {
    it.each(valid.map((v) => [typeof v === 'string' ? v : v.text, v]))('valid: %s', (_, v) => {
      const c: Case = typeof v === 'string' ? { text: v } : v;
      expect(only(c.text, ruleId, c.options)).toEqual([]);
    });
    it.each(invalid.map(([v, expected]) => [typeof v === 'string' ? v : v.text, v, expected] as const))(
      'invalid: %s',
      (_, v, expected) => {
        const c: Case = typeof v === 'string' ? { text: v } : v;
        const got = only(c.text, ruleId, c.options);
        expect(got).toHaveLength(expected.length);
        got.forEach((m, i) => expect(m).toMatchObject(expected[i]!));
      },
    );
  });
}

table(
  'deprecated-term',
  [
    "The Party Central Committee's Mass Mobilisation Commission met.",
    'The Central Mass Mobilisation Commission met.',
    "The Quang Tri Provincial Party Committee's Mass Mobilisation Commission met.",
    '`Central Committee for Mass Mobilisation` in code is not prose.',
    '<!-- thuatngu-disable deprecated-term -->\n\nThe Central Committee for Mass Mobilisation met.',
  ],
  [
    [
      'The Central Committee for Mass Mobilisation met.',
      [
        {
          messageId: 'deprecatedTerm',
          actual: 'Central Committee for Mass Mobilisation',
          conceptId: 'ban-dan-van-trung-uong',
          data: { expected: "Party Central Committee's Mass Mobilisation Commission", vi: 'Ban Dân vận Trung ương' },
          fix: { range: [4, 43], text: "Party Central Committee's Mass Mobilisation Commission" },
          severity: 'warning',
        },
      ],
    ],
    [
      // American spelling in the text: the fix follows it; the plural is kept.
      "They became People's Council delegates and spoke of mobilization.",
      [{ actual: "People's Council delegates", fix: { text: "People's Council deputies" } }],
    ],
    [
      // the head noun comes last: a longer match before it is its modifier, not what it names
      "The Quang Tri Provincial People's Council delegates met.",
      [{ actual: "People's Council delegates", fix: { text: "People's Council deputies" } }],
    ],
    [
      'The Quang Tri Provincial Party Committee for Mass Mobilisation met.',
      [{ actual: 'Quang Tri Provincial Party Committee for Mass Mobilisation', fix: { text: "Quang Tri Provincial Party Committee's Mass Mobilisation Commission" } }],
    ],
    [
      // The span runs from the term's first letter to its last, markup inside included.
      'The *Central Committee* for Mass Mobilisation met.',
      [{ actual: 'Central Committee* for Mass Mobilisation', data: { vi: 'Ban Dân vận Trung ương' } }],
    ],
    [{ text: 'The Central Committee for Mass Mobilisation met.', options: { rules: { 'deprecated-term': 'error' } } }, [{ severity: 'error' }]],
  ],
);

table(
  'term-case',
  [
    'General Secretary To Lam spoke.',
    'The general secretary said so.',
    'The General secretary said so.',
    'GENERAL SECRETARY TO LAM',
    "People's councils at all levels met.",
    // a title filed under local government is still a title: generic without a name after it
    "The Chairman and other members of the People's Committee met.",
    "She is a member of the People's Committee.",
    // a kind of body, not one body
    "Each provincial people's council met, and a provincial people's council may vote.",
    'The Vietnam Fatherland Front met.',
    // either apostrophe
    'The Provincial People’s Council met.',
    // the head of a name may be plural: the plural of the whole
    "Provincial People's Councils met.",
    'The Ministries of Natural Resources and Environment of two countries met.',
    // a bare noun before a noun is English where its plural shows an s: no possessive is missing
    "The Party Central Committee Mass Mobilisation Commission met.",
  ],
  [
    ['general secretary To Lam spoke.', [{ messageId: 'termCase', actual: 'general secretary', fix: { text: 'General Secretary' } }]],
    // the apostrophe of a possessive, wherever the term stands (a kind of body misses it too)
    ['The Provincial Peoples Council met.', [{ messageId: 'termApostrophe', actual: 'Provincial Peoples Council', fix: { text: "Provincial People's Council" } }]],
    ["The Provincial Peoples' Council met.", [{ messageId: 'termApostrophe', fix: { text: "Provincial People's Council" } }]],
    ['Each provincial peoples council met.', [{ messageId: 'termApostrophe', fix: { text: "provincial people's council" } }]],
    ['The Quang Tri Provincial Peoples Council met.', [{ messageId: 'termApostrophe', fix: { text: "Quang Tri Provincial People's Council" } }]],
    // a word in another number than the name's, where the matcher reads either
    [
      'The Ministry of Natural Resource and Environment met.',
      [{ messageId: 'termNumber', actual: 'Ministry of Natural Resource and Environment', fix: { text: 'Ministry of Natural Resources and Environment' } }],
    ],
    ['THE MINISTRY OF NATURAL RESOURCE AND ENVIRONMENT', [{ messageId: 'termNumber', fix: { text: 'MINISTRY OF NATURAL RESOURCES AND ENVIRONMENT' } }]],
    // the word as the glossary has it, in the text's spelling
    ['The Ministry of Labors, Invalids and Social Affairs met.', [{ messageId: 'termNumber', fix: { text: 'Ministry of Labor, Invalids and Social Affairs' } }]],
    ['The Vietnams Fatherland Front met.', [{ messageId: 'termNumber', fix: { text: 'Vietnam Fatherland Front' } }]],
    // the whole possessive ending, where the plural has no s of its own to show it
    ['The Provincial People Council met.', [{ messageId: 'termPossessive', actual: 'Provincial People Council', fix: { text: "Provincial People's Council" } }]],
    ['Each provincial people council met.', [{ messageId: 'termPossessive', fix: { text: "provincial people's council" } }]],
    [
      'The Provincial People Council deputy spoke.',
      [{ messageId: 'termPossessive', actual: 'People Council deputy', data: { expected: "People's Council deputy" }, fix: { text: "People's Council deputy" } }],
    ],
    ['The Vietnam fatherland Front met.', [{ actual: 'Vietnam fatherland Front', fix: { text: 'Vietnam Fatherland Front' } }]],
    ["Then member of the People's Committee Nguyen Van An spoke.", [{ actual: "member of the People's Committee", fix: { text: "Member of the People's Committee" } }]],
  ],
);

table(
  'inconsistent-term',
  [
    'The Vietnam Fatherland Front met. The Fatherland Front agreed.',
    // initials for words of the fuller rendering: the short form of a later mention
    'National Assembly deputy Nguyen Van A spoke first. NA deputy Tran Thi B agreed.',
    "The Provincial People's Council met. The Provincial People's Council agreed.",
    // a plural names a kind of body: its capitals are no second way of writing the name
    "The Provincial People's Council met. Provincial people's councils across the country agreed.",
    "The Provincial People's Council met. Each provincial people's council votes on its budget.",
    // a foreign body whose name holds a term is no second rendering of it
    "The Provincial Party Committee's Mass Mobilisation Commission met.\n\nThe Cambodian Provincial Party Committee for Mass Mobilisation agreed.",
    // a body's earlier name is superseded-term's business (by the document's date), not a second rendering
    'In 2024, the General Statistics Office said so. The National Statistics Office now agrees.',
    // a title's short form, in any word order, with "chief" for the head
    'General Secretary To Lam arrived on Monday. The Party chief then met students.',
    'Party General Secretary To Lam arrived on Monday. General Secretary To Lam then met students.',
    // capitals that term-case corrects are its finding (with a fix), not a second one here
    "The Vietnam Fatherland Front met. Later the Vietnam fatherland front agreed.",
  ],
  [
    [
      'The Provincial Party Committee for Mass Mobilisation met.\n\nThe Provincial Party Committee\'s Mass Mobilisation Commission agreed.',
      [
        {
          messageId: 'inconsistentTerm',
          actual: 'Provincial Party Committee for Mass Mobilisation',
          conceptId: 'ban-dan-van-tinh-uy',
          data: { other: "Provincial Party Committee's Mass Mobilisation Commission", renderings: 2 },
        },
      ],
    ],
    // a title in another word is another title, or a slip
    [
      'National Assembly deputy Nguyen Van A spoke first. NA delegate Tran Thi B agreed.',
      [{ messageId: 'inconsistentTerm', actual: 'NA delegate', expected: ['National Assembly deputy'], conceptId: 'dai-bieu-quoc-hoi' }],
    ],
    [
      'The "Skilled mass mobilisation" movement. The "Skilled Mass Mobilisation" models. More "Skilled Mass Mobilisation".',
      [{ messageId: 'inconsistentCase', actual: 'Skilled mass mobilisation', expected: ['Skilled Mass Mobilisation'] }],
    ],
    [
      // Missing capitals, though the most used, are not the reference: term-case corrects them,
      // and the two ways of capitalising that are left are compared.
      'The ministry of natural resources and environment met. The ministry of natural resources and environment agreed. ' +
        'The Ministry of Natural Resources and Environment spoke. The Ministry Of Natural Resources And Environment closed.',
      [{ messageId: 'inconsistentCase', actual: 'Ministry Of Natural Resources And Environment', expected: ['Ministry of Natural Resources and Environment'] }],
    ],
  ],
);

table(
  'spelling-variant',
  [
    'Mobilisation and organisation, the British way.',
    'Mobilization and organization, the American way.',
    { text: 'Mobilisation only.', options: { spelling: 'en-GB' } },
    // Oxford spelling, as in UN and many official translations: -ize, and British otherwise
    'The organization of labour, the mobilization centre and national defence.',
    { text: 'The organization of labour.', options: { spelling: 'en-GB-oxendict' } },
  ],
  [
    // Without a configured spelling the other spelling is suggested, not applied: the minority may be a name.
    [
      'Mobilisation, organisation and defence; one mobilization.',
      [{ messageId: 'spellingMixedIze', actual: 'mobilization', expected: ['mobilisation'], data: { spelling: 'gb', ending: '-ise' } }],
    ],
    // -ise/-ize and the other pairs are counted apart
    [
      'The organization and mobilization of labour, the centre, and one labor union.',
      [{ messageId: 'spellingMixed', actual: 'labor', expected: ['labour'], data: { spelling: 'gb' } }],
    ],
    [{ text: 'The Defence Ministry.', options: { spelling: 'en-US' } }, [{ messageId: 'spellingConfigured', actual: 'Defence', fix: { text: 'Defense' } }]],
    [
      { text: 'The organisation of labor.', options: { spelling: 'en-GB-oxendict' } },
      [
        { messageId: 'spellingConfigured', actual: 'organisation', fix: { text: 'organization' }, data: { spelling: 'oxford' } },
        { messageId: 'spellingConfigured', actual: 'labor', fix: { text: 'labour' }, data: { spelling: 'oxford' } },
      ],
    ],
  ],
);

describe("a suggested term takes the document's spelling on each axis", () => {
  it('Oxford spelling: -ize, and British otherwise', () => {
    const text = 'The organization, the civilization and the labour union. The Central Committee for Mass Mobilisation met.';
    const [deprecated] = only(text, 'deprecated-term');
    expect(deprecated!.expected[0]).toBe("Party Central Committee's Mass Mobilization Commission");
  });
});

describe('spelling-variant fixes only with a configured spelling', () => {
  const text = 'Mobilisation, organisation and defence at the World Health Organization.';
  it('consistent: suggests the other spelling, fixes nothing', () => {
    const got = only(text, 'spelling-variant');
    expect(got.map((m) => [m.actual, m.expected])).toEqual([['Organization', ['Organisation']]]);
    expect(got.every((m) => m.fix === undefined)).toBe(true);
    expect(fixText(text).output).toBe(text);
  });
  it('en-GB: fixes', () => {
    const got = only(text, 'spelling-variant', { spelling: 'en-GB' });
    expect(got.map((m) => m.fix?.text)).toEqual(['Organisation']);
  });
});

table(
  'superseded-term',
  [
    { text: 'The Ministry of Natural Resources and Environment met.', options: { date: '2024-05-01' } },
    'The Ministry of Agriculture and Environment met.',
    // marked as past by the writer: history, not an old name
    { text: 'Staff of the former Ministry of Natural Resources and Environment moved.', options: { date: '2025-06-01' } },
    { text: 'The then Ministry of Natural Resources and Environment and the now-defunct Ministry of Natural Resources and Environment office.', options: { date: '2025-06-01' } },
    { text: 'After the merger with the Ministry of Natural Resources and Environment, the ministry grew.', options: { date: '2025-06-01' } },
    { text: 'The Ministry of Natural Resources and Environment was merged into another ministry in March.', options: { date: '2025-06-01' } },
    { text: 'The Ministry of Natural Resources and Environment merged with another ministry.', options: { date: '2025-06-01' } },
    { text: 'The Ministry of Natural Resources and Environment no longer exists.', options: { date: '2025-06-01' } },
    // …or later in its sentence
    { text: 'The Ministry of Natural Resources and Environment had forecast 6.5% growth before it was merged into another ministry.', options: { date: '2025-06-01' } },
    { text: 'The Ministry of Natural Resources and Environment, which was later merged, ran the survey.', options: { date: '2025-06-01' } },
    { text: 'The Ministry of Natural Resources and Environment drafted the plan before being dissolved.', options: { date: '2025-06-01' } },
    // …or set in a year before the change
    { text: 'In 2024, the Ministry of Natural Resources and Environment forecast a rise.', options: { date: '2025-06-01' } },
    // a body's earlier name, in a text from before the change or about the time before it
    { text: 'The General Statistics Office said growth slowed.', options: { date: '2025-02-28' } },
    { text: 'In 2024, the General Statistics Office said growth slowed.', options: { date: '2026-01-10' } },
    'The National Statistics Office and the NSO said growth slowed.',
    { text: 'The Ministry of Natural Resources and Environment issued the report in late March 2023.', options: { date: '2025-06-01' } },
    // …or set before the change itself
    { text: 'Before the merger, the Ministry of Natural Resources and Environment had 20 departments.', options: { date: '2025-06-01' } },
    { text: 'The Ministry of Natural Resources and Environment ran the survey prior to the rearrangement.', options: { date: '2025-06-01' } },
  ],
  [
    [
      { text: 'The Ministry of Natural Resources and Environment met.', options: { date: '2025-06-01' } },
      [{ messageId: 'supersededBy', severity: 'warning', data: { successor: 'Ministry of Agriculture and Environment', date: '2025-03-01', docDate: '2025-06-01' } }],
    ],
    ['---\ndate: 2025-06-01\n---\n\nThe Ministry of Natural Resources and Environment met.', [{ messageId: 'supersededBy', severity: 'warning' }]],
    // a later mention that is not marked as past is still reported
    [
      { text: 'The former Ministry of Natural Resources and Environment merged. The Ministry of Natural Resources and Environment met.', options: { date: '2025-06-01' } },
      [{ messageId: 'supersededBy', actual: 'Ministry of Natural Resources and Environment', place: { start: { column: 70 } } }],
    ],
    // a body's earlier name, in a text written after the change
    [
      { text: 'The General Statistics Office said growth slowed.', options: { date: '2026-01-10' } },
      [
        {
          messageId: 'formSuperseded',
          severity: 'warning',
          actual: 'General Statistics Office',
          expected: ['National Statistics Office'],
          conceptId: 'cuc-thong-ke',
          data: { date: '2025-03-01', docDate: '2026-01-10', expected: 'National Statistics Office', vi: 'Cục Thống kê' },
        },
      ],
    ],
    ['The General Statistics Office met. The General Statistics Office agreed.', [{ messageId: 'formSupersededNoDate', severity: 'info' }]],
    // a year from the change on, or one the sentence runs on from, is no history
    [
      { text: 'Since 2020, the Ministry of Natural Resources and Environment has run the survey.', options: { date: '2025-06-01' } },
      [{ messageId: 'supersededBy', actual: 'Ministry of Natural Resources and Environment' }],
    ],
    [
      { text: 'The Ministry of Natural Resources and Environment plans to finish by 2030. It began in 2024.', options: { date: '2025-06-01' } },
      [{ messageId: 'supersededBy', actual: 'Ministry of Natural Resources and Environment' }],
    ],
    // the number of a document, or a year that names no time, is no history either
    [
      { text: 'Under Decision 1961/QD-TTg, the Ministry of Natural Resources and Environment met.', options: { date: '2025-06-01' } },
      [{ messageId: 'supersededBy', actual: 'Ministry of Natural Resources and Environment' }],
    ],
    [
      { text: 'The Ministry of Natural Resources and Environment opened 2024 Street.', options: { date: '2025-06-01' } },
      [{ messageId: 'supersededBy', actual: 'Ministry of Natural Resources and Environment' }],
    ],
    // a change told in the next sentence is not about this mention
    [
      { text: 'The Ministry of Natural Resources and Environment forecast 6.5% growth. Before it was merged, another ministry did.', options: { date: '2025-06-01' } },
      [{ messageId: 'supersededBy', actual: 'Ministry of Natural Resources and Environment' }],
    ],
    // what took its place, in the document's spelling
    [
      { text: "The organization of the Party Central Committee's Mass Mobilization Commission changed.", options: { date: '2025-06-01' } },
      [
        {
          messageId: 'supersededBy',
          expected: ["Party Central Committee's Commission for Information, Education and Mass Mobilization"],
          data: { successor: "Party Central Committee's Commission for Information, Education and Mass Mobilization" },
        },
      ],
    ],
    // "before" anything but the change sets no time before it
    [
      { text: 'The Ministry of Natural Resources and Environment met before the deadline.', options: { date: '2025-06-01' } },
      [{ messageId: 'supersededBy', actual: 'Ministry of Natural Resources and Environment' }],
    ],
    // a preposition alone says nothing of the past
    [
      { text: 'A meeting with the Ministry of Natural Resources and Environment took place.', options: { date: '2025-06-01' } },
      [{ messageId: 'supersededBy', actual: 'Ministry of Natural Resources and Environment' }],
    ],
    // Without a date: a reminder only, once per concept.
    ['The Ministry of Natural Resources and Environment met. The Ministry of Natural Resources and Environment agreed.', [{ messageId: 'supersededByNoDate', severity: 'info' }]],
    [{ text: 'The Ministry of Natural Resources and Environment met.', options: { rules: { 'superseded-term': 'error' } } }, [{ severity: 'info' }]],
  ],
);

describe('a matchCase concept', () => {
  const dated = { date: '2025-06-01' };

  it('is not named by its words in other capitals', () => {
    expect(run('A Party delegation led by the General Secretary visited Laos.', dated)).toEqual([]);
    expect(run('# Party delegation visits Laos', dated)).toEqual([]);
    expect(run('the party delegation arrived', dated)).toEqual([]);
  });

  it('is named by its capitals, at a sentence start, and in text all in capitals', () => {
    for (const text of ['The Party Delegation of the National Assembly met.', 'PARTY DELEGATION MEETS']) {
      const found = run(text, dated);
      expect(found.map((m) => [m.ruleId, m.conceptId])).toEqual([['superseded-term', 'dang-doan']]);
    }
  });
});

describe('the engine', () => {
  it('positions are exact with CRLF, a BOM and astral characters', () => {
    const text = '\uFEFF# 🇻🇳 Title\r\n\r\n😀 The Central Committee for Mass Mobilisation met.\r\n';
    const [m] = only(text, 'deprecated-term');
    expect(m!.place.start).toEqual({ line: 3, column: 8, offset: text.indexOf('Central') });
    expect(text.slice(m!.place.start.offset, m!.place.end.offset)).toBe(m!.actual);
  });

  it('matches NFD text and a term split by emphasis or a line break', () => {
    expect(only('The Central Committee\nfor Mass Mobilisation met.', 'deprecated-term')).toHaveLength(1);
    expect(only('The **Central Committee** for Mass Mobilisation met.', 'deprecated-term')).toHaveLength(1);
    expect(run('Bộ Tài nguyên và Môi trường'.normalize('NFD'))).toEqual([]);
  });

  it('offers no fix where markup sits inside the span (it would delete the emphasis)', () => {
    const [m] = only('The *Central Committee* for Mass Mobilisation met.', 'deprecated-term');
    expect(m!.expected[0]).toBe("Party Central Committee's Mass Mobilisation Commission");
    expect(m!.fix).toBeUndefined();
  });

  it('renders messages in Vietnamese with the same data', () => {
    const [en] = only('The Central Committee for Mass Mobilisation met.', 'deprecated-term');
    const [vi] = only('The Central Committee for Mass Mobilisation met.', 'deprecated-term', { lang: 'vi' });
    expect(vi!.data).toEqual(en!.data);
    expect(vi!.message).not.toBe(en!.message);
    expect(vi!.message).toContain('không phải cách dịch tiếng Anh chuẩn');
  });

  it('ignore-next suppresses the next block only', () => {
    const text = '<!-- thuatngu-ignore-next -->\nThe Central Committee for Mass Mobilisation met.\n\nThe Central Committee for Mass Mobilisation agreed.';
    const found = only(text, 'deprecated-term');
    expect(found).toHaveLength(1);
    expect(found[0]!.place.start.line).toBe(4);
  });

  it('fixText puts in the apostrophe, then the capitals', () => {
    expect(fixText('The Provincial peoples Council met.', { glossary }).output).toBe("The Provincial People's Council met.");
  });

  it('fixText fixes, keeps everything else, and is idempotent', () => {
    const text = '# Note\r\n\r\nThe Central Committee for Mass Mobilisation met the general secretary To Lam.\r\n';
    const once = fixText(text, { glossary });
    expect(once.output).toBe(
      "# Note\r\n\r\nThe Party Central Committee's Mass Mobilisation Commission met the General Secretary To Lam.\r\n",
    );
    expect(once.applied).toBe(2);
    expect(fixText(once.output, { glossary }).output).toBe(once.output);
  });
});

describe("the document's date", () => {
  const superseded = (messages: Message[]) => messages.filter((m) => m.ruleId === 'superseded-term').map((m) => m.severity);

  it.each([
    ['date: 2025-06-01'],
    ['pubDate: 2025-06-01'],
    ["publishDate: '2025-06-01T08:00:00+07:00'"],
    ['date: 2026'],
    ['title: News\ndate:\npublished: 2025-06'],
  ])('is read from the front matter: %s', (field) => {
    const messages = run(`---\n${field}\n---\n\nThe Ministry of Natural Resources and Environment met.\n`);
    expect(superseded(messages)).toEqual(['warning']);
    expect(messages.filter((m) => m.ruleId === 'read-error')).toEqual([]);
  });

  it('that cannot be read is reported on its key, and the text is checked as undated', () => {
    const text = '---\ntitle: News\ndate: March 5, 2025\n---\n\nThe Ministry of Natural Resources and Environment met.\n';
    const messages = run(text);
    expect(messages[0]).toMatchObject({
      ruleId: 'read-error',
      severity: 'info',
      messageId: 'frontmatterDate',
      data: { key: 'date', value: 'March 5, 2025' },
      actual: 'date',
      place: { start: { line: 3, column: 1 }, end: { line: 3, column: 5 } },
    });
    expect(superseded(messages)).toEqual(['info']);
    // --date says when the text is from: the front matter's date is not needed.
    expect(run(text, { date: '2025-06-01' }).filter((m) => m.ruleId === 'read-error')).toEqual([]);
  });
});

describe('input problems', () => {
  it('broken front matter is reported where it breaks, and the text is still checked', () => {
    const text = '---\ndate: [2025\n---\n\nThe Central Committee for Mass Mobilisation met.\n';
    const messages = run(text);
    expect(messages[0]).toMatchObject({ ruleId: 'read-error', severity: 'warning', messageId: 'frontmatterInvalid' });
    expect(messages[0]!.place.start.line).toBeGreaterThanOrEqual(2);
    expect(messages.some((m) => m.ruleId === 'deprecated-term')).toBe(true);
  });
});
