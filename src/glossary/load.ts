/**
 * Glossary files → validated concepts and places, with every problem located at file:line:column.
 * Pure: takes file texts, returns data and issues; reading files is the CLI's job.
 */
import type { Document, LineCounter, Node } from 'yaml';
import { yaml } from '../deps/yaml.js';
import * as v from 'valibot';
import type { AdmittedTerm, Concept, Place } from '../types.js';
import { glossarySchemas } from './schema.js';
import type { GlossaryIssue } from './issues.js';

export interface GlossaryFile {
  path: string;
  text: string;
}

/** Where an entry came from, so that later checks can point at one of its fields. */
export interface Origin {
  file: string;
  locate(path: ReadonlyArray<string | number>): { line: number; column: number };
}

export interface LoadedEntries {
  concepts: Concept[];
  conceptOrigins: Origin[];
  /** User glossaries: partial entries for built-in ids (applied by merge). */
  patches: Array<Partial<Concept> & { id: string }>;
  patchOrigins: Origin[];
  places: Place[];
  placeOrigins: Origin[];
  disable: Array<{ id: string; origin: Origin; index: number }>;
  issues: GlossaryIssue[];
}

export type FileRole = 'concepts' | 'places' | 'user';

export interface LoadOptions {
  /** How to read each file: built-in concept files, the place list, or a user glossary. */
  roleOf?: (path: string) => FileRole;
  /** Ids known to exist already (the built-in glossary), for user patches. */
  knownIds?: ReadonlySet<string>;
}

const defaultRole = (path: string): FileRole => (/(^|[\\/])places\.ya?ml$/.test(path) ? 'places' : 'concepts');

export function loadGlossaryFiles(files: GlossaryFile[], options: LoadOptions = {}): LoadedEntries {
  const out: LoadedEntries = {
    concepts: [],
    conceptOrigins: [],
    patches: [],
    patchOrigins: [],
    places: [],
    placeOrigins: [],
    disable: [],
    issues: [],
  };
  const roleOf = options.roleOf ?? defaultRole;
  for (const file of files) loadOne(file, roleOf(file.path), options, out);
  return out;
}

function loadOne(file: GlossaryFile, role: FileRole, options: LoadOptions, out: LoadedEntries): void {
  const text = file.text.replace(/^\uFEFF/, '');
  // JSON (a glossary exported by a script, often large) is read by JSON.parse: 4 MB in ~30 ms,
  // where the YAML parser takes ~2 s. The YAML document is then built only if a problem has to be
  // located.
  // Anything JSON.parse rejects goes through the YAML parser, which says where it breaks. (A key
  // given twice in one JSON object keeps its last value, as everywhere JSON is read.)
  let value: unknown;
  let parsed: { doc: Document; lineCounter: LineCounter } | undefined;
  const parseYaml = () => {
    if (!parsed) {
      const { LineCounter, parseDocument } = yaml();
      const lineCounter = new LineCounter();
      parsed = { doc: parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false }), lineCounter };
    }
    return parsed;
  };
  const pos = (offset: number) => {
    const { line, col } = parseYaml().lineCounter.linePos(offset);
    return { line, column: col };
  };
  const json = /^\s*[[{]/.test(text) ? parseJson(text) : undefined;
  if (json) value = json.value;
  else {
    const { doc } = parseYaml();
    if (doc.errors.length > 0) {
      for (const err of doc.errors.slice(0, 1)) {
        const at = pos(err.pos[0]);
        out.issues.push({ file: file.path, ...at, messageId: 'yaml', data: { detail: firstLine(err.message) } });
      }
      return;
    }
    value = doc.toJS();
  }
  const originAt = (base: ReadonlyArray<string | number>): Origin => ({
    file: file.path,
    locate: (path) => locateIn(parseYaml().doc, [...base, ...path], pos),
  });
  const issue = (base: ReadonlyArray<string | number>, messageId: string, data: GlossaryIssue['data'] = {}) => {
    out.issues.push({ file: file.path, ...originAt(base).locate([]), messageId, data });
  };

  if (value == null) return; // an empty file adds nothing
  const schemas = glossarySchemas();
  let items: unknown[];
  let base: Array<string | number> = [];
  if (role === 'user') {
    const parsed = v.safeParse(schemas.userFileSchema, value);
    if (!parsed.success) {
      issue([], 'notAGlossary');
      return;
    }
    if (Array.isArray(parsed.output)) items = parsed.output;
    else {
      items = parsed.output.concepts;
      base = ['concepts'];
      parsed.output.disable.forEach((id, index) =>
        out.disable.push({ id, origin: originAt(['disable', index]), index }),
      );
    }
  } else if (!Array.isArray(value)) {
    issue([], role === 'places' ? 'notAPlaceList' : 'notAList');
    return;
  } else items = value;

  items.forEach((item, index) => {
    const at = [...base, index];
    if (role === 'places') {
      const place = validate(schemas.placeSchema, item, at);
      if (place) {
        out.places.push(place as Place);
        out.placeOrigins.push(originAt(at));
      }
      return;
    }
    const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
    if (role === 'user' && typeof id === 'string' && options.knownIds?.has(id)) {
      const patch = validate(schemas.conceptPatchSchema, item, at);
      if (patch) {
        out.patches.push(patch as Partial<Concept> & { id: string });
        out.patchOrigins.push(originAt(at));
      }
      return;
    }
    const concept = validate(role === 'user' ? schemas.userConceptSchema : schemas.conceptSchema, item, at);
    if (concept) {
      out.concepts.push(toConcept(concept as Concept));
      out.conceptOrigins.push(originAt(at));
    }
  });

  function validate(schema: v.GenericSchema, item: unknown, at: Array<string | number>): unknown {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      issue(at, 'notAnEntry');
      return undefined;
    }
    const result = v.safeParse(schema, item);
    if (result.success) return result.output;
    const said = new Set<string>();
    for (const vi of result.issues) {
      const { messageId, data, path } = describeIssue(vi, item as Record<string, unknown>);
      // One message per problem (a value can fail two checks of the same kind).
      const key = JSON.stringify([messageId, path, data]);
      if (said.has(key)) continue;
      said.add(key);
      issue([...at, ...path], messageId, data);
      if (said.size === 3) break;
    }
    return undefined;
  }
}

