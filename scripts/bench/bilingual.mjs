/**
 * Benchmark: the bilingual checks — i18next resource pairs and one large gettext PO file —
 * generated deterministically here, checked with dist/index.js in a fresh process each run.
 * Reports throughput in MB/s (source + target bytes).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, '.bench-data', 'bilingual');

function rng(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PAIRS = [
  ['Chính phủ', 'the Government'],
  ['Quốc hội', 'the National Assembly'],
  ['Ủy ban nhân dân tỉnh', "the provincial People's Committee"],
  ['Bộ Chính trị', 'the Politburo'],
  ['Mặt trận Tổ quốc Việt Nam', 'the Vietnam Fatherland Front'],
  ['Hội đồng nhân dân', "the People's Council"],
];
const VERBS = [
  ['đã họp với', 'met'],
  ['đã phê duyệt kế hoạch của', 'approved the plan of'],
  ['đã gửi báo cáo tới', 'sent a report to'],
];

function sentence(r, i) {
  const [sv, se] = PAIRS[Math.floor(r() * PAIRS.length)];
  const [ov, oe] = PAIRS[Math.floor(r() * PAIRS.length)];
  const [vv, ve] = VERBS[Math.floor(r() * VERBS.length)];
  const n = Math.floor(r() * 1000);
  const vi = `${sv} ${vv} ${ov} về ${n} dự án ({{count}}) lần ${i}`;
  // One in ten translations drops a number or a placeholder.
  const en = r() < 0.1 ? `${se} ${ve} ${oe} on projects time ${i}` : `${se} ${ve} ${oe} on ${n} projects ({{count}}) time ${i}`;
  return [vi.charAt(0).toUpperCase() + vi.slice(1), en.charAt(0).toUpperCase() + en.slice(1)];
}

export function generateBilingual() {
  const r = rng(20261126);
  mkdirSync(join(out, 'vi'), { recursive: true });
  mkdirSync(join(out, 'en'), { recursive: true });
  let bytes = 0;
  for (let f = 0; f < 20; f++) {
    const vi = {};
    const en = {};
    for (let k = 0; k < 500; k++) {
      const [a, b] = sentence(r, k);
      vi[`section${f}.item${k}`] = a;
      if (r() > 0.01) en[`section${f}.item${k}`] = b;
    }
    const vs = JSON.stringify(vi, null, 2);
    const es = JSON.stringify(en, null, 2);
    writeFileSync(join(out, 'vi', `ns${f}.json`), vs);
    writeFileSync(join(out, 'en', `ns${f}.json`), es);
    bytes += Buffer.byteLength(vs) + Buffer.byteLength(es);
  }
  const po = ['msgid ""', 'msgstr ""', '"Language: vi\\n"', '"Plural-Forms: nplurals=1; plural=0;\\n"', ''];
  for (let k = 0; k < 40000; k++) {
    const [vi, en] = sentence(r, k);
    po.push(`#: src/app.py:${k}`, '#, python-format', `msgctxt "k${k}"`, `msgid "${en.replace('{{count}}', '%(count)s')}"`, `msgstr "${r() < 0.05 ? '' : vi.replace('{{count}}', '%(count)s')}"`, '');
  }
  const poText = po.join('\n');
  writeFileSync(join(out, 'big.po'), poText);
  return { i18nextBytes: bytes, poBytes: Buffer.byteLength(poText) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function benchBilingual({ runs = 3 } = {}) {
  const sizes = generateBilingual();
  const dist = JSON.stringify(join(root, 'dist', 'index.js'));
  const i18next = `const m=await import(${dist});const fs=await import('node:fs');const t=performance.now();let n=0;
for(let f=0;f<20;f++){const r=m.checkPair(fs.readFileSync(${JSON.stringify(out)}+'/vi/ns'+f+'.json','utf8'),fs.readFileSync(${JSON.stringify(out)}+'/en/ns'+f+'.json','utf8'),{format:'i18next'});n+=r.source.messages.length+r.target.messages.length}
console.log(JSON.stringify({ms:performance.now()-t,n}))`;
  const po = `const m=await import(${dist});const fs=await import('node:fs');const text=fs.readFileSync(${JSON.stringify(join(out, 'big.po'))},'utf8');const t=performance.now();
const r=m.checkBilingualFile(text,{format:'po'});console.log(JSON.stringify({ms:performance.now()-t,n:r.messages.length}))`;
  const time = (script) => {
    const xs = [];
    let n = 0;
    for (let i = 0; i < runs; i++) {
      const res = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 }));
      xs.push(res.ms);
      n = res.n;
    }
    return { ms: median(xs), messages: n };
  };
  const a = time(i18next);
  const b = time(po);
  return {
    i18next: { files: 20, keys: 10000, mb: sizes.i18nextBytes / 1e6, ...a, mbPerS: sizes.i18nextBytes / 1e6 / (a.ms / 1000) },
    po: { entries: 40000, mb: sizes.poBytes / 1e6, ...b, mbPerS: sizes.poBytes / 1e6 / (b.ms / 1000) },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(JSON.stringify(benchBilingual(), null, 2));
