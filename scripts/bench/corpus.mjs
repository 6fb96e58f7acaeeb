/**
 * Benchmark data: a deterministic generator of English news in the style of Vietnamese political
 * news (Markdown, ~20 KB per file) and of synthetic glossaries of 100, 1,000 and 10,000 terms with
 * 1–3 deprecated variants each. About 15 % of the term mentions in the text use a deprecated
 * variant. Everything comes from one seeded PRNG, so the same version of this file always writes
 * the same bytes.
 *
 * Writes into `<out>` (default `.bench-data/` in the repo root):
 *   glossary-{100,1000,10000}.json   Concept objects, ready for compileGlossary({ concepts, places: [] })
 *   corpus-1mb/, corpus-10mb/        NNNNN.md files (file i is the same in every folder)
 *   single-{1,10,50}mb.md            the first files concatenated into one document
 *   small-2kb.md                     one ~2 KB article (cold start)
 *   manifest.json                    sizes, file counts and how many deprecated mentions each
 *                                    glossary size should find, by context (prose, quote, code)
 *
 * Usage: node scripts/bench/corpus.mjs [outDir] [--force]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the output changes, so that cached data is written anew. */
export const CORPUS_VERSION = 4;
export const GLOSSARY_SIZES = [100, 1000, 10000];
const FOLDERS_MB = [1, 10];
const SINGLES_MB = [1, 10, 50];
const FILE_BYTES = 20_000;
const DEPRECATED_SHARE = 0.15;

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_OUT = path.resolve(here, '..', '..', '.bench-data');

// ───────────────────────────── PRNG (xoshiro128**, seeded by splitmix32) ─────────────────────────────

