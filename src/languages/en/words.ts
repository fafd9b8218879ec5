/**
 * Word classes of English tokens: closed classes from short lists, verbs and
 * adverbs from the derived lexicon, everything else nominal. Capitals mark
 * names except at the start of a sentence.
 */
import type {Sentence, Token} from '../../pipeline/model.js'
import {skipSpace, skipSpaceBack} from '../../pipeline/model.js'
import {adverbs, commonWords, coreVerbs, lexicon, otherVerbs, presentOnly, singulars, verbForms} from './lexicon.js'
import {wordReader} from '../shared.js'

/** Classes a token can have. */
export type EnClass = 'det' | 'pron' | 'rel' | 'prep' | 'conj' | 'aux' | 'adv' | 'verb' | 'num' | 'nominal'

const determiners = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'many',
  'several', 'few', 'all', 'both', 'each', 'every', 'another', 'other', 'no', 'any', 'most', 'such', 'one', 'two', 'three',
  'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'millions', 'more', 'fewer',
  // (Never anyone's name: `None has offered`, `Whichever view`, `Whoever opens the borders`.)
  'none', 'whichever', 'whatever', 'whoever'
])
const pronouns = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'himself', 'herself', 'themselves', 'itself', 'everyone', 'everybody', 'nobody', 'no-one', 'anyone', 'anybody'])
const relatives = new Set(['who', 'which', 'whom', 'whose'])
const prepositions = new Set([
  'of', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'to', 'about', 'after', 'before', 'during', 'under', 'over', 'into',
  'through', 'against', 'among', 'between', 'since', 'without', 'within', 'like', 'than', 'per', 'via', 'across', 'along',
  'around', 'behind', 'beyond', 'besides', 'despite', 'except', 'inside', 'near', 'off', 'onto', 'outside', 'past', 'toward',
  'towards', 'upon', 'amid', 'following', 'regarding', 'including', 'up', 'down', 'out'
])
const conjunctions = new Set(['and', 'or', 'but', 'that', 'if', 'because', 'when', 'while', 'although', 'though', 'as', 'so', 'whether', 'nor', 'yet', 'unless', 'until', 'whereas', 'where', 'why', 'how', 'what', 'then', 'once'])
const auxiliaries = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did', 'will',
  'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'not', "n't", 'never', "'s", "’s", 'also', 'later',
  'previously', 'recently', 'repeatedly', 'again', 'still', 'already', 'often', 'once', 'earlier', 'just', 'even',
  'then', 'now', 'too', 'first', 'further', 'separately', 'privately', 'publicly', 'reportedly', 'allegedly', "didn't",
  "doesn't", "don't", "won't", "wouldn't", "hasn't", "haven't", "isn't", "wasn't", "weren't", "couldn't", "hadn't",
  'didn’t', 'doesn’t', 'don’t', 'won’t', 'wouldn’t', 'hasn’t', 'haven’t', 'isn’t', 'wasn’t', 'weren’t', 'couldn’t', 'hadn’t'
])
/** Adverbs of place, which stand after a subject (`Polls there show`). */
/** Forms of `be`, which make a participle after them passive (`was reported by`). */
export const beForms = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being'])
/** Verbs of speech after `as` that make a quotation (`quoted Xi as saying`). */
export const asSayingForms = new Set(['saying', 'telling', 'writing', 'stating'])
export const places = new Set(['here', 'there', 'nationally', 'locally', 'abroad', 'overseas', 'nationwide', 'statewide'])
/** The days of the week, as the time words of the stages spell them. */
export const weekDays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
/** Words of time that stand between a verb and its inverted subject (`said Tuesday`). */
export const timeWords = new Set([
  ...weekDays, 'today', 'yesterday', 'tonight',
  'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'last', 'week', 'month', 'year', 'earlier', 'later', 'recently',
  'on', 'this', 'in', 'a', 'statement', 'interview'
])

