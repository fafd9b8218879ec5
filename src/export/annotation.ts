/**
 * Stage 7, export: the working model becomes the public annotation (the
 * shape of `attributionSchema`), set on every `SentenceNode` as
 * `data.attribution`, with a table of sources on the root and vfile
 * messages for attributed sentences and flags.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Attribution as Annotation, Flag, Language, Source, SourceSummary} from '../schema.js'
import type {Attribution, Doc, Entity, Sentence} from '../pipeline/model.js'

/** Package name, the `source` of every message. */
export const messageSource = 'retext-attribution'

/** Where the rules are documented. */
const docs = 'https://www.npmjs.com/package/retext-attribution#messages'

/** Message reasons of the flags, one plain sentence each. */
const flagReasons: Record<Flag, string> = {
  hedge: 'The claim is hedged (allegedly, reportedly, якобы): its source does not vouch for it.',
  denial: 'The sentence reports a denial: the claim it mentions is disputed.',
  'anonymous-source': 'The source is not named.',
  'self-citation': 'The publisher cites itself.',
  unattributed: 'The sentence reports a claim without saying whose it is.'
}

/**
 * The public annotation of a sentence.
 *
 * @param doc The document.
 * @param attribution The sentence's attribution from the pipeline.
 * @returns The annotation, as `attributionSchema` describes it.
 */
export function toAnnotation(doc: Doc, attribution: Attribution): Annotation {
  const chain: Source[] = attribution.chain.map((link) => {
    const source: Source = {name: link.entity.name, kind: link.entity.kind}
    if (link.channel) source.channel = link.channel
    if (link.mention) source.mention = {text: doc.text.slice(link.mention.start, link.mention.end), start: link.mention.start, end: link.mention.end}
    return source
  })
  const annotation: Annotation = {chain} as Annotation
  const cue = attribution.cue
  if (cue) {
    const sentence = doc.sentences[cue.sentence]!
    const start = sentence.tokens[cue.first]!.start
    const end = sentence.tokens[doc.pack.cueEnd?.(sentence, cue) ?? cue.last]!.end
    annotation.cue = {text: doc.text.slice(start, end), start, end}
  }
  annotation.mode = attribution.mode
  annotation.confidence = {level: attribution.level, score: attribution.score, reasons: attribution.reasons.slice()}
  annotation.flags = [...attribution.flags]
  return annotation
}

/** What the root of an annotated tree carries. */
export interface DocumentData {
  language: Language
  sources: SourceSummary[]
}

/**
 * Write the annotations into the tree and the messages onto the file.
 *
 * @param doc The document, every stage run.
 * @param tree Its tree.
 * @param file Its file.
 */
export function writeAnnotations(doc: Doc, tree: Root, file: VFile): void {
  // Messages are errors underneath; their stack traces say nothing here and cost much.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    for (const sentence of doc.sentences) {
      const annotation = sentence.attribution ? toAnnotation(doc, sentence.attribution) : null
      sentence.node.data = {...sentence.node.data, attribution: annotation}
      if (annotation) report(file, sentence, annotation)
    }
  } finally {
    Error.stackTraceLimit = limit
  }
  const data: DocumentData = {language: doc.language, sources: summarize(doc)}
  tree.data = {...tree.data, attribution: data}
}

function report(file: VFile, sentence: Sentence, annotation: Annotation): void {
  const place = sentence.node.position
  const chain = annotation.chain.map((s) => s.name).join(' → ') || 'no source'
  const info = file.info(`Attributed to ${chain} (${annotation.mode}, ${annotation.confidence.level} ${annotation.confidence.score.toFixed(2)}).`, {
    place,
    ruleId: 'attribution',
    source: messageSource
  })
  info.actual = sentence.text
  info.url = docs
  for (const flag of annotation.flags) {
    const message = file.message(flagReasons[flag], {place, ruleId: flag, source: messageSource})
    message.actual = sentence.text
    message.url = docs
  }
}

/**
 * The table of sources: every entity in some chain, with its sentences and levels.
 *
 * @param doc The document.
 * @returns One row per source, in order of first mention.
 */
export function summarize(doc: Doc): SourceSummary[] {
  const rows = new Map<Entity, SourceSummary>()
  for (const sentence of doc.sentences) {
    const attribution = sentence.attribution
    if (!attribution) continue
    for (const link of new Set(attribution.chain.map((l) => l.entity))) {
      let row = rows.get(link)
      if (!row) {
        row = {
          name: link.name,
          kind: link.kind,
          sentences: 0,
          levels: {high: 0, medium: 0, low: 0},
          mentions: link.mentions.map((m) => ({text: doc.text.slice(m.start, m.end), start: m.start, end: m.end}))
        }
        rows.set(link, row)
      }
      row.sentences++
      row.levels[attribution.level]++
    }
  }
  return [...rows.values()].sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0))
}
