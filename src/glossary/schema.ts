/**
 * The glossary schema (DESIGN.md §2), written once with valibot: it validates YAML at build time and
 * for user glossaries, and scripts/build-glossary.ts derives glossary/schema.json from it.
 *
 * Messages: a check that fails carries, as its valibot message, the catalog key of the problem
 * (`date`, `slug`, `term`, `empty`), and a list of allowed values carries the values (see
 * {@link oneOf}); load.ts turns them into located messages.
 */
import * as v from 'valibot';
import { DOMAINS, STATUSES } from '../types.js';

/** The schemas, built on first use: checking a text never needs them. */
export type GlossarySchemas = ReturnType<typeof build>;
let built: GlossarySchemas | undefined;
export function glossarySchemas(): GlossarySchemas {
  return (built ??= build());
}

export type ConceptInput = v.InferInput<GlossarySchemas['conceptSchema']>;

/** One of `options`; a failure's message is the list of them, for the "use one of" message. */
export function oneOf<const T extends readonly string[]>(options: T) {
  return v.picklist(options, options.join(', '));
}

function build() {
  const isoDate = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date'));

  const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'empty'));

  /** A term as written: no brackets of commentary, no ellipsis; `{place}` is the only slot. */
  const term = v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'empty'),
    v.check((s) => !/[[\]…]/.test(s) && !/\{(?!place\})/.test(s), 'term'),
  );

  const admitted = v.union([
    term,
    v.strictObject({ term, note: v.optional(v.string()), validUntil: v.optional(isoDate) }),
  ]);

  const deprecated = v.strictObject({ term, reason: nonEmpty, seenIn: v.optional(v.string()) });

  const slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug'));

  const sources = v.pipe(v.array(nonEmpty), v.minLength(1));

  const conceptShape = {
    id: slug,
    domain: oneOf(DOMAINS),
    vi: term,
    viVariants: v.optional(v.array(term), () => []),
    en: term,
    admitted: v.optional(v.array(admitted), () => []),
    deprecated: v.optional(v.array(deprecated), () => []),
    caseSensitive: v.optional(v.boolean(), false),
    matchCase: v.optional(v.boolean()),
    status: v.optional(oneOf(STATUSES), 'active'),
    validFrom: v.optional(isoDate),
    validUntil: v.optional(isoDate),
    successor: v.optional(slug),
    note: v.optional(v.string()),
    sources,
    confidence: v.optional(oneOf(['medium', 'low'])),
    examples: v.optional(v.strictObject({ ok: v.optional(v.array(nonEmpty)), flag: v.optional(v.array(nonEmpty)) })),
    severity: v.optional(oneOf(['error', 'warning', 'info'])),
    exceptions: v.optional(v.array(nonEmpty)),
  };

  const conceptSchema = v.strictObject(conceptShape);

  /**
   * In a user glossary, an entry whose id is built in may give only the fields it changes: every
   * field but the id is optional, and no default is filled in (a patch that gives a note leaves the
   * built-in status, variants and deprecated terms as they are).
   */
  const conceptPatchSchema = v.required(v.partial(conceptSchema), ['id']);

  /** A user-glossary entry that adds a new concept: sources are asked for but not required. */
  const userConceptSchema = v.strictObject({ ...conceptShape, sources: v.optional(v.array(nonEmpty), () => []) });

  const placeSchema = v.strictObject({
    id: slug,
    kind: oneOf(['province', 'city']),
    vi: nonEmpty,
    en: nonEmpty,
    enVariants: v.optional(v.array(nonEmpty), () => []),
    status: oneOf(['active', 'merged']),
    validFrom: v.optional(isoDate),
    validUntil: v.optional(isoDate),
    successor: v.optional(slug),
    sources,
  });

  /** A user glossary file: a list of entries, or a mapping that can also disable built-in ids. */
  const userFileSchema = v.union([
    v.array(v.unknown()),
    v.strictObject({
      concepts: v.optional(v.array(v.unknown()), () => []),
      disable: v.optional(v.array(slug), () => []),
    }),
  ]);

  return {
    conceptSchema,
    conceptPatchSchema,
    userConceptSchema,
    placeSchema,
    userFileSchema,
    /** The fields an entry may have, for "unknown field" messages. */
    fieldNames: Object.keys(conceptShape),
  };
}