function makeRandom(seed) {
  let z = seed >>> 0;
  const next32 = () => {
    z = (z + 0x9e3779b9) >>> 0;
    let x = z;
    x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
    x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
    return (x ^ (x >>> 16)) >>> 0;
  };
  let a = next32(), b = next32(), c = next32(), d = next32();
  const u32 = () => {
    const r = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a; d ^= b; b ^= c; a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return r;
  };
  const float = () => u32() / 4294967296;
  return {
    float,
    int: (lo, hi) => lo + Math.floor(float() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(float() * list.length)],
    chance: (p) => float() < p,
    shuffle(list) {
      for (let i = list.length - 1; i > 0; i--) {
        const j = Math.floor(float() * (i + 1));
        [list[i], list[j]] = [list[j], list[i]];
      }
      return list;
    },
  };
}
function rotl(x, k) {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

// ───────────────────────────── vocabulary ─────────────────────────────

const PROVINCES = [
  'An Giang', 'Ba Ria - Vung Tau', 'Bac Giang', 'Bac Kan', 'Bac Lieu', 'Bac Ninh', 'Ben Tre', 'Binh Dinh',
  'Binh Duong', 'Binh Phuoc', 'Binh Thuan', 'Ca Mau', 'Can Tho', 'Cao Bang', 'Da Nang', 'Dak Lak', 'Dak Nong',
  'Dien Bien', 'Dong Nai', 'Dong Thap', 'Gia Lai', 'Ha Giang', 'Ha Nam', 'Ha Noi', 'Ha Tinh', 'Hai Duong',
  'Hai Phong', 'Hau Giang', 'Hoa Binh', 'Hung Yen', 'Khanh Hoa', 'Kien Giang', 'Kon Tum', 'Lai Chau',
  'Lam Dong', 'Lang Son', 'Lao Cai', 'Long An', 'Nam Dinh', 'Nghe An', 'Ninh Binh', 'Ninh Thuan', 'Phu Tho',
  'Phu Yen', 'Quang Binh', 'Quang Nam', 'Quang Ngai', 'Quang Ninh', 'Quang Tri', 'Soc Trang', 'Son La',
  'Tay Ninh', 'Thai Binh', 'Thai Nguyen', 'Thanh Hoa', 'Thua Thien Hue', 'Tien Giang', 'Tra Vinh',
  'Tuyen Quang', 'Vinh Long', 'Vinh Phuc', 'Yen Bai', 'Ho Chi Minh City',
];

// Syllables for made-up district names (ASCII, as English news writes them).
const SYLLABLES = [
  'An', 'Bao', 'Binh', 'Cam', 'Chau', 'Da', 'Dai', 'Dien', 'Dinh', 'Dong', 'Duc', 'Duy', 'Gia', 'Giang',
  'Ha', 'Hai', 'Hau', 'Hiep', 'Hoa', 'Hoai', 'Hong', 'Hung', 'Huong', 'Khanh', 'Kim', 'Lac', 'Lam', 'Lien',
  'Loc', 'Long', 'Luong', 'Minh', 'My', 'Nam', 'Nghia', 'Ngoc', 'Nhon', 'Ninh', 'Phong', 'Phu', 'Phuoc',
  'Quang', 'Quy', 'Son', 'Tam', 'Tan', 'Tay', 'Thach', 'Thanh', 'Thang', 'Thuan', 'Tien', 'Trieu', 'Trung',
  'Tuy', 'Van', 'Vinh', 'Xuan', 'Yen',
];

// People: family, middle and given names with diacritics; most mentions are written without them.
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Đức', 'Quốc', 'Thanh', 'Hữu', 'Xuân', 'Ngọc', 'Đình', 'Trọng', 'Hồng'];
const GIVEN = ['Hùng', 'Lan', 'Tuấn', 'Hải', 'Dũng', 'Phương', 'Sơn', 'Thắng', 'Hà', 'Long', 'Bình', 'Khải', 'Chính', 'Mai', 'Nam', 'Việt', 'Tâm', 'Hoa', 'Quyết', 'Thưởng'];

/** Vietnamese letters without diacritics, as most English outlets print names. */
function ascii(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

// Bodies at province and district level: [preferred name, a deprecated wording of the same name].
const BODIES = [
  ["People's Committee", "People's Commission"],
  ["People's Council", "People's Assembly"],
  ['Party Committee', 'Party Commission'],
  ['Fatherland Front Committee', 'Fatherland Front Board'],
  ['Inspection Commission', 'Inspection Committee'],
  ["Women's Union", "Women's Association"],
  ['Youth Union', 'Youth Association'],
  ["Farmers' Union", "Peasants' Union"],
  ["Veterans' Association", "Veterans' Union"],
  ['Military Command', 'Military Headquarters'],
  ['Police Department', 'Public Security Department'],
  ['Mass Mobilisation Commission', 'Mass Mobilisation Committee'],
  ['Propaganda and Education Commission', 'Propaganda and Training Commission'],
  ['Organisation Commission', 'Organisation Board'],
  ["People's Court", "People's Tribunal"],
  ["People's Procuracy", "People's Procuratorate"],
  ['Inspectorate', 'Inspection Agency'],
  ['Party Committee Office', 'Party Committee Secretariat'],
];

// Sectors of departments and ministries: [preferred, a deprecated wording].
const SECTORS = [
  ['Home Affairs', 'Interior'],
  ['Planning and Investment', 'Investment Planning'],
  ['Natural Resources and Environment', 'Resources and Environment'],
  ['Education and Training', 'Schooling and Training'],
  ['Labour, Invalids and Social Affairs', 'Labour and Social Welfare'],
  ['Agriculture and Rural Development', 'Farming and Rural Development'],
  ['Culture, Sports and Tourism', 'Culture and Tourism'],
  ['Information and Communications', 'Information and Media'],
  ['Transport', 'Transport Works'],
  ['Health', 'Healthcare Affairs'],
  ['Finance', 'Financial Affairs'],
  ['Justice', 'Judicial Affairs'],
  ['Industry and Trade', 'Commerce and Industry'],
  ['Construction', 'Building Works'],
  ['Science and Technology', 'Science and Engineering'],
  ['Foreign Affairs', 'External Relations'],
  ['Tourism', 'Tourist Affairs'],
  ['Planning and Architecture', 'Urban Planning and Design'],
];

// Fields for made-up two-field ministries ("Ministry of X and Y").
const FIELDS = [
  'Agriculture', 'Environment', 'Finance', 'Planning', 'Industry', 'Trade', 'Labour', 'Health', 'Culture',
  'Tourism', 'Science', 'Technology', 'Education', 'Training', 'Transport', 'Construction', 'Justice',
  'Information', 'Communications', 'Sports', 'Natural Resources', 'Rural Development', 'Home Affairs',
  'Ethnic Affairs', 'Social Affairs', 'Investment', 'Energy', 'Water Resources', 'Maritime Affairs', 'Forestry',
  'Fisheries', 'Digital Economy', 'Urban Development', 'Innovation', 'Employment', 'Logistics',
];

// Province-level titles: [preferred, deprecated, deprecated] with {P} for the province.
const PROVINCE_ROLES = [
  ["Chairman of the {P} Provincial People's Committee", "{P} Provincial People's Committee Chairman", "President of the {P} Provincial People's Committee"],
  ["Vice Chairman of the {P} Provincial People's Committee", "Deputy Chairman of the {P} Provincial People's Committee", "{P} Provincial People's Committee Vice President"],
  ['Secretary of the {P} Provincial Party Committee', '{P} Provincial Party Secretary', '{P} Provincial Party Chief'],
  ['Deputy Secretary of the {P} Provincial Party Committee', 'Vice Secretary of the {P} Provincial Party Committee', '{P} Provincial Party Vice Chief'],
  ["Chairman of the {P} Provincial People's Council", "{P} Provincial People's Council Chairman", "Speaker of the {P} Provincial People's Council"],
  ['Director of the {P} Department of Home Affairs', 'Head of the {P} Department of Home Affairs', '{P} Home Affairs Director'],
  ['Director of the {P} Department of Finance', 'Head of the {P} Department of Finance', '{P} Finance Director'],
  ['Chief Inspector of the {P} Provincial Inspectorate', 'Head Inspector of the {P} Provincial Inspectorate', '{P} Provincial Chief Inspector'],
];

// Policy concepts: topics × heads × levels. [topic, deprecated topic wording].
const TOPICS = [
  ['new-style rural development', 'new countryside building'],
  ['sustainable poverty reduction', 'durable poverty alleviation'],
  ['digital transformation', 'digital conversion'],
  ['administrative reform', 'administration renovation'],
  ['socio-economic recovery', 'economic-social recovery'],
  ['ethnic minority development', 'minority people development'],
  ['climate change adaptation', 'climate change response'],
  ['green growth', 'green economic growth'],
  ['smart city development', 'intelligent city development'],
  ['land consolidation', 'land accumulation'],
  ['vocational training', 'occupational training'],
  ['tourism promotion', 'tourism advertising'],
  ['investment attraction', 'investment calling'],
  ['e-government building', 'electronic government construction'],
  ['grassroots democracy', 'democracy at the base'],
  ['social housing development', 'social dwelling development'],
  ['public investment disbursement', 'public capital disbursal'],
  ['forest protection', 'forestry safeguarding'],
  ['coastal erosion prevention', 'shoreline erosion control'],
  ['drought and saltwater intrusion response', 'drought and salinity response'],
  ['rural clean water supply', 'rural fresh water provision'],
  ['cultural heritage preservation', 'cultural legacy conservation'],
  ['OCOP product development', 'One Commune One Product building'],
  ['startup ecosystem development', 'start-up environment development'],
  ['industrial park infrastructure', 'industrial zone facilities'],
];
const HEADS = [['programme', 'scheme of work'], ['plan', 'blueprint'], ['project', 'undertaking'], ['movement', 'drive'], ['campaign', 'crusade'], ['strategy', 'strategic line'], ['master plan', 'general plan'], ['roadmap', 'route map']];
const LEVEL_WORDS = [['provincial', 'province-wide'], ['district', 'district-wide'], ['commune', 'commune-wide']];

// National terms, written first so that they are in every glossary: [kind, preferred, ...deprecated].
const NATIONAL = [
  ['ORG', 'Politburo', 'Political Bureau', 'Politbureau'],
  ['ORG', 'Secretariat of the Party Central Committee', 'Party Central Secretariat', 'Central Secretariat Board'],
  ['ORG', 'Party Central Committee', 'Central Party Committee'],
  ['ORG', 'Central Inspection Commission', 'Central Inspection Committee', 'Central Supervision Commission'],
  ['ORG', 'National Assembly Standing Committee', 'National Assembly Permanent Committee', 'Standing Board of the National Assembly'],
  ['ORG', 'Vietnam Fatherland Front Central Committee', 'Central Committee of the Fatherland Front', 'Fatherland Front Central Board'],
  ['ORG', 'Ministry of Public Security', 'Ministry of Police', 'Public Security Ministry'],
  ['ORG', 'Ministry of National Defence', 'Defence Ministry', 'Ministry of Defence Affairs'],
  ['ORG', 'Government Office', 'Office of the Government', 'Cabinet Office'],
  ['ORG', "Supreme People's Court", "People's Supreme Court", 'Supreme Court of the People'],
  ['ORG', "Supreme People's Procuracy", "People's Supreme Procuracy", 'Supreme Procuratorate'],
  ['ORG', 'State Audit Office', 'State Auditing Office', 'National Audit Office'],
  ['ORG', 'State Bank of Vietnam', 'Vietnam State Bank', 'National Bank of Vietnam'],
  ['ORG', 'Government Inspectorate', 'Government Inspection Agency', 'State Inspectorate'],
  ['ORG', 'Committee for Ethnic Minority Affairs', 'Ethnic Minority Affairs Committee', 'Ethnic Affairs Commission'],
  ['ORG', 'Ho Chi Minh Communist Youth Union', 'Ho Chi Minh Youth Union', 'Communist Youth Union of Ho Chi Minh'],
  ['ORG', 'Vietnam General Confederation of Labour', 'Vietnam Labour Confederation', 'General Labour Confederation of Vietnam'],
  ['ORG', "Vietnam Women's Union", "Vietnamese Women's Union", 'Union of Vietnam Women'],
  ['ORG', "Vietnam Farmers' Union", "Vietnam Peasants' Union", "Vietnamese Farmers' Union"],
  ['ORG', "Vietnam Veterans' Association", "Vietnam War Veterans' Union", "Vietnamese Veterans' Association"],
  ['ORG', 'Vietnam News Agency', 'Vietnamese News Agency', 'Vietnam Press Agency'],
  ['ROLE', 'National Assembly deputy', 'National Assembly delegate', 'NA delegate'],
  ['ROLE', 'Politburo member', 'member of the Political Bureau'],
  ['ROLE', 'Prime Minister', 'Premier', 'Prime Minster'],
  ['ROLE', 'State President', 'President of the State', 'Country President'],
  ['ROLE', 'Party General Secretary', 'Secretary General of the Party', 'Party Chief Secretary'],
  ['ROLE', 'Permanent Deputy Prime Minister', 'First Deputy Prime Minister', 'Standing Deputy Premier'],
  ['ROLE', 'Deputy Prime Minister', 'Vice Prime Minister', 'Deputy Premier'],
  ['ROLE', 'National Assembly Chairman', 'National Assembly Speaker', 'NA President'],
  ['CONCEPT', 'socio-economic development', 'economic-social development', 'socioeconomic growth'],
  ['CONCEPT', 'new-style rural area', 'new countryside area', 'neo-rural area'],
  ['CONCEPT', 'national target programme', 'national targeted programme', 'national objective programme'],
  ['CONCEPT', 'Party building and rectification', 'Party construction and rectification', 'Party building and correction'],
  ['CONCEPT', 'great national unity bloc', 'national great unity bloc', 'great national solidarity bloc'],
  ['CONCEPT', 'site clearance', 'ground clearance', 'land clearing'],
  ['CONCEPT', 'policy beneficiaries', 'social policy families', 'policy households'],
  ['CONCEPT', 'administrative procedure reform', 'reform of administrative formalities'],
  ['CONCEPT', 'anti-corruption campaign', 'fight against graft', 'corruption combat'],
];

// ───────────────────────────── glossary ─────────────────────────────

/**
 * A conservative key for "could the checker read these two terms as the same words": case,
 * apostrophes, possessive and plural endings, hyphens and the common British/American endings
 * are ignored. Two forms with the same key are never both written into the glossary.
 */
function looseKey(term) {
  return term
    .toLowerCase()
    .replace(/[\u2019\u2018]/g, "'")
    .replace(/[-\u2013\u2014]/g, ' ')
    .replace(/,/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) =>
      w
        .replace(/'s$|'$/, '')
        .replace(/'/g, '')
        .replace(/(\w{3,})s$/, '$1')
        .replace(/isation/g, 'ization')
        .replace(/ise$/, 'ize')
        .replace(/our/g, 'or')
        .replace(/tre$/, 'ter')
        .replace(/mme$/, 'm')
        .replace(/ence$/, 'ense')
        .replace(/ll/g, 'l'),
    )
    .join(' ');
}

function buildTerms(rnd) {
  const terms = [];
  const taken = new Set();
  const add = (kind, preferred, deprecated, maxDeprecated) => {
    const pk = looseKey(preferred);
    if (taken.has(pk)) return;
    const dep = [];
    const keys = new Set([pk]);
    for (const d of deprecated) {
      const k = looseKey(d);
      if (keys.has(k) || taken.has(k)) continue;
      keys.add(k);
      dep.push(d);
      if (dep.length === maxDeprecated) break;
    }
    if (dep.length === 0) return;
    for (const k of keys) taken.add(k);
    terms.push({ kind, preferred, deprecated: dep });
  };
  for (const [kind, preferred, ...deprecated] of NATIONAL) add(kind, preferred, deprecated, 3);

  const candidates = [];
  for (const p of PROVINCES) {
    for (const [body, alt] of BODIES) {
      candidates.push(['ORG', `${p} Provincial ${body}`, [`${body} of ${p} Province`, `${p} Province ${body}`, `${p} Provincial ${alt}`]]);
    }
    for (const [sector, alt] of SECTORS) {
      candidates.push(['ORG', `${p} Department of ${sector}`, [`${p} ${sector} Department`, `Department of ${sector} of ${p}`, `${p} Department of ${alt}`]]);
    }
    for (const [pref, ...deps] of PROVINCE_ROLES) {
      candidates.push(['ROLE', pref.replace('{P}', p), deps.map((d) => d.replace('{P}', p))]);
    }
  }
  for (const [sector, alt] of SECTORS) {
    candidates.push(['ORG', `Ministry of ${sector}`, [`${sector} Ministry`, `Ministry of ${alt}`]]);
  }
  for (let i = 0; i < FIELDS.length; i++) {
    for (let j = i + 1; j < FIELDS.length; j++) {
      const [a, b] = rnd.chance(0.5) ? [FIELDS[i], FIELDS[j]] : [FIELDS[j], FIELDS[i]];
      candidates.push(['ORG', `Ministry of ${a} and ${b}`, [`Ministry of ${b} and ${a}`, `${a} and ${b} Ministry`, `Ministry for ${a} and ${b}`]]);
    }
  }
  for (const [topic, altTopic] of TOPICS) {
    for (const [head, altHead] of HEADS) {
      candidates.push(['CONCEPT', `${topic} ${head}`, [`${altTopic} ${head}`, `${topic} ${altHead}`, `${head} for ${topic}`]]);
      for (const [level, altLevel] of LEVEL_WORDS) {
        candidates.push(['CONCEPT', `${level} ${topic} ${head}`, [`${altLevel} ${topic} ${head}`, `${level} ${altTopic} ${head}`, `${topic} ${head} at ${level} level`]]);
      }
    }
  }
  const districts = new Set();
  while (districts.size < 760) districts.add(`${rnd.pick(SYLLABLES)} ${rnd.pick(SYLLABLES)}`);
  for (const d of districts) {
    for (const [body, alt] of BODIES.slice(0, 8)) {
      candidates.push(['ORG', `${d} District ${body}`, [`${body} of ${d} District`, `${d} District ${alt}`, `${d} Rural District ${body}`]]);
    }
  }
  rnd.shuffle(candidates);
  for (const [kind, preferred, deprecated] of candidates) {
    if (terms.length === 10_000) break;
    add(kind, preferred, deprecated, rnd.int(1, 3));
  }
  if (terms.length < 10_000) throw new Error(`the vocabulary gives only ${terms.length} terms`);
  return terms;
}

/** The glossary entries as the checker's Concept type. */
function toConcept(term, i) {
  return {
    id: `bench-${String(i + 1).padStart(5, '0')}`,
    domain: 'general',
    vi: `thuật ngữ ${i + 1}`,
    viVariants: [],
    en: term.preferred,
    admitted: [],
    deprecated: term.deprecated.map((d) => ({ term: d, reason: 'synthetic deprecated variant' })),
    caseSensitive: true,
    status: 'active',
    sources: ['synthetic benchmark term'],
  };
}

// ───────────────────────────── text ─────────────────────────────

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DOC_KINDS = ['QĐ-UBND', 'NQ-HĐND', 'KH-UBND', 'CT-TU', 'NQ-TW', 'TB-VPCP', 'QĐ-TTg'];
const AGENDA = [
  'the implementation of the resolution of the 13th National Party Congress',
  'the socio-economic results of the first six months',
  'key tasks for the last months of the year',
  'preparations for Party congresses at all levels for the 2025\u20132030 term',
  'the settlement of voters\u2019 petitions',
  'the rearrangement of commune-level administrative units',
  'the handling of complaints and denunciations',
  'natural disaster prevention and control',
  'the protection of national sea and island sovereignty',
  'care for people with meritorious services to the revolution',
  'improving the business and investment environment',
  'the training and retraining of officials',
];
const FILLERS = [
  'Delegates agreed that the results were encouraging, although difficulties and shortcomings remained.',
  'The conference was held both in person and online, linking {n} venues across the country.',
  'Participants proposed measures to speed up key projects and remove \u201cbottlenecks\u201d in procedures.',
  'Gross regional domestic product was estimated to grow by {p} percent, the report said.',
  'State budget revenue reached VND {n} billion, or {p} percent of the annual estimate.',
  'The locality has mobilised over VND {n} billion to build homes for poor households.',
  'Speaking at the event, {name} called for closer coordination among agencies.',
  'He urged localities to monitor the situation closely and prepare response scenarios.',
  'She said officials must set an example and stay close to the people.',
  'The delegation offered incense to President Ho Chi Minh and fallen heroes.',
  'Gifts worth VND {n} million were presented to families in difficult circumstances.',
  'More than {n} people attended the ceremony, including veterans, teachers and pupils.',
  'Voters raised concerns about land prices, pollution and the quality of health services.',
  'The session passed {n} resolutions on budget allocation and personnel work.',
  'The work is expected to be completed before the Lunar New Year (T\u1ebft) holiday.',
];

function makeWriter(rnd, sample, record) {
  // Mentions: the term's preferred form, or (15 %) one of its deprecated variants; `record` keeps
  // the deprecated ones with the context they were written in.
  let context = 'prose';
  const mention = (kind) => {
    const [index, term] = sample(kind);
    if (rnd.chance(DEPRECATED_SHARE)) {
      record(index, context);
      return rnd.pick(term.deprecated);
    }
    return term.preferred;
  };
  // Inline markup around a whole mention, as editors do with names of bodies.
  const marked = (text) => {
    if (context !== 'prose') return text;
    const r = rnd.float();
    if (r < 0.04) return `*${text}*`;
    if (r < 0.07) return `**${text}**`;
    if (r < 0.11) return `[${text}](https://example.gov.vn/tin-tuc/${rnd.int(10_000, 999_999)})`;
    return text;
  };
  const org = () => marked(mention('ORG'));
  const role = () => marked(mention('ROLE'));
  const concept = () => marked(mention('CONCEPT'));
  const province = () => rnd.pick(PROVINCES);
  const person = () => {
    const name = `${rnd.pick(FAMILY)} ${rnd.pick(MIDDLE)} ${rnd.pick(GIVEN)}`;
    return rnd.chance(0.2) ? name : ascii(name);
  };
  const date = () => `${rnd.pick(MONTHS)} ${rnd.int(1, 28)}`;
  const docNo = () => `${rnd.int(1, 2999)}/${rnd.pick(DOC_KINDS)}`;
  const fill = (s) =>
    s.replace('{n}', String(rnd.int(2, 950))).replace('{p}', `${rnd.int(1, 19)}.${rnd.int(0, 9)}`).replace('{name}', person());

  const sentences = [
    () => `On ${date()}, the ${org()} convened a conference to review ${rnd.pick(AGENDA)}.`,
    () => `${person()}, ${role()}, presided over the meeting in ${province()}.`,
    () => `The ${org()} and the ${org()} signed a coordination regulation on the ${concept()} for the 2026\u20132030 period.`,
    () => `Speaking at the session, ${person()}, ${role()}, commended the ${org()} for its work on the ${concept()}.`,
    () => `According to the ${org()}, the ${concept()} remains one of the strategic breakthroughs of ${province()}.`,
    () => `The ${org()} asked the ${org()} to accelerate the ${concept()} and report back before ${date()}.`,
    () => `In his capacity as ${role()}, ${person()} met voters in ${province()} to hear their views on the ${concept()}.`,
    () => `The ${role()} stressed that the ${concept()} must go hand in hand with the ${concept()}.`,
    () => `Under Decision ${rnd.chance(0.3) ? `\`${docNo()}\`` : docNo()}, the ${org()} allocated VND ${rnd.int(5, 900)} billion to the ${concept()}.`,
    () => `Leaders of the ${org()}, the ${org()} and the ${org()} attended the ceremony.`,
    () => `${person()} \u2013 ${role()} \u2013 said the ${org()} would \u201cleave no one behind\u201d.`,
    () => fill(rnd.pick(FILLERS)),
    () => fill(rnd.pick(FILLERS)),
    () => fill(rnd.pick(FILLERS)),
  ];
  const sentence = () => rnd.pick(sentences)();
  const paragraph = (n) => Array.from({ length: n }, sentence).join(' ');

  const blocks = {
    paragraph: () => paragraph(rnd.int(2, 6)),
    heading: (k) =>
      `${rnd.chance(0.8) ? '##' : '###'} ${rnd.pick(['Key tasks', 'Results achieved', 'Remaining difficulties', 'Solutions for the coming period', 'Voters\u2019 opinions', 'Directions from leaders'])} (${k})`,
    list: () => {
      const ordered = rnd.chance(0.4);
      const items = [];
      const n = rnd.int(3, 6);
      for (let i = 0; i < n; i++) {
        const bullet = ordered ? `${i + 1}.` : '-';
        items.push(`${bullet} ${rnd.chance(0.5) ? sentence() : `The ${concept()}: ${fill(rnd.pick(FILLERS))}`}`);
        if (!ordered && rnd.chance(0.15)) items.push(`  - ${sentence()}`);
      }
      return items.join('\n');
    },
    quote: () => {
      context = 'quote';
      const q = `> \u201c${sentence()}\n> ${sentence()}\u201d, ${person()} said.`;
      context = 'prose';
      return q;
    },
    code: () => {
      context = 'code';
      const fence = rnd.chance(0.8) ? '```' : '~~~';
      const lang = rnd.pick(['yaml', 'json', 'text', '']);
      let body;
      if (lang === 'json') body = `{\n  "decision": "${docNo()}",\n  "agency": "${org()}",\n\n  "amount_vnd_billion": ${rnd.int(1, 900)}\n}`;
      else if (lang === 'yaml') body = `decision: ${docNo()}\nagency: ${org()}\n\n# signed in ${province()}\nbudget_vnd_billion: ${rnd.int(1, 900)}`;
      else body = `${docNo()}  ${org()}\n\n${province()}  ${rnd.int(10, 99)}%`;
      context = 'prose';
      return `${fence}${lang}\n${body}\n${fence}`;
    },
    seeAlso: () =>
      `See also: [${mention('ORG')}](https://example.gov.vn/co-quan/${rnd.int(100, 99_999)}) and the ${concept()} (reference \`${docNo()}\`).`,
  };

  return function article(targetBytes) {
    const out = [];
    let size = 0;
    const push = (block) => {
      out.push(block);
      size += block.length + 2;
    };
    push(`# ${rnd.pick(['Conference reviews', 'Leaders discuss', 'Province steps up', 'Meeting marks', 'Delegation inspects'])} the ${concept()} in ${province()}`);
    push(`*${province()}, ${date()} (VNA)* \u2013 ${paragraph(2)}`);
    let section = 0;
    while (size < targetBytes) {
      const r = rnd.float();
      if (r < 0.5) push(blocks.paragraph());
      else if (r < 0.6) push(blocks.heading(++section));
      else if (r < 0.72) push(blocks.list());
      else if (r < 0.79) push(blocks.quote());
      else if (r < 0.85) push(blocks.code());
      else if (r < 0.9) push(blocks.seeAlso());
      else push(paragraph(rnd.int(1, 3)));
    }
    return out.join('\n\n') + '\n';
  };
}

