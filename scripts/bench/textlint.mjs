/**
 * textlint + textlint-rule-terminology given the same terms as thuatngu: one config per glossary
 * size, each deprecated variant as a [pattern, preferred] pair (the rule matches patterns
 * case-insensitively and adds word boundaries itself), with the rule's default terms off.
 */
import fs from 'node:fs';
import path from 'node:path';

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Writes `<dataDir>/textlint/terminology-<n>.json` for each size; returns { n: configPath }. */
export function writeTextlintConfigs(dataDir, sizes) {
  const dir = path.join(dataDir, 'textlint');
  fs.mkdirSync(dir, { recursive: true });
  const configs = {};
  for (const n of sizes) {
    const concepts = JSON.parse(fs.readFileSync(path.join(dataDir, `glossary-${n}.json`), 'utf8'));
    const terms = concepts.flatMap((c) => c.deprecated.map((d) => [escapeRegExp(d.term), c.en]));
    const file = path.join(dir, `terminology-${n}.json`);
    fs.writeFileSync(file, JSON.stringify({ rules: { terminology: { defaultTerms: false, terms } } }));
    configs[n] = file;
  }
  return configs;
}

/** Messages in textlint's compact output: one line per message, "(terminology)" at its end. */
export function countCompactMessages(output) {
  let count = 0;
  for (const line of output.split('\n')) if (/\(terminology\)\s*$/.test(line)) count++;
  return count;
}
