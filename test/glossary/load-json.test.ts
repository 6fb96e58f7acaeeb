import { describe, expect, it } from 'vitest';
import { createGlossary } from '../../src/glossary/create.js';
import { GlossaryError } from '../../src/glossary/issues.js';
import { loadGlossaryFiles } from '../../src/glossary/load.js';

const entry = {
  id: 'ban-bien-tap',
  domain: 'general',
  vi: 'Ban Biên tập',
  en: 'Editorial Board',
  sources: ['our style guide'],
};

const issuesOf = (text: string) => {
  try {
    createGlossary({ files: [{ path: 'house.json', text }], builtin: false });
    return [];
  } catch (error) {
    return (error as GlossaryError).issues;
  }
};

describe('glossary files in JSON', () => {
  it('reads a JSON list of entries like the same entries in YAML', () => {
    const fromJson = loadGlossaryFiles([{ path: 'a.json', text: JSON.stringify([entry], null, 2) }], { roleOf: () => 'user' });
    const fromYaml = loadGlossaryFiles(
      [{ path: 'a.yaml', text: 'concepts:\n  - id: ban-bien-tap\n    domain: general\n    vi: Ban Biên tập\n    en: Editorial Board\n    sources: [our style guide]\n' }],
      { roleOf: () => 'user' },
    );
    expect(fromJson.issues).toEqual([]);
    expect(fromJson.concepts).toEqual(fromYaml.concepts);
  });

  it('locates a schema problem in JSON at its line and column', () => {
    const text = `[\n  {\n    "id": "ban-bien-tap",\n    "domain": "nowhere",\n    "vi": "Ban Biên tập",\n    "en": "Editorial Board",\n    "sources": ["x"]\n  }\n]\n`;
    const issues = issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'house.json', line: 4, column: 5 });
  });

  it('names the line and column where malformed JSON breaks', () => {
    const text = `[\n  { "id": "a",\n    "vi": "x" "en": "y" }\n]\n`;
    const issues = issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'house.json', line: 3, messageId: 'yaml' });
  });

  it('builds a glossary of the JSON entries alone with builtin: false', () => {
    const glossary = createGlossary({ files: [{ path: 'house.json', text: JSON.stringify({ concepts: [entry] }) }], builtin: false });
    expect(glossary.concepts.map((c) => c.id)).toEqual(['ban-bien-tap']);
  });
});
