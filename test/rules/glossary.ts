/** A small glossary of our own for rule tests, so that they do not move with the built-in data. */
import { compileGlossary } from '../../src/glossary/compile.js';
import type { Concept, Place } from '../../src/types.js';

const base = { viVariants: [] as string[], admitted: [], deprecated: [], caseSensitive: true, status: 'active' as const, sources: ['test fixture'] };

export const concepts: Concept[] = [
  {
    ...base,
    id: 'ban-dan-van-trung-uong',
    domain: 'party-organ',
    vi: 'Ban Dân vận Trung ương',
    en: "Party Central Committee's Mass Mobilisation Commission",
    admitted: [{ term: 'Central Mass Mobilisation Commission' }],
    deprecated: [{ term: 'Central Committee for Mass Mobilisation', reason: 'names the Central Committee itself' }],
    status: 'merged',
    validUntil: '2025-02-03',
    successor: 'ban-tuyen-giao-va-dan-van-trung-uong',
  },
  {
    ...base,
    id: 'ban-tuyen-giao-va-dan-van-trung-uong',
    domain: 'party-organ',
    vi: 'Ban Tuyên giáo và Dân vận Trung ương',
    en: "Party Central Committee's Commission for Information, Education and Mass Mobilisation",
    validFrom: '2025-02-03',
  },
  {
    ...base,
    id: 'ban-dan-van-tinh-uy',
    domain: 'party-organ',
    vi: 'Ban Dân vận Tỉnh ủy',
    en: "{place} Provincial Party Committee's Mass Mobilisation Commission",
    deprecated: [{ term: '{place} Provincial Party Committee for Mass Mobilisation', reason: 'reads as a separate Party committee' }],
  },
  {
    ...base,
    id: 'dan-van-kheo',
    domain: 'movement',
    vi: 'Dân vận khéo',
    en: 'Skilful Mass Mobilisation',
    deprecated: [{ term: 'Skilled Mass Mobilisation', reason: 'skilled describes trained workers' }],
  },
  {
    ...base,
    id: 'dai-bieu-hdnd',
    domain: 'local-government',
    vi: 'đại biểu Hội đồng nhân dân',
    en: "People's Council deputy",
    deprecated: [{ term: "People's Council delegate", reason: 'the laws say deputy' }],
  },
  {
    ...base,
    id: 'hdnd-tinh',
    domain: 'local-government',
    vi: 'Hội đồng nhân dân tỉnh',
    en: "Provincial People's Council",
    // as the built-in glossary has it: with the place, longer than "People's Council delegates"
    admitted: [{ term: "{place} Provincial People's Council" }],
  },
  { ...base, id: 'tong-bi-thu', domain: 'party-title', vi: 'Tổng Bí thư', en: 'General Secretary', admitted: [{ term: 'Party General Secretary' }, { term: 'Party chief' }] },
  // A title filed under its body's domain, as the built-in glossary files local officials.
  { ...base, id: 'uy-vien-ubnd', domain: 'local-government', vi: 'Ủy viên Ủy ban nhân dân', en: "Member of the People's Committee" },
  // Its name in other capitals is an everyday phrase: "a Party delegation" visiting a country.
  {
    ...base,
    id: 'dang-doan',
    domain: 'party-organ',
    vi: 'Đảng đoàn',
    en: 'Party Delegation',
    matchCase: true,
    status: 'replaced',
    validUntil: '2025-02',
  },
  { ...base, id: 'dai-bieu-quoc-hoi', domain: 'state-title', vi: 'đại biểu Quốc hội', en: 'National Assembly deputy', admitted: [{ term: 'NA deputy' }, { term: 'NA delegate' }] },
  { ...base, id: 'mttq', domain: 'mass-organization', vi: 'Mặt trận Tổ quốc Việt Nam', en: 'Vietnam Fatherland Front', admitted: [{ term: 'Fatherland Front' }] },
  { ...base, id: 'gpmb', domain: 'socio-economic', vi: 'giải phóng mặt bằng', en: 'site clearance', caseSensitive: false },
  {
    ...base,
    id: 'bo-tn-mt',
    domain: 'state-organ',
    vi: 'Bộ Tài nguyên và Môi trường',
    en: 'Ministry of Natural Resources and Environment',
    status: 'merged',
    validUntil: '2025-03-01',
    successor: 'bo-nn-mt',
  },
  { ...base, id: 'bo-nn-mt', domain: 'state-organ', vi: 'Bộ Nông nghiệp và Môi trường', en: 'Ministry of Agriculture and Environment', validFrom: '2025-03-01' },
  { ...base, id: 'bo-ldtbxh', domain: 'state-organ', vi: 'Bộ Lao động – Thương binh và Xã hội', en: 'Ministry of Labour, Invalids and Social Affairs' },
  // The same body under a new name: the earlier one is admitted, until the day of the change.
  {
    ...base,
    id: 'cuc-thong-ke',
    domain: 'state-organ',
    vi: 'Cục Thống kê',
    en: 'National Statistics Office',
    admitted: [{ term: 'NSO' }, { term: 'General Statistics Office', validUntil: '2025-03-01' }],
    validFrom: '2025-03-01',
  },
];

export const places: Place[] = [
  { id: 'quang-tri', kind: 'province', vi: 'Quảng Trị', en: 'Quang Tri', enVariants: [], status: 'active', sources: ['test fixture'] },
];

export const glossary = compileGlossary({ concepts, places });
