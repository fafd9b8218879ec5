/**
 * Helpers every language pack uses: the lexicon's word lists as sets, a
 * per-sentence cache of word readings, and where a sentence starts.
 */
import type {Sentence, Token} from '../pipeline/model.js'
import type {Lexicon} from './pack.js'

/** The word lists of a lexicon that name kinds of source, as sets. */
export interface KindSets {
  media: Set<string>
  documents: Set<string>
  organizations: Set<string>
  anonymous: Set<string>
  unnamed: Set<string>
  titles: Set<string>
}

/**
 * The lexicon's kind lists as sets.
 *
 * @param lexicon A lexicon.
 * @returns Its sets of outlet, document, body, unnamed-source, modifier and title words.
 */
export function kindSets(lexicon: Lexicon): KindSets {
  return {
    media: new Set(lexicon.media),
    documents: new Set(lexicon.documents),
    organizations: new Set(lexicon.organizations),
    anonymous: new Set(lexicon.anonymous),
    unnamed: new Set(lexicon.unnamed),
    titles: new Set(lexicon.titles)
  }
}

/**
 * Make a reader of the words of a sentence that reads each token once.
 *
 * @param read Read a word token, given whether it opens its sentence.
 * @param openers Marks after which a word still opens the sentence (opening quotes, dashes).
 * @returns `wordAt(sentence, index)`: the reading, or undefined for a token that is no word.
 */
export function wordReader<W>(
  read: (token: Token, sentence: Sentence, initial: boolean) => W,
  openers: RegExp
): (sentence: Sentence, index: number) => W | undefined {
  return (sentence, index) => {
    const token = sentence.tokens[index]
    if (!token || token.type !== 'word') return undefined
    // (One pack reads a document, so the sentence holds its readings.)
    let list = sentence.readings as Array<W | undefined> | undefined
    if (!list) {
      list = []
      sentence.readings = list
    }
    let w = list[index]
    if (w === undefined) {
      w = read(token, sentence, opensSentence(sentence, index, openers))
      list[index] = w
    }
    return w
  }
}

/**
 * Does the word at a token open its sentence (first, or first after an
 * opening quote or dash), where a capital letter says nothing?
 *
 * @param sentence The sentence.
 * @param index A token index.
 * @param openers Marks that may stand before it.
 * @returns Whether it does.
 */
export function opensSentence(sentence: Sentence, index: number, openers: RegExp): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const token = sentence.tokens[i]!
    if (token.type === 'whitespace') continue
    if (token.type === 'word') return false
    if (openers.test(token.text)) continue
    return /^[.!?…:]$/.test(token.text)
  }
  return true
}
