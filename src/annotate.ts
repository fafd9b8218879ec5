/**
 * The one-call API: parse a text with the right parser for its language
 * (parse-english or parse-latin, paragraph by paragraph), run the stages,
 * and return the sentences with their annotations.
 */
import type {Root} from 'nlcst'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {parseOptions, type AnnotatedSentence, type Language, type Options, type SourceSummary} from './schema.js'
import {detectLanguage} from './languages/detect.js'
import {annotateTree} from './plugin.js'
import {parseByParagraph} from './pipeline/paragraphs.js'

/** The result of `annotate`. */
export interface AnnotatedDocument {
  /** The language the text was read in (given or detected). */
  language: Language
  /** Every sentence of the parser, in order, with its annotation or `null`. */
  sentences: AnnotatedSentence[]
  /** Every source in some chain, merged across mentions. */
  sources: SourceSummary[]
  /** The annotated nlcst tree (annotations at `sentence.data.attribution`). */
  tree: Root
  /** The messages the plugin reported (one per attributed sentence, one per flag). */
  messages: VFileMessage[]
}

/**
 * Annotate a text in one call.
 *
 * @param text The news text.
 * @param options `language` (`'ru'` | `'en'`, detected when absent) and `publisher`.
 * @returns The annotated document.
 * @throws {OptionsError} When an option is unknown or has a wrong value.
 * @throws {TypeError} When `text` is not a string.
 */
export async function annotate(text: string, options?: Options | null): Promise<AnnotatedDocument> {
  return annotateSync(text, options)
}

/**
 * Annotate a text in one call, synchronously (the Russian dictionaries are
 * read on first use).
 *
 * @param text The news text.
 * @param options As for `annotate`.
 * @returns The annotated document.
 * @throws {OptionsError} When an option is unknown or has a wrong value.
 * @throws {TypeError} When `text` is not a string.
 */
export function annotateSync(text: string, options?: Options | null): AnnotatedDocument {
  if (typeof text !== 'string') throw new TypeError(`retext-attribution: text must be a string, not ${text === null ? 'null' : typeof text}`)
  const settings = parseOptions(options)
  const language = settings.language ?? detectLanguage(text)
  const file = new VFile({value: text})
  const tree = parseByParagraph(text, language)
  const doc = annotateTree(tree, file, language, settings.publisher)
  const sentences: AnnotatedSentence[] = doc.sentences.map((sentence) => ({
    text: sentence.text,
    start: sentence.start,
    end: sentence.end,
    attribution: sentence.node.data?.attribution ?? null
  }))
  return {language: doc.language, sentences, sources: tree.data?.attribution?.sources ?? [], tree, messages: file.messages}
}
