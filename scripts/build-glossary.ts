/**
 * Build step: validate glossary/*.yaml and compile it into src/glossary/generated/builtin.json
 * (copied next to the bundles by tsup), and write glossary/schema.json from the valibot schema (src/glossary/schema.ts).
 * Exits 2 with located errors when the glossary is malformed.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinGlossaryDir, listGlossaryFiles, readGlossaryFiles } from '../src/cli/glossary-files.js';
import { checkConsistency } from '../src/glossary/consistency.js';
import { loadGlossaryFiles } from '../src/glossary/load.js';
import { toJsonSchema } from '@valibot/to-json-schema';
import { glossarySchemas } from '../src/glossary/schema.js';
import { precomputeKeys } from '../src/glossary/compile.js';
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
const data = { concepts: loaded.concepts, places: loaded.places };
// A JSON file, read and parsed on first use (src/glossary/builtin.ts). Not a module: a bundled
// string literal of this size cost every import of the library ~12 ms to scan, and a program that
// brings its own glossary never needs it.
writeFileSync(join(out, 'builtin.json'), JSON.stringify({ ...data, keys: precomputeKeys(data) }));
// The module this build wrote before the data became a file.
rmSync(join(out, 'builtin.ts'), { force: true });

const { conceptSchema, placeSchema } = glossarySchemas();
// What a file may hold, as written (before `trim`). The checks that JSON Schema cannot say (a
// term's brackets, a trimmed value's emptiness) are left to the validator.
const asJsonSchema = (s: Parameters<typeof toJsonSchema>[0]) =>
  toJsonSchema(s, { target: 'draft-2020-12', ignoreActions: ['trim', 'check'] });
const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'thuatngu glossary file',
  description: 'A list of concepts (glossary/<domain>.yaml) or of places (glossary/places.yaml).',
  oneOf: [
    { type: 'array', items: asJsonSchema(conceptSchema) },
    { type: 'array', items: asJsonSchema(placeSchema) },
  ],
};
writeFileSync(join(dir, 'schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
process.stdout.write(`glossary: ${loaded.concepts.length} concepts, ${loaded.places.length} places\n`);
