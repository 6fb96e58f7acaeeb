/**
 * Writes examples/<name>.expected.json: the JSON report of `thuatngu check` on each example, with
 * file paths relative to the repository. test/examples.test.ts compares the report with it.
 * Run after a deliberate change of behaviour or data: `npx tsx scripts/update-example.ts`.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleReport } from '../test/examples.report.js';

const dir = join(import.meta.dirname, '..', 'examples');
for (const name of readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
  const report = await exampleReport(name);
  writeFileSync(join(dir, name.replace(/\.md$/, '.expected.json')), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`${name}: ${report[0]?.messages.length ?? 0} messages\n`);
}
