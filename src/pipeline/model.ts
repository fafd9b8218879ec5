/**
 * The working model the stages share: the parsed text flattened into
 * sentences of tokens with offsets, plus what each stage adds. Plain typed
 * objects; zod only guards the edges.
 */
import type {Sentence as SentenceNode} from 'nlcst'
import type {Flag, Language, Mode, SourceKind} from '../schema.js'
import type {LanguagePack} from '../languages/pack.js'

/** One leaf of a sentence: a word, punctuation mark, symbol or space. */
export interface Token {
  /** Position in `sentence.tokens`. */
  index: number
  text: string
  /** Lower case of `text`. */
  lower: string
  /** UTF-16 offsets into the input, end exclusive. */
  start: number
  end: number
  type: 'word' | 'punctuation' | 'symbol' | 'whitespace'
  /** Index in `doc.quotes` of the innermost quote holding this token, or -1. */
  quote: number
}

/** A quotation: from its opening mark to its closing mark. */
export interface Quote {
  index: number
  /** Character offsets of the opening mark and just after the closing mark (or paragraph end). */
  start: number
  end: number
  /** Sentence and token of the opening and closing marks; `close` is undefined when unpaired. */
  open: {sentence: number; token: number}
  close: {sentence: number; token: number} | undefined
  /** Words inside. */
  words: number
  /** Long enough, or spanning sentences: reported speech rather than a title or a scare quote. */
  speech: boolean
  /** Enclosing quote, or -1. */
  parent: number
  /** The outermost quote around it (itself when it has no parent). */
  root: number
  /** The speaker, once found (index into `doc.links` of the chain that says it). */
  attribution: Attribution | undefined
}

/** The role a cue gives the phrase it introduces. */
export type CueRole =
  /** A verb of saying, writing, thinking or denying: its subject is the source. */
  | 'verb'
  /** A passive or impersonal verb (`отмечается`, `it was reported`): the source, if any, is a place (`в документах`). */
  | 'passive'
  /** A frame whose object is the source and which stands outside the claim (`по данным X`, `according to X`). */
  | 'according'
  /** A frame whose object is a source one hop further in (`со ссылкой на Y`, `citing Y`). */
  | 'citing'
  /** An adverb that reports without a source (`reportedly`, `якобы` is a hedge only). */
  | 'adverb'

/** A reporting expression found in a sentence. */
export interface Cue {
  sentence: number
  /** Token range [first, last] of the whole expression. */
  first: number
  last: number
  role: CueRole
  /** Lemma of the verb, or the frame's words. */
  lemma: string
  denial: boolean
  /** The cue points back at earlier sentences (`Об этом сообщает X`, `X reported this`). */
  backward: boolean
  /** The source phrase, once found. */
  source: Phrase | undefined
  /** The cue reports what follows it (`заявил, что`, `said:`); false when it follows its content (`…, — сказал X`). */
  forward: boolean
  /** A noun of speech whose owner is the source (`the mayor’s remarks`). */
  noun: boolean
  /** A verb learnt from annotated news, not one of saying (see `VerbReading.learnt`). */
  learnt: boolean
  /** A stance taken, no words (see `VerbReading.stance`). */
  stance: boolean
}

