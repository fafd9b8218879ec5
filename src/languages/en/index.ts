import type {LanguagePack} from '../pack.js'
import {lexicon} from '../ru/lexicon.js'

/** The English language pack (placeholder while the Russian pipeline settles). */
export const en: LanguagePack = {
  language: 'en',
  lexicon,
  verb: () => undefined,
  backward: () => false,
  forward: () => true,
  source: () => undefined,
  names: () => [],
  selfCitation: () => false,
  nounLemma: (sentence, index) => sentence.tokens[index]?.lower ?? ''
}
