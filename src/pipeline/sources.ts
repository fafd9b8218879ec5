/**
 * Stage 4, sources: for every cue, the noun phrase that names its source
 * (found by the language pack's grammar), the channel it spoke on, and
 * whether the source is the publisher itself.
 */
import type {Cue, Doc, Phrase, Sentence} from './model.js'
import {capitalStart, rangeAt, skipSpace, skipSpaceBack, tellTo, textOf} from './model.js'

/** The words around a channel's name, from the lexicon, as sets. */
interface ChannelWords {
  prepositions: Set<string>
  interviews: Set<string>
  between: Set<string>
  linkers: Set<string>
  articles: Set<string>
  broadcast: Set<string>
  onAir: Set<string>
  afterName: Set<string>
  notNames: Set<string>
}

const channelWordSets = new WeakMap<Doc['pack']['lexicon'], ChannelWords>()

/** A language's channel words, made once (none when the lexicon has none). */
function channelWordsOf(doc: Doc): ChannelWords {
  let words = channelWordSets.get(doc.pack.lexicon)
  if (!words) {
    const lists = doc.pack.lexicon.channelWords
    const set = (list: string[] | undefined): Set<string> => new Set(list ?? [])
    words = {
      prepositions: set(lists?.prepositions),
      interviews: set(lists?.interviews),
      between: set(lists?.between),
      linkers: set(lists?.linkers),
      articles: set(lists?.articles),
      broadcast: set(lists?.broadcast),
      onAir: set(lists?.onAir),
      afterName: set(lists?.afterName),
      notNames: set(lists?.notNames)
    }
    channelWordSets.set(doc.pack.lexicon, words)
  }
  return words
}

/**
 * Find the source of every cue.
 *
 * @param doc The document, its cues found; fills `cue.source`.
 */
export function findSources(doc: Doc): void {
  const publisher = doc.publisher ? normalize(doc.publisher) : undefined
  const markers = new Set(doc.pack.lexicon.selfMarkers)
  const ourWords = new Set(doc.pack.lexicon.selfPossessives)
  for (const sentence of doc.sentences) {
    if (sentence.cues.length === 0) continue
    const channel = findChannel(doc, sentence)
    // `Напомним, что X писали`: where the publisher first speaks of itself. (Not inside a quote:
    // `«Мы выполняем …», — сообщили в компании` is the company's `мы`; nor a pronoun, which
    // speaks only as the subject of its own verb: `Мы считаем …, заявили в компании`.)
    const self = sentence.tokens.findIndex((token) => token.type === 'word' && token.quote === -1 && markers.has(token.lower) && !doc.pack.isPronoun(sentence, token.index))
    for (const cue of sentence.cues) {
      const phrase = doc.pack.source(sentence, cue, doc)
      cue.source = phrase
      // Whether the cue reports what follows it can depend on where its source stands.
      cue.forward = doc.pack.forward(sentence, cue)
      if (!phrase) continue
      if (channel && (cue.role === 'verb' || cue.role === 'passive') && phrase.kind !== 'document') phrase.channel = channel
      // `рассказал «Известиям»`, `told The Washington Post`: the outlet spoken to.
      else if (cue.role === 'verb' && phrase.kind !== 'document' && !phrase.through) {
        // (Not the source itself read again: `передает «Интерфакс»`.)
        const told = doc.pack.hearer(sentence, cue)
        if (told !== undefined && told.name !== phrase.name) tellTo(phrase, told)
      }
      // `Как мы писали`, `as we reported`: the publisher's `we`, subject of a verb of writing or reporting.
      const first = sentence.tokens[phrase.first]!
      // (Or an outlet's noun with its `our`: `как писало наше издание`.)
      const ours = phrase.kind === 'media' && ourWords.has(first.lower)
      const we = ((phrase.first === phrase.last && markers.has(first.lower)) || ours) && first.quote === -1 && writes(doc, cue)
      if (we || isPublisher(phrase, publisher, self !== -1 && self < cue.first)) {
        phrase.kind = 'publisher'
        phrase.anaphor = undefined
        if (we && doc.publisher) phrase.name = doc.publisher
      }
    }
  }
}

/** A verb of writing or of reporting news (`писали`, `сообщали`, `reported`). */
function writes(doc: Doc, cue: Cue): boolean {
  const kind = doc.pack.lexicon.verbs[cue.lemma]
  return cue.role === 'verb' && (kind === 'write' || doc.pack.lexicon.newsVerbs?.includes(cue.lemma) === true)
}

