/**
 * retext-attribution: who a news sentence is attributed to, and how well
 * sourced it is.
 */
import './types.js'

export {default} from './plugin.js'
export {annotate, annotateSync, type AnnotatedDocument} from './annotate.js'
export {detectLanguage} from './languages/detect.js'
export {parseByParagraph} from './pipeline/paragraphs.js'
export {scale, thresholds, levelOf} from './pipeline/confidence.js'
export {toJsonSchema} from './schema.js'
export type {DocumentData} from './export/annotation.js'
export {toHast, type HtmlOptions} from './export/hast.js'
export {toHtml} from './export/html.js'
export {toJson, fromJson} from './export/json.js'
export {toReport, type ReportInput, type ReportOptions} from './export/report.js'
export {
  OptionsError,
  attributionSchema,
  confidenceSchema,
  documentSchema,
  flagSchema,
  languageSchema,
  levelSchema,
  modeSchema,
  optionsSchema,
  sentenceSchema,
  sourceKindSchema,
  sourceSchema,
  sourceSummarySchema,
  spanSchema,
  type AnnotatedSentence,
  type Attribution,
  type Confidence,
  type Flag,
  type Language,
  type Level,
  type Mode,
  type Options,
  type Source,
  type SourceKind,
  type SourceSummary,
  type Span
} from './schema.js'