/** A noun phrase that names a source. */
export interface Phrase {
  sentence: number
  /** Token range [first, last]. */
  first: number
  last: number
  kind: SourceKind
  /** Canonical name: nominative, inflections merged. */
  name: string
  /** Identity for merging mentions (`вязов`, `evening courier`). */
  key: string
  /** The phrase stands for something named before (`издание`, `he`, `те же материалы`). */
  anaphor: 'person' | 'media' | 'document' | 'organization' | 'any' | undefined
  /** Grammatical gender of a pronoun or title, when known, to pick the right antecedent. */
  gender: 'masc' | 'femn' | undefined
  /** Where the source said it (`X`, `Telegram`, `CNN`). */
  channel: string | undefined
  /** The phrase holds a proper name (a person, outlet or body named on record). */
  named: boolean
  /** A relative pronoun for its antecedent (`Cruz, who has seen …, challenged`): its verb heads no main clause. */
  relative?: boolean
  /** The title or noun an anaphor is headed by (`the mayor`, `the memo`, `в суде`): its antecedent should bear it, not another one. */
  title?: string
  /** Resolve only to someone named with the title (`отметил министр`): with no article, a bare title may be someone new. */
  titleOnly?: boolean
  /** Resolve only to someone named in this sentence or the one before (`— пояснил эксперт` after `Юрист Иван Петров`), else someone new. */
  near?: boolean
  /** The outlet it told (`рассказал ТАСС`, `told CNN`): its channel, and an outlet later words may point back to (`агентство`). */
  told?: Phrase
  /** Who stands outside it, named with it: the outlet an unnamed source spoke to (`источник РБК`), a document's author (`обращение Немцова`). */
  outer?: Phrase
  /**
   * The last token of the mention as shown, past the phrase: a description set
   * off after a name (`said Ann Lee, a pollster in Ohio.`). Only the phrase names the source.
   */
  shownTo?: number
  /** The kind is a guess from the verb alone (`Jones wrote`: an outlet), which a person named so before overrides. */
  kindGuessed?: boolean
  /** A one-word name read as a person for want of anything else (`Apple said`): a company when the text goes on to call it one. */
  bare?: boolean
  /** A business's noun pointing back (`the company`): to a body known by a proper name only, or a bare name. */
  business?: boolean
  /** The outlet that passes this speaker's words on, for this mention only (`ТАСС приводит слова Пескова`). */
  through?: Phrase
  /** The first token of the mention as shown, before the phrase: the share it is of (`a majority of Republicans`, `nine in 10 voters`). */
  shownFrom?: number
}

/** The last token of a phrase as its mention shows it, description included. */
export function shownEnd(phrase: Phrase): number {
  return phrase.shownTo ?? phrase.last
}

/**
 * A named body that asks, quotes or passes words on is an outlet
 * (`приводит слова Пескова «Интерфакс»`, `Xinhua quoted Xi as saying`).
 *
 * @param phrase The one who asked or quoted.
 * @returns The phrase, as an outlet when it is a named body.
 */
export function asOutlet(phrase: Phrase): Phrase {
  return phrase.kind === 'organization' && phrase.named ? {...phrase, kind: 'media'} : phrase
}

/**
 * Note the outlet a source told (`рассказал ТАСС`, `told CNN`): its channel, and
 * an outlet later words may point back to.
 *
 * @param phrase The source.
 * @param outlet The outlet it told.
 */
export function tellTo(phrase: Phrase, outlet: Phrase): void {
  phrase.channel = outlet.name
  phrase.told = {...outlet, kind: 'media'}
}

/** The first token of a phrase as its mention shows it, share included. */
export function shownStart(phrase: Phrase): number {
  return phrase.shownFrom ?? phrase.first
}

/** A person named in the text (a source or not), as an antecedent for pronouns. */
export interface Person {
  name: string
  key: string
  gender: 'masc' | 'femn' | undefined
  /** Offsets of the name in the input. */
  start: number
  end: number
}

/** A source as the document knows it: all mentions of one entity. */
export interface Entity {
  id: number
  name: string
  key: string
  kind: SourceKind
  /** Mentions, in order: sentence and character span. */
  mentions: Array<{sentence: number; start: number; end: number}>
  /** The chain it was first reported through (`документы` reported by the Courier), without itself. */
  via: Entity[]
  gender: 'masc' | 'femn' | undefined
  /** Named on record at least once. */
  named: boolean
  /** Known only by a one-word name read as a person's (see `Phrase.bare`). */
  bare?: boolean
}

/** A link of a chain: an entity, the mention that put it there, and where it spoke. */
export interface Link {
  entity: Entity
  mention: {start: number; end: number} | undefined
  channel: string | undefined
}

