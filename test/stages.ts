/** Run the pipeline stage by stage, for the stage tests. */
import {unified} from 'unified'
import retextLatin from 'retext-latin'
import retextEnglish from 'retext-english'
import type {Root} from 'nlcst'
import {VFile} from 'vfile'
import {packs} from '../src/languages/index.js'
import {readDocument} from '../src/pipeline/parse.js'
import {findQuotes} from '../src/pipeline/quotes.js'
import {findCues} from '../src/pipeline/cues.js'
import {findSources} from '../src/pipeline/sources.js'
import {buildChains} from '../src/pipeline/chains.js'
import {scoreConfidence} from '../src/pipeline/confidence.js'
import {rootExtensions} from '../src/pipeline/split.js'
import type {Doc} from '../src/pipeline/model.js'

const order = ['parse', 'quotes', 'cues', 'sources', 'chains', 'confidence'] as const

/**
 * Run the stages up to and including one.
 *
 * @param text The text.
 * @param language Its language.
 * @param until The last stage to run.
 * @returns The working model.
 */
export function runUntil(text: string, language: 'ru' | 'en', until: (typeof order)[number]): Doc {
  const processor = unified()
    .use(language === 'en' ? retextEnglish : retextLatin)
    .data('nlcstRootExtensions', rootExtensions)
  const tree = processor.parse(new VFile(text)) as Root
  const doc = readDocument(tree, packs[language], undefined)
  const stages = [() => undefined, findQuotes, findCues, findSources, buildChains, scoreConfidence]
  for (let i = 1; i <= order.indexOf(until); i++) stages[i]!(doc)
  return doc
}