function isPublisher(phrase: Phrase, publisher: string | undefined, selfCited: boolean): boolean {
  if (publisher && (normalize(phrase.name) === publisher || phrase.key === publisher)) return true
  return selfCited && (phrase.kind === 'media' || phrase.kind === 'organization')
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/^the\s+/, '').replace(/["«»“”„]/g, '').replace(/\s+/g, ' ').trim()
}

/**
 * The channel a sentence names (`в соцсети Х`, `on Truth Social`, `in an interview with CNN`).
 *
 * @param doc The document (for its lexicon).
 * @param sentence The sentence.
 * @returns The channel's display name, or undefined.
 */
export function findChannel(doc: Doc, sentence: Sentence): string | undefined {
  const channels = channelsOf(doc)
  const nouns = channelNounsOf(doc)
  const words = channelWordsOf(doc)
  const tokens = sentence.tokens
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (token.type !== 'word') continue
    const lower = token.lower
    // (Two-word names first: `Truth Social`.)
    if (firstWordsOf(doc).has(lower)) {
      const next = tokens[skipSpace(sentence, i + 1)]
      const pair = next?.type === 'word' ? channels.get(`${lower} ${next.lower.replace(/[.]$/, '')}`) : undefined
      if (pair) return pair
    }
    const name = channels.get(lower) ?? (lower.endsWith('.') ? channels.get(lower.slice(0, -1)) : undefined)
    // `телеграм-канале`, `Telegram-канал`: the network and the channel noun in one word.
    const hyphen = lower.indexOf('-')
    if (hyphen > 0) {
      const network = lower.slice(0, hyphen)
      const named = channels.get(network)
      if (named && nouns.has(doc.pack.nounLemma(lower.slice(hyphen + 1)))) return named
    }
    if (name) {
      // A one-letter network (`X`, `Х`) only counts right after a preposition or a channel noun.
      const before = tokens[skipSpaceBack(sentence, i - 1)]
      let beforeWord = before?.type === 'word' ? before.lower : ''
      // (Past an article: `on the Telegram messaging app`.)
      if (words.articles.has(beforeWord) && before) {
        const prior = tokens[skipSpaceBack(sentence, before.index - 1)]
        beforeWord = prior?.type === 'word' ? prior.lower : ''
      }
      const near = channelContext(doc, sentence, i, nouns)
      if (token.text.replace(/[.]$/, '').length === 1 ? words.prepositions.has(beforeWord) || near : near || words.prepositions.has(beforeWord)) {
        return name
      }
    }
    if (words.interviews.has(token.lower)) {
      const named = nameBefore(sentence, i, words) ?? nameAfter(doc, sentence, i, words)
      if (named) return named
    }
    if (words.broadcast.has(lower)) {
      const broadcaster = broadcasterAfter(doc, sentence, i, words)
      if (broadcaster) return broadcaster
    }
  }
  return undefined
}

/** Does a verb cue end at this token? */
function cueEndingAt(sentence: Sentence, index: number): boolean {
  const cue = sentence.cues[rangeAt(sentence.cues, index)]
  return cue !== undefined && cue.last === index && cue.role === 'verb'
}

/**
 * `said on CNN's "State of the Union"`, `appearing on MSNBC`, `on Fox News
 * Sunday`: after a verb of saying, `on` and a broadcaster — an acronym, or
 * capitalised words with a word for an outlet (`News`).
 */