/** Zipf (s = 1) over each kind's terms in glossary order: the first terms are mentioned most. */
function makeSampler(terms) {
  const byKind = {};
  for (let i = 0; i < terms.length; i++) (byKind[terms[i].kind] ??= []).push(i);
  const cdfs = {};
  for (const [kind, indices] of Object.entries(byKind)) {
    const cdf = new Float64Array(indices.length);
    let acc = 0;
    for (let r = 0; r < indices.length; r++) cdf[r] = acc += 1 / (r + 1);
    cdfs[kind] = cdf;
  }
  return (rnd) => (kind) => {
    const cdf = cdfs[kind];
    const x = rnd.float() * cdf[cdf.length - 1];
    let lo = 0, hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    const index = byKind[kind][lo];
    return [index, terms[index]];
  };
}

// ───────────────────────────── main ─────────────────────────────

/**
 * Write the data into `out` unless a manifest of this version is already there.
 * Returns the manifest.
 */
export function ensureCorpus(out = DEFAULT_OUT, { force = false, log = () => {} } = {}) {
  const manifestPath = path.join(out, 'manifest.json');
  if (!force && fs.existsSync(manifestPath)) {
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
    if (manifest.version === CORPUS_VERSION) return manifest;
  }
  const t0 = performance.now();
  fs.mkdirSync(out, { recursive: true });
  const terms = buildTerms(makeRandom(0x7e5a11));
  for (const n of GLOSSARY_SIZES) {
    fs.writeFileSync(path.join(out, `glossary-${n}.json`), JSON.stringify(terms.slice(0, n).map(toConcept)));
  }
  const sampler = makeSampler(terms);

  // Article i depends only on i, so each folder begins with the same files.
  const articles = [];
  const deprecatedOf = []; // per article: [termIndex, context][]
  const articleAt = (i) => {
    while (articles.length <= i) {
      const rnd = makeRandom(0x51ed + articles.length * 7919);
      const found = [];
      const write = makeWriter(rnd, sampler(rnd), (index, context) => found.push([index, context]));
      articles.push(write(FILE_BYTES - 300));
      deprecatedOf.push(found);
    }
    return articles[i];
  };
  const expectedFor = (count) => {
    const expected = {};
    for (const n of GLOSSARY_SIZES) expected[n] = { prose: 0, quote: 0, code: 0 };
    for (let i = 0; i < count; i++) {
      for (const [index, context] of deprecatedOf[i]) {
        for (const n of GLOSSARY_SIZES) if (index < n) expected[n][context]++;
      }
    }
    return expected;
  };

  const manifest = { version: CORPUS_VERSION, glossarySizes: GLOSSARY_SIZES, folders: {}, singles: {} };
  const fileCounts = {};
  for (const mb of SINGLES_MB) {
    let bytes = 0, count = 0;
    while (bytes < mb * 1e6) bytes += Buffer.byteLength(articleAt(count++));
    fileCounts[mb] = { count, bytes };
  }
  for (const mb of FOLDERS_MB) {
    const dir = path.join(out, `corpus-${mb}mb`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir);
    const { count, bytes } = fileCounts[mb];
    for (let i = 0; i < count; i++) fs.writeFileSync(path.join(dir, `${String(i).padStart(5, '0')}.md`), articles[i]);
    manifest.folders[mb] = { path: `corpus-${mb}mb`, files: count, bytes, expectedDeprecated: expectedFor(count) };
  }
  for (const mb of SINGLES_MB) {
    const file = path.join(out, `single-${mb}mb.md`);
    const fd = fs.openSync(file, 'w');
    const { count } = fileCounts[mb];
    for (let i = 0; i < count; i++) fs.writeSync(fd, i === 0 ? articles[i] : `\n${articles[i]}`);
    fs.closeSync(fd);
    manifest.singles[mb] = { path: `single-${mb}mb.md`, files: count, bytes: fs.statSync(file).size, expectedDeprecated: expectedFor(count) };
  }
  {
    const rnd = makeRandom(0x2c0);
    const found = [];
    const text = makeWriter(rnd, sampler(rnd), (index, context) => found.push([index, context]))(1_800);
    fs.writeFileSync(path.join(out, 'small-2kb.md'), text);
    manifest.small = { path: 'small-2kb.md', bytes: Buffer.byteLength(text) };
  }
  manifest.terms = {
    count: terms.length,
    deprecatedVariants: Object.fromEntries(
      GLOSSARY_SIZES.map((n) => [n, terms.slice(0, n).reduce((a, t) => a + t.deprecated.length, 0)]),
    ),
  };
  manifest.generatedMs = Math.round(performance.now() - t0);
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 1));
  log(`generated benchmark data in ${(manifest.generatedMs / 1000).toFixed(1)} s`);
  return manifest;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const out = path.resolve(args.find((a) => !a.startsWith('--')) ?? DEFAULT_OUT);
  const manifest = ensureCorpus(out, { force: args.includes('--force'), log: console.log });
  console.log(JSON.stringify(manifest, null, 1));
}
