/**
 * The shapes at the edges of the library: options in, annotation out.
 * Types are inferred from these zod schemas, and `scripts/schema.ts`
 * generates `schema/attribution.schema.json` from the same source.
 */
import {z} from 'zod'

/** Languages with a language pack. */
export const languageSchema = z.enum(['ru', 'en'])

/** Options of the plugin, of `annotate` and of the command line. */
export const optionsSchema = z.strictObject({
  /** Language of the text; detected per document when absent. */
  language: languageSchema.optional(),
  /** The outlet that publishes the text, for the `self-citation` flag. */
  publisher: z.string().trim().min(1).optional()
})

/** Kinds of source. */
export const sourceKindSchema = z.enum(['person', 'organization', 'media', 'document', 'anonymous', 'publisher'])

/** How a sentence came by its attribution. */
export const modeSchema = z.enum(['direct', 'indirect', 'inherited', 'backward'])

/** Flags for a fact-checker. */
export const flagSchema = z.enum(['hedge', 'denial', 'anonymous-source', 'self-citation', 'unattributed'])

/** Confidence levels, from best sourced to worst. */
export const levelSchema = z.enum(['high', 'medium', 'low'])

/** A stretch of the input: its text and UTF-16 offsets, end exclusive. */
export const spanSchema = z.object({
  text: z.string(),
  start: z.int().nonnegative(),
  end: z.int().nonnegative()
})

/** One link of a chain: a source. */
export const sourceSchema = z.object({
  name: z.string().min(1),
  kind: sourceKindSchema,
  channel: z.string().min(1).optional(),
  mention: spanSchema.optional()
})

/** How well sourced a sentence is, and why. */
export const confidenceSchema = z.object({
  level: levelSchema,
  score: z.number().min(0).max(1),
  reasons: z.array(z.string())
})

/** The annotation of one sentence. */
export const attributionSchema = z.object({
  chain: z.array(sourceSchema),
  cue: spanSchema.optional(),
  mode: modeSchema,
  confidence: confidenceSchema,
  flags: z.array(flagSchema)
})

/** One sentence of the result of `annotate`. */
export const sentenceSchema = z.object({
  text: z.string(),
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  attribution: attributionSchema.nullable()
})

/** One row of the table of sources of a document. */
export const sourceSummarySchema = z.object({
  name: z.string(),
  kind: sourceKindSchema,
  /** Number of sentences whose chain holds this source. */
  sentences: z.int().nonnegative(),
  /** Those sentences by confidence level. */
  levels: z.object({high: z.int().nonnegative(), medium: z.int().nonnegative(), low: z.int().nonnegative()}),
  /** Every place the text names this source. */
  mentions: z.array(spanSchema)
})

/** The whole result of `annotate`, without the tree. */
export const documentSchema = z.object({
  language: languageSchema,
  sentences: z.array(sentenceSchema),
  sources: z.array(sourceSummarySchema)
})

/** Options, as accepted. */
export type Options = z.input<typeof optionsSchema>
/** Language codes. */
export type Language = z.infer<typeof languageSchema>
/** Source kinds. */
export type SourceKind = z.infer<typeof sourceKindSchema>
/** Attribution modes. */
export type Mode = z.infer<typeof modeSchema>
/** Flags. */
export type Flag = z.infer<typeof flagSchema>
/** Confidence levels. */
export type Level = z.infer<typeof levelSchema>
/** A span of the input. */
export type Span = z.infer<typeof spanSchema>
/** A link of a chain. */
export type Source = z.infer<typeof sourceSchema>
/** Confidence of an attribution. */
export type Confidence = z.infer<typeof confidenceSchema>
/** The annotation of a sentence. */
export type Attribution = z.infer<typeof attributionSchema>
/** A sentence of the result. */
export type AnnotatedSentence = z.infer<typeof sentenceSchema>
/** A row of the table of sources. */
export type SourceSummary = z.infer<typeof sourceSummarySchema>
/** The result of `annotate`, without the tree. */
export type AnnotatedDocumentData = z.infer<typeof documentSchema>

/** Error thrown for options that do not fit `optionsSchema`. */
export class OptionsError extends TypeError {
  /** The option at fault (dotted path), or `''` for the options object itself. */
  readonly option: string

  constructor(option: string, message: string) {
    super(message)
    this.name = 'OptionsError'
    this.option = option
  }
}

/**
 * Check options and fill nothing in: one clear error naming the option.
 *
 * @param options Options as the caller gave them (`undefined` and `null` mean none).
 * @returns The options, checked.
 * @throws {OptionsError} When an option is unknown or has the wrong value.
 */
export function parseOptions(options: unknown): z.infer<typeof optionsSchema> {
  const result = optionsSchema.safeParse(options ?? {})
  if (result.success) return result.data
  const issue = result.error.issues[0]
  if (!issue) throw new OptionsError('', 'retext-attribution: invalid options')
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? ''
    throw new OptionsError(key, `retext-attribution: unknown option \`${key}\` (expected \`language\` or \`publisher\`)`)
  }
  const option = issue.path.join('.')
  if (option === 'language') {
    const got = (options as {language?: unknown}).language
    throw new OptionsError(
      'language',
      `retext-attribution: option \`language\` must be one of ${languageSchema.options.map((x) => `'${x}'`).join(', ')}, not ${JSON.stringify(got)}`
    )
  }
  if (option === '') throw new OptionsError('', `retext-attribution: options must be an object, not ${describe(options)}`)
  throw new OptionsError(option, `retext-attribution: option \`${option}\` is invalid: ${issue.message}`)
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'string' ? JSON.stringify(value) : typeof value
}

/**
 * A JSON Schema (draft 2020-12) of the options and the annotation, generated
 * from the zod schemas above; `schema/attribution.schema.json` is this, as
 * written by `npm run schema`.
 *
 * @returns The schema: the document shape at the top, the parts under `$defs`.
 */
export function toJsonSchema(): Record<string, unknown> {
  const part = (schema: z.ZodType): Record<string, unknown> => {
    const {$schema: _, ...rest} = z.toJSONSchema(schema) as Record<string, unknown>
    return rest
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/retext-attribution/schema/attribution.schema.json',
    title: 'retext-attribution',
    description: 'Who each sentence of a news text is attributed to and how well sourced it is: the result of `annotate`, and the shapes inside it.',
    $defs: {
      options: part(optionsSchema),
      attribution: part(attributionSchema),
      sentence: part(sentenceSchema),
      source: part(sourceSchema),
      sourceSummary: part(sourceSummarySchema)
    },
    ...part(documentSchema)
  }
}
