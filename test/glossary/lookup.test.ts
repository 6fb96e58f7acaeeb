import { describe, expect, it } from 'vitest';
import { lookup } from '../../src/glossary/lookup.js';
import { createGlossary } from '../../src/glossary/create.js';
import { run } from '../cli/run.js';

describe('lookup on the built-in glossary (acceptance list of issue 2)', () => {
  it.each([
    ['ban dan van tinh uy', 'Ban Dân vận Tỉnh ủy'],
    ['Ban Dân vận Tỉnh uỷ', 'Ban Dân vận Tỉnh ủy'],
    ['HĐND tỉnh', 'Hội đồng nhân dân tỉnh'],
    ['UBND', 'Ủy ban nhân dân'],
    ['Mass Mobilization Commission', 'Ban Dân vận Trung ương'],
    ['Politburo', 'Bộ Chính trị'],
    ["people's council deputy", 'Đại biểu Hội đồng nhân dân'],
    ['Mặt trận Tổ quốc', 'Mặt trận Tổ quốc Việt Nam'],
  ])('%s → %s first', (query, vi) => {
    const [first] = lookup(query);
    expect(first?.vi).toBe(vi);
  });

  it('a deprecated rendering finds its concept and says what is preferred and why', () => {
    const [first] = lookup('Central Committee for Mass Mobilization');
    expect(first?.vi).toBe('Ban Dân vận Trung ương');
    expect(first?.matched.kind).toBe('deprecated');
    expect(first?.matched.reason).toBeTruthy();
    expect(first?.en).not.toMatch(/Central Committee for Mass Mobili[sz]ation/i);
  });

  it('a body merged in 2025 names its successor', () => {
    const [first] = lookup('bo tai nguyen va moi truong');
    expect(first?.vi).toBe('Bộ Tài nguyên và Môi trường');
    expect(first?.status).toBe('merged');
    expect(first?.validUntil).toMatch(/^2025/);
    expect(first?.successor?.vi).toBe('Bộ Nông nghiệp và Môi trường');
  });

  it("a body's earlier name finds the body, with the date until which it was used", () => {
    const [first] = lookup('General Statistics Office');
    expect(first?.en).toBe('National Statistics Office');
    expect(first?.matched).toMatchObject({ term: 'General Statistics Office', kind: 'admitted', validUntil: '2025-03-01' });
  });

  it('diacritics, NFD input and old tone placement give the same first answer', () => {
    const ids = ['Hội đồng nhân dân', 'hoi dong nhan dan', 'Hội đồng nhân dân'.normalize('NFD'), 'HỘI ĐỒNG NHÂN DÂN'].map(
      (q) => lookup(q)[0]?.id,
    );
    expect(new Set(ids).size).toBe(1);
    expect(lookup('Ủy ban nhân dân')[0]?.id).toBe(lookup('Uỷ ban nhân dân')[0]?.id);
  });

  it('finds a term with a place name in it through its {place} slot', () => {
    const [first] = lookup('Quang Tri Provincial Party Committee');
    expect(first?.vi).toMatch(/^Tỉnh ủy/);
  });

  it('survives a misspelling', () => {
    expect(lookup('Politbureau')[0]?.vi).toBe('Bộ Chính trị');
    expect(lookup('Fatherland Frnt')[0]?.vi).toBe('Mặt trận Tổ quốc Việt Nam');
  });

  it('returns matches best first with scores in [0, 1], and nothing for nonsense', () => {
    const matches = lookup('People’s Committee');
    expect(matches.length).toBeGreaterThan(1);
    for (let i = 1; i < matches.length; i++) expect(matches[i - 1]!.score).toBeGreaterThanOrEqual(matches[i]!.score);
    for (const m of matches) expect(m.score).toBeGreaterThan(0);
    expect(matches[0]!.score).toBeLessThanOrEqual(1);
    expect(lookup('zzqxv wqpl')).toEqual([]);
    expect(lookup('   ')).toEqual([]);
  });

  it('--from restricts the direction', () => {
    expect(lookup('Politburo', { from: 'vi' })[0]?.vi).not.toBe('Bộ Chính trị');
    expect(lookup('Politburo', { from: 'en' })[0]?.vi).toBe('Bộ Chính trị');
  });

  it('uses a user glossary that adds a term', () => {
    const glossary = createGlossary({
      files: [
        {
          path: 'mine.yaml',
          text: '- id: my-term\n  domain: general\n  vi: Tờ trình thử\n  en: test submission\n',
        },
      ],
    });
    expect(lookup('to trinh thu', { glossary })[0]?.id).toBe('my-term');
  });
});

describe('thuatngu lookup', () => {
  it('--format json prints an array of matches, best first, with id, vi, en, status, score', async () => {
    const r = await run(['lookup', 'bo tai nguyen va moi truong', '--format', 'json']);
    expect(r.code).toBe(0);
    const matches = JSON.parse(r.stdout);
    expect(Array.isArray(matches)).toBe(true);
    expect(Object.keys(matches[0])).toEqual(expect.arrayContaining(['id', 'vi', 'en', 'status', 'score']));
    expect(matches[0].successor.vi).toBe('Bộ Nông nghiệp và Môi trường');
  });

  it('human output in English names the preferred term for a deprecated one', async () => {
    const r = await run(['lookup', 'Central', 'Committee', 'for', 'Mass', 'Mobilization']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/is not the standard rendering: write “.+”/);
  });

  it("human output says until when an earlier name was used, and what to write after", async () => {
    const en = await run(['lookup', 'General Statistics Office']);
    expect(en.stdout).toContain('its name until 2025-03-01: texts from that date on write “National Statistics Office”');
    const vi = await run(['lookup', 'General Statistics Office', '--lang', 'vi']);
    expect(vi.stdout).toContain('tên gọi đến 2025-03-01');
  });

  it('human output in Vietnamese, from --lang or LANG', async () => {
    const a = await run(['lookup', 'bo tai nguyen va moi truong', '--lang', 'vi']);
    const b = await run(['lookup', 'bo tai nguyen va moi truong'], { env: { LANG: 'vi_VN.UTF-8' } });
    expect(a.stdout).toContain('đã hợp nhất');
    expect(a.stdout).toContain('nay là: Bộ Nông nghiệp và Môi trường');
    expect(b.stdout).toBe(a.stdout);
  });

  it('exits 1 with a hint when nothing matches, 2 without a query', async () => {
    const none = await run(['lookup', 'zzqxv']);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('Nothing in the glossary matches');
    expect((await run(['lookup'])).code).toBe(2);
  });
});