/** The attribution of one sentence, before it is exported. */
export interface Attribution {
  chain: Link[]
  cue: Cue | undefined
  mode: Mode
  flags: Set<Flag>
  score: number
  level: 'high' | 'medium' | 'low'
  reasons: string[]
}

/** A sentence and what the stages found in it. */
export interface Sentence {
  index: number
  node: SentenceNode
  paragraph: number
  start: number
  end: number
  text: string
  tokens: Token[]
  /** Number of word tokens. */
  words: number
  /** Ends with terminal punctuation (`.`, `!`, `?`, `…`, `:`), perhaps before closing quotes or brackets. */
  terminal: boolean
  /** Share of its letters inside speech quotes. */
  quoted: number
  /** The speech quote covering most of it, or -1. */
  quote: number
  cues: Cue[]
  attribution: Attribution | undefined
  /** The language pack's reading of each token, filled on demand (kept here: a lookup by sentence costs more than the reading). */
  readings: unknown[] | undefined
  /**
   * Words the document writes with a capital inside a sentence, in lower case (one set for the
   * whole document): such a word opening a sentence is a name as well (`Трамп заявил`).
   */
  capitals: ReadonlySet<string>
}

/** The whole text as the stages see it. */
export interface Doc {
  text: string
  language: Language
  pack: LanguagePack
  publisher: string | undefined
  sentences: Sentence[]
  quotes: Quote[]
  entities: Entity[]
}

/** Is this token a word? */
export function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.type === 'word'
}

/**
 * Index of the next token that is not white space.
 *
 * @param sentence The sentence.
 * @param index Where to start looking (inclusive).
 * @returns The index, or `sentence.tokens.length` when none is left.
 */
export function skipSpace(sentence: Sentence, index: number): number {
  let i = index
  while (i < sentence.tokens.length && sentence.tokens[i]!.type === 'whitespace') i++
  return i
}

/**
 * Index of the previous token that is not white space.
 *
 * @param sentence The sentence.
 * @param index Where to start looking (inclusive).
 * @returns The index, or -1 when none is left.
 */
export function skipSpaceBack(sentence: Sentence, index: number): number {
  let i = index
  while (i >= 0 && sentence.tokens[i]!.type === 'whitespace') i--
  return i
}

/**
 * Text of a token range, as in the input.
 *
 * @param sentence The sentence.
 * @param first First token.
 * @param last Last token (inclusive).
 * @returns The text between them.
 */
export function textOf(sentence: Sentence, first: number, last: number): string {
  let value = ''
  for (let i = first; i <= last; i++) value += sentence.tokens[i]!.text
  return value
}

/** A word that starts with a capital letter, of any script (a constant: the build turns such literals into constructor calls). */
export const capitalStart = /^\p{Lu}/u

/**
 * Index of the item holding a token in a list of token ranges kept in order
 * and apart (a sentence's cues, its chunks), by binary search.
 *
 * @param list Ranges `[first, last]`, in order, not overlapping.
 * @param token A token index.
 * @returns The index of the range holding it, or -1.
 */
export function rangeAt(list: ReadonlyArray<{first: number; last: number}>, token: number): number {
  let low = 0
  let high = list.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const range = list[middle]!
    if (range.last < token) low = middle + 1
    else if (range.first > token) high = middle - 1
    else return middle
  }
  return -1
}

/**
 * Index of a cue in its sentence's list (cues are kept in token order).
 *
 * @param sentence The sentence.
 * @param cue One of its cues.
 * @returns The index, or -1.
 */
export function cueIndex(sentence: Sentence, cue: Cue): number {
  const at = rangeAt(sentence.cues, cue.first)
  return sentence.cues[at] === cue ? at : sentence.cues.indexOf(cue)
}

/**
 * How many items open a list in text order and pass a test that holds up to
 * some point and not after it (`start < at`): a binary search.
 *
 * @param list The items, in text order.
 * @param passes The test.
 * @returns The number of leading items that pass.
 */
export function countWhile<T>(list: readonly T[], passes: (item: T) => boolean): number {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (passes(list[middle]!)) low = middle + 1
    else high = middle
  }
  return low
}