/** Admitted terms may be written as plain strings; the model always has objects. */
function toConcept(c: Concept): Concept {
  return {
    ...c,
    admitted: (c.admitted as unknown as Array<string | AdmittedTerm>).map((a) =>
      typeof a === 'string' ? { term: a } : a,
    ),
  };
}

/** The types of valibot's schemas, as a YAML author knows them. */
const TYPE_NAMES: Record<string, string> = {
  array: 'list',
  object: 'mapping',
  strict_object: 'mapping',
  string: 'text',
  number: 'number',
  boolean: 'boolean',
};

/** The catalog keys that schema.ts gives its checks as their message. */
const CHECK_MESSAGES = new Set(['date', 'slug', 'term', 'empty']);

function describeIssue(
  vi: v.BaseIssue<unknown>,
  item: Record<string, unknown>,
): { messageId: string; data: GlossaryIssue['data']; path: Array<string | number> } {
  const path = (vi.path ?? []).map((p) => p.key as string | number);
  const field = fieldOf(path);
  if (vi.type === 'union' && vi.issues) {
    // A term or a mapping (admitted): where the value is a mapping, what is wrong inside it says
    // more than "neither". The paths of the options' issues start at the union.
    const inner = vi.issues.find((sub) => (sub.path?.length ?? 0) > 0);
    if (inner) return describeIssue({ ...inner, path: [...(vi.path ?? []), ...inner.path!] as typeof inner.path }, item);
    return { messageId: 'wrongType', data: { field, expected: 'termOrMapping', received: kindOf(getPath(item, path)) }, path };
  }
  const value = getPath(item, path);
  const parent = path.slice(0, -1);
  const last = vi.path?.[vi.path.length - 1];
  if ((vi.type === 'strict_object' || vi.type === 'object') && last?.type === 'object') {
    // A key missing or unknown. valibot takes a list for an object, and then misses its keys.
    const container = getPath(item, parent);
    if (Array.isArray(container)) {
      return { messageId: 'wrongType', data: { field: fieldOf(parent), expected: 'mapping', received: 'list' }, path: parent };
    }
    if (vi.expected === 'never') {
      const key = String(path[path.length - 1] ?? '');
      return { messageId: 'unknownField', data: { field: key, allowed: glossarySchemas().fieldNames.join(', ') }, path };
    }
  }
  if (value === undefined && path.length > 0) return { messageId: 'missingField', data: { field }, path: parent };
  switch (vi.type) {
    case 'picklist':
      return { messageId: 'badValue', data: { field, value: String(value), allowed: vi.message }, path };
    case 'min_length':
      // No sources, or only blank ones.
      return field === 'sources' ? { messageId: 'noSources', data: {}, path } : { messageId: 'empty', data: { field }, path };
    case 'array':
    case 'object':
    case 'strict_object':
    case 'string':
    case 'number':
    case 'boolean':
      return { messageId: 'wrongType', data: { field, expected: TYPE_NAMES[vi.type]!, received: kindOf(value) }, path };
    default: {
      const messageId = CHECK_MESSAGES.has(vi.message) ? vi.message : 'invalid';
      return { messageId, data: { field, value: String(value ?? ''), detail: vi.message }, path };
    }
  }
}

function fieldOf(path: ReadonlyArray<string | number>): string {
  return path.filter((p) => typeof p === 'string').join('.') || String(path[0] ?? '');
}

function getPath(value: unknown, path: ReadonlyArray<string | number>): unknown {
  let v: unknown = value;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

/** The kind of a YAML value, as a key of the `glossary:type` catalog entries. */
function kindOf(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'object') return 'mapping';
  return TYPE_NAMES[typeof v] ?? 'text';
}

/**
 * The position of the deepest node on `path` that exists. For a mapping key, point at the key
 * (that is where the fix goes); for a missing key, at the entry that lacks it.
 */
function locateIn(
  doc: Document,
  path: ReadonlyArray<string | number>,
  pos: (offset: number) => { line: number; column: number },
): { line: number; column: number } {
  const { isMap, isSeq } = yaml();
  let node: Node | null | undefined = doc.contents as Node | null;
  let at = node?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      at = (pair.key as Node).range?.[0] ?? at;
      node = pair.value as Node | null;
      if (typeof key === 'string' && node && !isMap(node) && !isSeq(node)) continue;
    } else if (isSeq(node) && typeof key === 'number') {
      const child = node.items[key] as Node | undefined;
      if (!child) break;
      node = child;
      at = child.range?.[0] ?? at;
    } else break;
  }
  return pos(at);
}

/** JSON.parse, or undefined when the text is not strict JSON. */
function parseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}
