/**
 * Build step: validate glossary/*.yaml and compile it into src/glossary/generated/builtin.json
 * (bundled by tsup), and write glossary/schema.json from the zod schema. Exits 2 with located
 * errors when the glossary is malformed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { builtinGlossaryDir, listGlossaryFiles, readGlossaryFiles } from '../src/cli/glossary-files.js';
import { checkConsistency } from '../src/glossary/consistency.js';
import { loadGlossaryFiles } from '../src/glossary/load.js';
import { conceptSchema, placeSchema } from '../src/glossary/schema.js';
import { formatGlossaryIssues } from '../src/cli/glossary-report.js';

const dir = builtinGlossaryDir();
const loaded = loadGlossaryFiles(readGlossaryFiles(listGlossaryFiles(dir)));
const issues = [
  ...loaded.issues,
  ...checkConsistency(loaded.concepts, loaded.conceptOrigins, loaded.places, loaded.placeOrigins),
];
if (issues.length > 0) {
  process.stderr.write(formatGlossaryIssues(issues, 'en'));
  process.exit(2);
}
const out = join(dir, '..', 'src', 'glossary', 'generated');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'builtin.json'), JSON.stringify({ concepts: loaded.concepts, places: loaded.places }));

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'thuatngu glossary file',
  description: 'A list of concepts (glossary/<domain>.yaml) or of places (glossary/places.yaml).',
  oneOf: [
    { type: 'array', items: z.toJSONSchema(conceptSchema, { io: 'input' }) },
    { type: 'array', items: z.toJSONSchema(placeSchema, { io: 'input' }) },
  ],
};
writeFileSync(join(dir, 'schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
process.stdout.write(`glossary: ${loaded.concepts.length} concepts, ${loaded.places.length} places\n`);