function broadcasterAfter(doc: Doc, sentence: Sentence, on: number, words: ChannelWords): string | undefined {
  const before = skipSpaceBack(sentence, on - 1)
  const spoken = cueEndingAt(sentence, before) || words.onAir.has(sentence.tokens[before]?.lower ?? '')
  if (!spoken) return undefined
  const first = skipSpace(sentence, on + 1)
  let last = -1
  for (let i = first; i < sentence.tokens.length && sentence.tokens[i]!.type === 'word' && capitalStart.test(sentence.tokens[i]!.text); i = skipSpace(sentence, i + 1)) last = i
  if (last === -1) return undefined
  const name = textOf(sentence, first, last).replace(/['’]s$/, '')
  // (An acronym before a noun is a topic: `said on NATO expansion`.)
  const after = sentence.tokens[skipSpace(sentence, last + 1)]
  const ends = after === undefined || after.type !== 'word' || words.afterName.has(after.lower)
  const acronym = first === last && ends && /^[A-Z]{2,6}(?:['’]s)?$/.test(sentence.tokens[first]!.text)
  const media = doc.pack.lexicon.media
  const outlet = !acronym && [...Array(last - first + 1).keys()].some((k) => media.includes(sentence.tokens[first + k]!.lower))
  return acronym || outlet ? name : undefined
}

const channelMaps = new WeakMap<Doc['pack']['lexicon'], Map<string, string>>()

/** The channels of a language, as a map (made once; `constructor` is no channel). */
function channelsOf(doc: Doc): Map<string, string> {
  let map = channelMaps.get(doc.pack.lexicon)
  if (!map) {
    map = new Map(Object.entries(doc.pack.lexicon.channels))
    channelMaps.set(doc.pack.lexicon, map)
  }
  return map
}

const firstWordSets = new WeakMap<Doc['pack']['lexicon'], Set<string>>()

/** First words of the channels named in two words (`truth` of `truth social`), made once. */
function firstWordsOf(doc: Doc): Set<string> {
  let set = firstWordSets.get(doc.pack.lexicon)
  if (!set) {
    set = new Set(Object.keys(doc.pack.lexicon.channels).filter((key) => key.includes(' ')).map((key) => key.split(' ')[0]!))
    firstWordSets.set(doc.pack.lexicon, set)
  }
  return set
}

const nounSets = new WeakMap<Doc['pack']['lexicon'], Set<string>>()

/** The channel nouns of a language, as a set (made once). */
function channelNounsOf(doc: Doc): Set<string> {
  let set = nounSets.get(doc.pack.lexicon)
  if (!set) {
    set = new Set(doc.pack.lexicon.channelNouns)
    nounSets.set(doc.pack.lexicon, set)
  }
  return set
}

/** A channel noun (`соцсети`, `account`) among the three words before. */
function channelContext(doc: Doc, sentence: Sentence, index: number, nouns: Set<string>): boolean {
  let words = 0
  for (let i = index - 1; i >= 0 && words < 3; i--) {
    const token = sentence.tokens[i]!
    if (token.type !== 'word') continue
    words++
    if (nouns.has(token.lower) || nouns.has(doc.pack.nounLemma(token.text))) return true
  }
  return false
}

/** `a Bloomberg interview`, `in a Fox News interview`: capitalised words right before the noun, after an article. */
function nameBefore(sentence: Sentence, index: number, words: ChannelWords): string | undefined {
  let first = -1
  let i = skipSpaceBack(sentence, index - 1)
  while (i >= 0 && sentence.tokens[i]!.type === 'word' && /^[A-Z]/.test(sentence.tokens[i]!.text)) {
    first = i
    i = skipSpaceBack(sentence, i - 1)
  }
  if (first === -1 || i < 0 || !words.articles.has(sentence.tokens[i]!.lower)) return undefined
  return textOf(sentence, first, skipSpaceBack(sentence, index - 1))
}

/** The name after `интервью` / `interview with`: a capitalised or quoted run within three tokens. */
function nameAfter(doc: Doc, sentence: Sentence, index: number, words: ChannelWords): string | undefined {
  let i = skipSpace(sentence, index + 1)
  let skipped = 0
  // (English names the channel after a preposition: `in an interview with CNN`, not `interview Trump declared`.)
  let linked = words.linkers.size === 0
  while (i < sentence.tokens.length && skipped < 3) {
    const token = sentence.tokens[i]!
    // `в эфире телеканала «Россия 1»`: a quoted name whole.
    if (/^[«"“]$/.test(token.text)) {
      for (let j = i + 1; j < sentence.tokens.length && j < i + 12; j++) {
        // (In the nominative: `в разговоре с «Медузой»` → `Медуза`.)
        if (/^[»"”]$/.test(sentence.tokens[j]!.text)) return j > i + 1 ? (doc.pack.nameAlone?.(sentence, i + 1, j - 1) ?? textOf(sentence, i + 1, j - 1).trim()) : undefined
      }
    }
    if (token.type === 'word' && /^[A-ZА-ЯЁ]/.test(token.text)) {
      if (!linked || words.notNames.has(token.text.replace(/[.]$/, ''))) return undefined
      let last = i
      let j = skipSpace(sentence, i + 1)
      while (j < sentence.tokens.length && sentence.tokens[j]!.type === 'word' && /^[A-ZА-ЯЁ]/.test(sentence.tokens[j]!.text)) {
        last = j
        j = skipSpace(sentence, j + 1)
      }
      // (In the nominative too: `в разговоре с Газетой.Ru` → `Газета.Ru`.)
      return doc.pack.nameAlone?.(sentence, i, last) ?? textOf(sentence, i, last).replace(/[.,]$/, '')
    }
    if (token.type === 'word' && !words.between.has(token.lower)) return undefined
    if (words.linkers.has(token.lower)) linked = true
    if (token.type === 'word' || /^[«"“]$/.test(token.text)) skipped++
    else if (token.type !== 'whitespace') return undefined
    i = skipSpace(sentence, i + 1)
  }
  return undefined
}