/** What the pipeline asks of an English word. */
export interface EnWord {
  token: Token
  lower: string
  class: EnClass
  /** Capitalised (or all capitals) away from the sentence start. */
  proper: boolean
  capitalized: boolean
  initial: boolean
  /** A reporting verb form of the lexicon (`said`), with its lemma. */
  cue: string | undefined
}

/**
 * Read the word at a token of a sentence (once per sentence and token).
 *
 * @param sentence The sentence.
 * @param index A token index.
 * @returns Its classes, or undefined when the token is not a word.
 */
export const wordAt = wordReader<EnWord>((token, sentence, initial) => {
  const w = read(token, initial || isTitleCase(sentence), sentence.capitals.has(token.lower))
  // `They have both argued`, `the ministers all urged`: a quantifier after its noun stands like an adverb.
  if (w.class === 'det' && floating(sentence, token.index)) return {...w, class: 'adv'}
  // `press secretary Karen Hill`: a title word before another title or a name is part of it.
  if (w.class === 'verb' && titleWords.has(w.lower)) {
    const next = nextWord(sentence, token.index, 1)
    if (next && (titleWords.has(next.lower) || /^[A-Z]/.test(next.text))) return {...w, class: 'nominal', cue: undefined}
  }
  // `according to press reports`: what the frame takes is a noun phrase.
  if (w.class === 'verb' && !otherVerbs.has(w.lower)) {
    const one = nextWord(sentence, token.index, -1)
    const two = one ? nextWord(sentence, one.index, -1) : undefined
    const three = two ? nextWord(sentence, two.index, -1) : undefined
    if ((one?.lower === 'to' && two?.lower === 'according') || (two?.lower === 'to' && three?.lower === 'according')) return {...w, class: 'nominal', cue: undefined}
  }
  // `state media`, `Hungarian state radio`: the state's outlets.
  if (w.class === 'verb' && w.lower === 'state') {
    const next = nextWord(sentence, token.index, 1)
    if (next && mediaWords.has(next.lower)) return {...w, class: 'nominal', cue: undefined}
  }
  // `people briefed on the talks`, `officials involved in`: an unnamed source's participle, after its noun and before its preposition.
  if (w.class === 'verb' && unnamedWords.has(w.lower)) {
    const next = nextWord(sentence, token.index, 1)
    const before = nextWord(sentence, token.index, -1)
    if (next && prepositions.has(next.lower) && before && read(before, false).class === 'nominal') return {...w, class: 'nominal', cue: undefined}
  }
  // `have long argued`, `has since said`: after an auxiliary, `long` is how long and `since` is since then.
  if ((w.lower === 'long' && w.class === 'nominal') || w.lower === 'since') {
    const before = nextWord(sentence, token.index, -1)
    if (before && read(before, false).class === 'aux') return {...w, class: 'adv'}
  }
  // `Several said`, `Many believe`: a quantifier standing for people, as a noun would.
  if (w.class === 'det' && standsAlone(sentence, token.index)) return {...w, class: 'nominal'}
  // `the talks`, `Clinton’s claims`: after a determiner or a possessive a verb form is a noun.
  // (Over nouns only for a bare form: `a ministry report`; `a poll shows` has its verb.)
  // (`Some analysts doubt`: after a plural noun a bare form agrees with it as its verb.)
  // (A past form is no bare one: `The newspaper quoted`.)
  const overNouns = !otherVerbs.has(w.lower) && !/[^s]s$/.test(w.lower) && !w.lower.endsWith('ed') && !afterPlural(sentence, token.index)
  if (w.class === 'verb' && afterDeterminer(sentence, token.index, overNouns)) return {...w, class: 'nominal', cue: undefined}
  // `The Pentagon report said`: a form as often a noun, right before a reporting verb form, is its subject.
  if (w.class === 'verb' && !otherVerbs.has(w.lower)) {
    // (Over adverbs: `Other refugee advocates also said`.)
    let next = nextWord(sentence, token.index, 1)
    for (let hops = 0; next && hops < 2 && (read(next, false).class === 'adv' || read(next, false).class === 'aux'); hops++) next = nextWord(sentence, next.index, 1)
    if (next && otherVerbs.has(next.lower) && verbForms.has(next.lower)) return {...w, class: 'nominal', cue: undefined}
    // `Documents obtained by X show`: a plural opening the sentence, before a clear verb, is its subject.
    if (initial && singulars.has(w.lower) && next && otherVerbs.has(next.lower)) return {...w, class: 'nominal', cue: undefined}
  }
  return w
}, /^[“"‘'(—–\-]$/)

/**
 * A determiner or possessive just before — or, for forms as often nouns as
 * verbs, over a noun or two (`a ministry report`, but `the senator told`).
 */
function afterDeterminer(sentence: Sentence, index: number, overNouns: boolean): boolean {
  let words = 0
  let sawNumber = false
  let sawCapital = false
  for (let i = index - 1; i >= 0 && words < (overNouns ? 3 : 1); i--) {
    const token = sentence.tokens[i]!
    if (token.type === 'whitespace') continue
    if (token.type !== 'word') return false
    const lower = token.lower.replace(/’/g, "'")
    // (`that` is a conjunction as often, but not before a number: `that 2013 report`.)
    const determiner = determiners.has(lower) && (lower !== 'that' || sawNumber) && !floating(sentence, i) && !standsAlone(sentence, i)
    // (Over a capitalised word only after `a`: `a Democratic challenge`, but `the Post reported`.)
    // (A bare form over a capital, too: `the Russian position`; `the Post reported` has its verb.)
    if (determiner) return !sawCapital || lower === 'a' || lower === 'an' || (overNouns && presentOnly.has(sentence.tokens[index]!.lower))
    if (/'s$/.test(lower) && !contractedPronoun(token)) return !sawCapital
    // Only plain nouns may stand between (read without context, so no recursion), or forms as
    // often nouns as verbs (`a press release`).
    const between = read(token, false)
    // (And an adverb of the capitalised word after it: `a heavily Democratic state`.)
    const modifier =
      between.class === 'nominal' || between.class === 'num' || ordinals.has(between.lower) || (between.class === 'verb' && !otherVerbs.has(between.lower)) || (between.class === 'adv' && sawCapital)
    if (!modifier) return false
    if (/^[A-Z]/.test(token.text)) sawCapital = true
    if (between.class === 'num') sawNumber = true
    words++
  }
  return false
}

/** Is the word just before a plural noun (`analysts`)? */
function afterPlural(sentence: Sentence, index: number): boolean {
  const before = nextWord(sentence, index, -1)
  if (before === undefined || !singulars.has(before.lower)) return false
  // (A plural that may be a verb as well counts: `The reports show`.)
  const reading = read(before, false)
  return reading.class === 'nominal' || (reading.class === 'verb' && !otherVerbs.has(reading.lower))
}

/** Ordinals, which stand between a determiner and its noun (`the first protests`). */
const ordinals = new Set(['first', 'second', 'third', 'last', 'next', 'final', 'latest', 'previous'])
const floaters = new Set(['all', 'both', 'each'])
const titleWords = new Set(lexicon.titles)
const mediaWords = new Set(lexicon.media)

/**
 * `all`, `both`, `each` after a subject or an auxiliary and before a verb form
 * (`have both argued`), not opening a noun phrase (`both candidates`).
 */
function floating(sentence: Sentence, index: number): boolean {
  if (!floaters.has(sentence.tokens[index]!.lower)) return false
  const next = nextWord(sentence, index, 1)
  if (!next) return false
  const after = read(next, false)
  if (after.class !== 'verb' && after.class !== 'aux') return false
  // (After a name's bracket too: `Bob Goodlatte (R-Va.) both condemned`.)
  const mark = sentence.tokens[index - 1]?.type === 'whitespace' ? sentence.tokens[index - 2] : sentence.tokens[index - 1]
  if (mark?.text === ')') return true
  const before = nextWord(sentence, index, -1)
  if (!before) return false
  const prior = read(before, false)
  return prior.class === 'aux' || prior.class === 'pron' || prior.class === 'nominal'
}

const alone = new Set(['many', 'some', 'several', 'most', 'few', 'both', 'all', 'each'])
/** Numbers written as words. */
export const numbers = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'])

/**
 * `many`, `some`, `several` opening a clause, or a number (`Two said`, `one
 * in five say`), right before a word that is nearly always a verb; or opening
 * the sentence before a reporting verb not in the singular (`Both think`).
 */
function standsAlone(sentence: Sentence, index: number): boolean {
  const lower = sentence.tokens[index]!.lower
  if (!alone.has(lower) && !numbers.has(lower)) return false
  const next = nextWord(sentence, index, 1)
  if (!next) return false
  const form = next.lower.replace(/’/g, "'")
  const before = nextWord(sentence, index, -1)
  // (Opening the sentence, before a reporting verb too: `Both think …`, `Most believe …`.)
  // (Not a compound noun it starts, `Some state officials`, nor `All told,`.)
  const after = nextWord(sentence, next.index, 1)
  const comma = sentence.tokens[skipSpace(sentence, next.index + 1)]?.text === ','
  if (sentence.tokens[skipSpaceBack(sentence, index - 1)] === undefined && coreVerbs.has(verbForms.get(form) ?? '') && !/s$/.test(form) && !comma && !(after && singulars.has(after.lower))) return true
  if (!otherVerbs.has(form) || comma) return false
  if (!before) return true
  const prior = read(before, false)
  return prior.class === 'conj' || (numbers.has(lower) && (before.lower === 'in' || before.lower === 'of'))
}

/** The word token next to an index in a direction, over spaces only. */
function nextWord(sentence: Sentence, index: number, step: 1 | -1): Token | undefined {
  for (let i = index + step; i >= 0 && i < sentence.tokens.length; i += step) {
    const token = sentence.tokens[i]!
    if (token.type === 'whitespace') continue
    return token.type === 'word' ? token : undefined
  }
  return undefined
}

const unnamedWords = new Set(lexicon.unnamed)
/** Sentence adverbs set off by commas (`Democrats, however, said`). */
const connectives = new Set(['however', 'meanwhile', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'though', 'instead', 'therefore', 'thus', 'likewise', 'otherwise', 'indeed', 'too'])
const contraction = /^([a-z]+)'(?:s|re|m|ve|ll|d)$/
const modals = new Set(['will', 'may', 'can', 'should', 'must', 'might'])

/**
 * Is the word a pronoun with a contracted auxiliary (`he's`, `they're`)?
 *
 * @param token A word token.
 * @returns Whether it is.
 */
export function contractedPronoun(token: Token): boolean {
  const match = contraction.exec(token.lower.replace(/’/g, "'"))
  return match !== null && (pronouns.has(match[1]!) || relatives.has(match[1]!))
}

const titleCase = new WeakMap<Sentence, boolean>()

/** `Bernie Sanders Says He’s Already Started`: in a title-case headline capitals say nothing. */
function isTitleCase(sentence: Sentence): boolean {
  let known = titleCase.get(sentence)
  if (known === undefined) {
    let words = 0
    let capitals = 0
    for (const token of sentence.tokens) {
      if (token.type !== 'word') continue
      const code = token.text.charCodeAt(0)
      // (ASCII letters without making strings: most words.)
      if (code >= 97 && code <= 122) {
        words++
        continue
      }
      if (code >= 65 && code <= 90) {
        words++
        capitals++
        continue
      }
      const first = token.text[0]!
      const lower = token.lower[0]!
      // A letter is what has two cases; a capital is its upper one.
      if (lower === first.toUpperCase()) continue
      words++
      if (first !== lower) capitals++
    }
    known = words >= 4 && capitals >= words * 0.8
    titleCase.set(sentence, known)
  }
  return known
}

/**
 * An adverb made of a common word (`Eagerly`, `Happily`, `Notably`), which a capital at the
 * sentence's start does not make a name (`Kelly`, `Reilly` are made of none).
 */
function commonAdverb(lower: string): boolean {
  if (lower.length <= 5 || !lower.endsWith('ly')) return false
  return commonWords.has(lower.slice(0, -2)) || commonWords.has(`${lower.slice(0, -3)}y`) || commonWords.has(`${lower.slice(0, -1)}e`)
}

/**
 * Read a word without context.
 *
 * @param token The word.
 * @param initial Whether it opens its sentence (or stands in a title-case headline).
 * @param named Whether the text writes it with a capital inside a sentence somewhere (a name: `Early said`).
 */
function read(token: Token, initial: boolean, named = false): EnWord {
  const full = token.lower.replace(/’/g, "'")
  const capitalized = /^[A-Z]/.test(token.text)
  // `he's`, `they're`, `she'll`: a pronoun with its auxiliary; the pronoun is what a source needs.
  const contracted = contraction.exec(full)
  const lower = contracted && (pronouns.has(contracted[1]!) || relatives.has(contracted[1]!)) ? contracted[1]! : full
  const cue = verbForms.get(lower)
  let wordClass: EnClass = 'nominal'
  if (determiners.has(lower)) wordClass = 'det'
  else if (pronouns.has(lower)) wordClass = 'pron'
  else if (relatives.has(lower)) wordClass = 'rel'
  // (`Will Doyle`, `May Chen`: a capital inside a sentence makes a name of a modal.)
  else if ((auxiliaries.has(lower) || auxiliaries.has(token.lower)) && !(capitalized && !initial && modals.has(lower))) wordClass = 'aux'
  else if (prepositions.has(lower)) wordClass = 'prep'
  else if (conjunctions.has(lower)) wordClass = 'conj'
  else if (/^[\d.,%$]+$/.test(lower)) wordClass = 'num'
  else if (!capitalized || initial) {
    if (cue !== undefined || otherVerbs.has(lower)) wordClass = 'verb'
    else if (adverbs.has(lower) || connectives.has(lower) || places.has(lower) || (lower.length > 4 && lower.endsWith('ly') && !capitalized)) wordClass = 'adv'
    // (`Eagerly anticipated, …`: opening the sentence.)
    else if (capitalized && initial && !named && commonAdverb(lower)) wordClass = 'adv'
  }
  const proper = capitalized && !initial && wordClass === 'nominal'
  // A capital at the start is a name when the word is no common word we know.
  const properInitial = capitalized && initial && wordClass === 'nominal' && !commonWords.has(lower)
  return {token, lower, class: wordClass, proper: proper || properInitial, capitalized, initial, cue: wordClass === 'verb' || capitalized ? cue : undefined}
}

const possessiveDeterminers = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your'])
/** Words between a possessive and its noun of speech that say when or whose (`his recent comments`, `her own words`). */
const ownersModifiers = new Set(['recent', 'latest', 'earlier', 'previous', 'initial', 'first', 'last', 'new', 'own', 'public', 'private', 'repeated', 'latter', 'former', 'original', 'final', 'written'])

/**
 * The possessive that owns a noun, right before it or over a few modifiers
 * (`Trump's remarks`, `his recent comments`, `Mr. Comey's most surprising suggestion`).
 *
 * @param sentence The sentence.
 * @param noun The noun's token index.
 * @returns The possessive's token index, or -1.
 */
export function possessiveBefore(sentence: Sentence, noun: number): number {
  let i = skipSpaceBack(sentence, noun - 1)
  for (let modifiers = 0; i >= 0; modifiers++) {
    const token = sentence.tokens[i]!
    if (token.type !== 'word') return -1
    if (possessiveDeterminers.has(token.lower) || (/['’]s$/.test(token.lower) && !contractedPronoun(token))) return i
    const w = wordAt(sentence, i)
    // (Only an adverb or a word of when or whose: `campaign account` is no account given.)
    if (modifiers >= 2 || !w || w.capitalized || !(w.class === 'adv' || ownersModifiers.has(w.lower))) return -1
    i = skipSpaceBack(sentence, i - 1)
  }
  return -1
}
