/**
 * The retext plugin: options are read once when it is attached; the
 * transformer runs the stages in order on each tree.
 */
import type {Root} from 'nlcst'
import type {Processor} from 'unified'
// The parsers declare the extension points (`nlcstRootExtensions`) on unified's data.
import type {} from 'retext-latin'
import type {VFile} from 'vfile'
import {toString} from 'nlcst-to-string'
import {parseOptions, type Options} from './schema.js'
import {detectLanguage} from './languages/detect.js'
import {packs} from './languages/index.js'
import {readDocument} from './pipeline/parse.js'
import {findQuotes} from './pipeline/quotes.js'
import {findCues} from './pipeline/cues.js'
import {findSources} from './pipeline/sources.js'
import {buildChains} from './pipeline/chains.js'
import {scoreConfidence} from './pipeline/confidence.js'
import {writeAnnotations} from './export/annotation.js'
import type {Doc} from './pipeline/model.js'
import {rootExtensions} from './pipeline/split.js'

/**
 * Mark every sentence with who it is attributed to and how well sourced it is.
 *
 * Use it after a parser: `retext()` (parse-latin, right for Russian) or
 * `unified().use(retextEnglish)`. The annotation lands on every
 * `SentenceNode` as `data.attribution` (`null` when the sentence is not
 * attributed), a table of sources on the root as `data.attribution`, and a
 * message per attributed sentence and per flag on the file.
 *
 * @param options Options: `language` (`'ru'` or `'en'`; detected per document
 *   when absent) and `publisher` (the outlet that publishes the text).
 * @returns The transformer.
 * @throws {OptionsError} When an option is unknown or has a wrong value.
 */
export default function retextAttribution(
  this: Processor | undefined,
  options?: Options | null
): (tree: Root, file: VFile) => undefined {
  const settings = parseOptions(options)
  if (this && typeof this.data === 'function') {
    // Let the parser end a sentence at `on X.` (see `pipeline/split.ts`).
    const extensions = this.data('nlcstRootExtensions') ?? []
    this.data('nlcstRootExtensions', [...extensions, ...rootExtensions])
  }
  return function (tree, file) {
    annotateTree(tree, file, settings.language, settings.publisher)
    return undefined
  }
}

/**
 * Run every stage on a tree (the transformer's body, for `annotate` too).
 *
 * @param tree The nlcst tree.
 * @param file Its file.
 * @param language The language, or undefined to detect it.
 * @param publisher The publisher, if known.
 * @returns The working model, every stage run.
 */
export function annotateTree(tree: Root, file: VFile, language: Options['language'], publisher: string | undefined): Doc {
  const text = typeof file.value === 'string' ? file.value : toString(tree)
  const pack = packs[language ?? detectLanguage(text)]
  const doc = readDocument(tree, pack, publisher, text)
  findQuotes(doc)
  findCues(doc)
  findSources(doc)
  buildChains(doc)
  scoreConfidence(doc)
  writeAnnotations(doc, tree, file)
  return doc
}
