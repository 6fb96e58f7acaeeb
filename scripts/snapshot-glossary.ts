/**
 * Build step, after tsup: save the built-in glossary's English near-miss index as
 * dist/generated/builtin.v8 (read by src/glossary/prebuilt.ts), built by the sources the bundles
 * were just built from, from the data they ship (builtin.json).
 */
import { renameSync, writeFileSync } from 'node:fs';
import { getBuiltinGlossary } from '../src/glossary/builtin.js';
import { saveIndex } from '../src/glossary/snapshot.js';

const file = 'dist/generated/builtin.v8';
const bytes = saveIndex(getBuiltinGlossary());
writeFileSync(`${file}.tmp`, bytes);
renameSync(`${file}.tmp`, file);
process.stdout.write(`prebuilt near-miss index of the built-in glossary: ${file}, ${bytes.length} bytes\n`);
