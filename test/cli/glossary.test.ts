import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

const fixtures = join(import.meta.dirname, '..', 'glossary', 'fixtures');

describe('thuatngu glossary validate', () => {
  it('passes on the built-in glossary', async () => {
    const r = await run(['glossary', 'validate']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/The glossary is valid: \d+ concepts/);
  });

  it.each([
    ['bad-yaml.yaml', /bad-yaml\.yaml:\d+:\d+ {2}error: this is not valid YAML/],
    ['missing-field.yaml', /missing-field\.yaml:7:3 {2}error: the field `en` is missing/],
    ['duplicate-id.yaml', /duplicate-id\.yaml:7:3 {2}error: the id `test-one` is already used at .*duplicate-id\.yaml:1:3/],
  ])('%s: one located error, exit 2, no stack trace', async (name, pattern) => {
    const r = await run(['glossary', 'validate', join(fixtures, name)], { cwd: fixtures });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr.trim().split('\n')).toHaveLength(2); // the error and the summary line
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('speaks Vietnamese with --lang vi', async () => {
    const r = await run(['glossary', 'validate', join(fixtures, 'missing-field.yaml'), '--lang', 'vi'], { cwd: fixtures });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('thiếu trường `en`');
  });

  it('names an unreadable file instead of crashing', async () => {
    const r = await run(['glossary', 'validate', 'no-such-file.yaml'], { cwd: fixtures });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^no-such-file\.yaml:1:1 {2}error: cannot read this file/);
  });
});

describe('thuatngu glossary stats', () => {
  it('counts concepts by domain and status, and entries without sources', async () => {
    const r = await run(['glossary', 'stats', '--format', 'json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect(s.concepts).toBeGreaterThanOrEqual(550);
    expect(sum(s.byDomain)).toBe(s.concepts);
    expect(sum(s.byStatus)).toBe(s.concepts);
    expect(s.withoutSources).toBe(0);
    expect(s.places).toBeGreaterThanOrEqual(63);
  });

  it('prints a readable table', async () => {
    const r = await run(['glossary', 'stats']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+ concepts, \d+ places/);
    expect(r.stdout).toMatch(/party-organ\s+\d+/);
    expect(r.stdout).toContain('Entries without sources: 0');
  });
});

describe('usage errors', () => {
  it('an unknown command exits 2 with a hint', async () => {
    const r = await run(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command `frobnicate`');
    expect(r.stderr).toContain('thuatngu --help');
  });

  it('an unknown option exits 2 without a stack trace', async () => {
    const r = await run(['lookup', 'x', '--nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--help and --version', async () => {
    expect((await run(['--help'])).stdout).toContain('thuatngu lookup <query>');
    expect((await run(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
