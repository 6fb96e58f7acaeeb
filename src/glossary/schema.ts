/**
 * The glossary schema (DESIGN.md §2), written once with zod: it validates YAML at build time and
 * for user glossaries, and scripts/build-glossary.ts derives glossary/schema.json from it.
 */
import type { input } from 'zod';
import { zod } from '../deps/zod.js';
import { DOMAINS, STATUSES } from '../types.js';

/**
 * The schemas, built on first use: zod is loaded only when a glossary file is read (checking a
 * text never needs it).
 */
export type GlossarySchemas = ReturnType<typeof build>;
let built: GlossarySchemas | undefined;
export function glossarySchemas(): GlossarySchemas {
  return (built ??= build());
}

export type ConceptInput = input<GlossarySchemas['conceptSchema']>;

function build() {
  const { z } = zod();
  const isoDate = z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'date' });

  const nonEmpty = z.string().trim().min(1, { message: 'empty' });

  /** A term as written: no brackets of commentary, no ellipsis; `{place}` is the only slot. */
  const term = nonEmpty.refine((s) => !/[[\]…]/.test(s) && !/\{(?!place\})/.test(s), { message: 'term' });

  const admitted = z.union([term, z.object({ term, note: z.string().optional(), validUntil: isoDate.optional() }).strict()]);

  const deprecated = z
    .object({ term, reason: nonEmpty, seenIn: z.string().optional() })
    .strict();

  const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug' });

  const conceptShape = {
    id: slug,
    domain: z.enum(DOMAINS),
    vi: term,
    viVariants: z.array(term).default([]),
    en: term,
    admitted: z.array(admitted).default([]),
    deprecated: z.array(deprecated).default([]),
    caseSensitive: z.boolean().default(false),
    matchCase: z.boolean().optional(),
    status: z.enum(STATUSES).default('active'),
    validFrom: isoDate.optional(),
    validUntil: isoDate.optional(),
    successor: slug.optional(),
    note: z.string().optional(),
    sources: z.array(nonEmpty).min(1, { message: 'sources' }),
    confidence: z.enum(['medium', 'low']).optional(),
    examples: z
      .object({ ok: z.array(nonEmpty).optional(), flag: z.array(nonEmpty).optional() })
      .strict()
      .optional(),
    severity: z.enum(['error', 'warning', 'info']).optional(),
    exceptions: z.array(nonEmpty).optional(),
  };

  const conceptSchema = z.object(conceptShape).strict();

  /** In a user glossary, an entry whose id is built in may give only the fields it changes. */
  const conceptPatchSchema = z
    .object({ ...conceptShape, sources: conceptShape.sources.optional() })
    .partial()
    .required({ id: true })
    .strict();

  /** A user-glossary entry that adds a new concept: sources are asked for but not required. */
  const userConceptSchema = z
    .object({ ...conceptShape, sources: z.array(nonEmpty).default([]) })
    .strict();

  const placeSchema = z
    .object({
      id: slug,
      kind: z.enum(['province', 'city']),
      vi: nonEmpty,
      en: nonEmpty,
      enVariants: z.array(nonEmpty).default([]),
      status: z.enum(['active', 'merged']),
      validFrom: isoDate.optional(),
      validUntil: isoDate.optional(),
      successor: slug.optional(),
      sources: z.array(nonEmpty).min(1, { message: 'sources' }),
    })
    .strict();

  /** A user glossary file: a list of entries, or a mapping that can also disable built-in ids. */
  const userFileSchema = z.union([
    z.array(z.unknown()),
    z
      .object({ concepts: z.array(z.unknown()).default([]), disable: z.array(slug).default([]) })
      .strict(),
  ]);

  return {
    z,
    conceptShape,
    conceptSchema,
    conceptPatchSchema,
    userConceptSchema,
    placeSchema,
    userFileSchema,
    /** The fields an entry may have, for "unknown field" messages. */
    fieldNames: Object.keys(conceptShape),
  };
}
