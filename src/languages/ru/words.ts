/**
 * Word classes of Russian tokens, read from the morphology, with the few
 * corrections news text needs (capitalised names before common nouns,
 * closed-class words the dictionary reads too freely).
 */
import type {Token} from '../../pipeline/model.js'
import {wordReader} from '../shared.js'
import {analyze, type RuParse} from './morphology.js'
import {lexicon} from './lexicon.js'

/** Closed-class words whose first reading in the dictionary misleads (`тем` is not `тьма` here). */
const closed: Record<string, string> = {
  'тем': 'Apro', 'те': 'Apro', 'тех': 'Apro', 'теми': 'Apro', 'того': 'Apro', 'том': 'Apro', 'той': 'Apro',
  'это': 'NPRO', 'этом': 'NPRO', 'этого': 'NPRO', 'чем': 'NPRO', 'чего': 'NPRO', 'что': 'CONJ', 'как': 'CONJ',
  'же': 'PRCL', 'и': 'CONJ', 'а': 'CONJ', 'но': 'CONJ', 'или': 'CONJ', 'также': 'PRCL', 'тоже': 'PRCL',
  'уже': 'PRCL', 'еще': 'PRCL', 'ещё': 'PRCL', 'ранее': 'ADVB', 'днем': 'ADVB', 'днём': 'ADVB',
  'вечером': 'ADVB', 'утром': 'ADVB', 'ночью': 'ADVB', 'сейчас': 'ADVB', 'теперь': 'ADVB', 'вчера': 'ADVB',
  'сегодня': 'ADVB', 'позже': 'ADVB', 'затем': 'ADVB', 'потом': 'ADVB', 'вновь': 'ADVB', 'снова': 'ADVB',
  'так': 'ADVB', 'тогда': 'ADVB', 'там': 'ADVB', 'здесь': 'ADVB', 'между': 'PREP', 'кроме': 'PREP',
  'согласно': 'PREP', 'со': 'PREP', 'об': 'PREP', 'обо': 'PREP', 'ко': 'PREP', 'во': 'PREP', 'ли': 'PRCL',
  'не': 'PRCL', 'ни': 'PRCL', 'бы': 'PRCL', 'лишь': 'PRCL', 'только': 'PRCL', 'даже': 'PRCL', 'якобы': 'PRCL',
  'будто': 'CONJ', 'чтобы': 'CONJ', 'если': 'CONJ', 'когда': 'CONJ', 'хотя': 'CONJ', 'пока': 'CONJ',
  'поскольку': 'CONJ', 'потому': 'ADVB', 'однако': 'CONJ', 'зато': 'CONJ', 'либо': 'CONJ', 'причем': 'CONJ',
  'причём': 'CONJ', 'который': 'ADJF', 'которая': 'ADJF', 'которое': 'ADJF', 'которые': 'ADJF'
}

/** Possessives of the third person, which do not inflect (`его`, `ее`, `их`), with the gender they stand for. */
export const possessivePronouns: Record<string, 'masc' | 'femn' | 'plur'> = {'его': 'masc', 'ее': 'femn', 'её': 'femn', 'их': 'plur'}

/** Personal pronouns that can stand for a source, with their gender. */
export const personalPronouns: Record<string, 'masc' | 'femn' | 'plur' | 'neut' | 'self'> = {
  'он': 'masc', 'она': 'femn', 'оно': 'neut', 'они': 'plur', 'я': 'self', 'мы': 'self', 'ты': 'self', 'вы': 'self'
}

const latin = /^[A-Za-z][A-Za-z0-9'’&.\-]*$/
const upper = /^[А-ЯЁA-Z]/
const abbreviation = /^[А-ЯЁA-Z]{2,6}$/

/** What the pipeline asks of a Russian token. */
export interface RuWord {
  token: Token
  readings: readonly RuParse[]
  /** Part of speech as read in context-free terms, after corrections. */
  pos: string
  capitalized: boolean
  latin: boolean
  abbreviation: boolean
  /** Reads as a proper name (person, place or organisation) or is a capitalised word the dictionary does not know. */
  proper: boolean
  /** Stands first in its sentence, where a capital letter says nothing. */
  initial: boolean
  /** The dictionary knows it as a common word (not only as a name). */
  known: boolean
  /** Its forms, once asked for (see `formsOf`). */
  forms?: Set<string>
}

/** Marks after which a word still opens its sentence. */
export const openers = /^[«"„“(—–\-]$/

/**
 * Read the word at a token of a sentence (once per sentence and token).
 *
 * @param sentence The sentence.
 * @param index A token index.
 * @returns Its classes, or undefined when the token is not a word.
 */
export const wordAt = wordReader<RuWord>((token, sentence, initial) => read(token, initial && !sentence.capitals.has(token.lower)), openers)

/** What a list of readings says, whatever the place of the word (made once per written form). */
interface Summary {
  known: boolean
  named: boolean
  nameLike: boolean
  adjective: boolean
}

const summaries = new WeakMap<readonly RuParse[], Summary>()

function summarize(readings: readonly RuParse[]): Summary {
  let summary = summaries.get(readings)
  if (!summary) {
    let known = false
    let named = false
    let nameLike = false
    let adjective = false
    for (const r of readings) {
      if (r.dictionary && r.score > 0.05 && !r.name && !r.place && !r.org && !(r.fixed && r.pos !== 'NOUN')) known = true
      if (r.name) named = true
      if (r.name || r.place || r.org) nameLike = true
      if (r.pos === 'ADJF' && r.score >= 0.3) adjective = true
    }
    summary = {known, named, nameLike, adjective: adjective && !named}
    summaries.set(readings, summary)
  }
  return summary
}

const noReadings: readonly RuParse[] = Object.freeze([])

function read(token: Token, initial: boolean): RuWord {
  const text = token.text
  const first = text.charCodeAt(0)
  // Cyrillic letters sit at U+0400–U+04FF; only they go to the dictionary.
  const readings = /[\u0400-\u04FF]/.test(text) ? analyze(text) : noReadings
  const isLatin = first < 0x80 && latin.test(text)
  const capitalized = text !== token.lower && upper.test(text)
  const isAbbreviation = capitalized && abbreviation.test(text)
  const closedClass = closed[token.lower]
  let pos = closedClass ?? readings[0]?.pos ?? (isLatin ? 'LATN' : first >= 0x30 && first <= 0x39 ? 'NUMB' : 'UNKN')
  const {known, named, nameLike, adjective} = summarize(readings)
  // Mid-sentence capitals mark names; at the start only the dictionary can tell.
  const proper = isLatin || (capitalized && !closedClass && (!initial || nameLike || isAbbreviation || !known))
  // A capitalised word with a name reading is a noun, whatever its first reading (`Зуев`, `Гарсиа`).
  // (Capitalised adjectives of names stay adjectives: `Счетной палаты`, `Высшей школы`.)
  if (proper && !isLatin && !adjective && pos !== 'PREP' && pos !== 'CONJ' && (named || !initial)) pos = 'NOUN'
  if (isAbbreviation && pos !== 'PREP' && pos !== 'CONJ') pos = 'NOUN'
  return {token, readings, pos, capitalized, latin: isLatin, abbreviation: isAbbreviation, proper, initial, known}
}

/**
 * Readings of a word that fit a part of speech.
 *
 * @param w The word.
 * @param pos Parts of speech to keep.
 * @returns The readings with that part of speech.
 */
export function readingsOf(w: RuWord, ...pos: string[]): RuParse[] {
  return w.readings.filter((r) => pos.includes(r.pos))
}

/**
 * Can this word be a noun (head of a phrase)?
 *
 * @param w The word.
 * @returns Whether it reads as a noun, a pronoun, a name or a foreign word.
 */
export function isNounLike(w: RuWord): boolean {
  if (w.pos === 'PREP' || w.pos === 'CONJ' || w.pos === 'PRCL' || w.pos === 'ADVB' || w.pos === 'Apro') return false
  if (w.latin || w.proper || w.abbreviation) return true
  if (w.pos === 'NPRO') return w.readings.some((r) => r.lemma in personalPronouns)
  return w.readings.some((r) => r.pos === 'NOUN' && r.score >= 0.05) || w.pos === 'NOUN'
}

/**
 * Can this word modify a noun (adjective, participle, determiner)?
 *
 * @param w The word.
 * @returns Whether it reads as an adjective-like word.
 */
export function isModifier(w: RuWord): boolean {
  if (w.pos === 'Apro') return true
  if (w.pos === 'PREP' || w.pos === 'CONJ' || w.pos === 'ADVB' || w.pos === 'VERB' || w.pos === 'GRND') return false
  if (w.capitalized && w.proper && !w.readings.some((r) => r.pos === 'ADJF')) return false
  // (An adjective read first as a noun it makes, `Военный комиссар`, `Ученый совет`, still modifies one after it;
  // not a noun of sources, `данные Росстата`.)
  return w.pos === 'ADJF' || w.pos === 'PRTF' || (w.readings[0]?.pos === 'NUMR' && (!w.capitalized || w.initial)) || (w.pos === 'NOUN' && w.readings.some((r) => r.pos === 'ADJF' && r.score >= 0.1) && !w.readings.some((r) => r.pos === 'NOUN' && sourceNouns.has(r.lemma)))
}

/** Nouns of the lexicon's kinds of source (`данные`, `эксперт`): heads of their own phrases. */
const sourceNouns = new Set([...lexicon.documents, ...lexicon.media, ...lexicon.organizations, ...lexicon.anonymous, ...lexicon.titles])

/** Every case and number: for words that do not inflect, or that the dictionary reads only as something else. */
export const anyForm = new Set<string>(['*'])

/**
 * The forms (`case:number`, like `nomn:sing`) a noun-like word can stand in.
 *
 * Case and number are read together, so that `учителя` is `gent:sing` or
 * `nomn:plur`, never `nomn:sing`.
 *
 * @param w The word.
 * @returns Its forms, or `anyForm` for words that do not inflect or are unknown names.
 */
/** Forms by reading list (the morphology returns one list per written form), for words read on their own. */
const formCache = new WeakMap<readonly RuParse[], Set<string>>()

export function formsOf(w: RuWord): Set<string> {
  if (w.forms) return w.forms
  // A capitalised word inside a sentence may be an unknown name: that depends on its place, so no sharing.
  const shared = !(w.proper && !w.initial) && w.readings.length > 0
  let forms = shared ? formCache.get(w.readings) : undefined
  if (!forms) {
    forms = computeForms(w)
    if (shared) formCache.set(w.readings, forms)
  }
  w.forms = forms
  return forms
}

function computeForms(w: RuWord): Set<string> {
  if (w.latin || w.abbreviation || w.readings.length === 0) return anyForm
  // Names in the plural (`Писеев` as a plural of `Писей`) are the dictionary guessing.
  const names = w.capitalized ? w.readings.filter((r) => (r.name && r.number !== 'plur') || r.place || r.org) : []
  // A capitalised word read only as a common noun, or one the dictionary does not know, is an
  // unknown name: its endings say little.
  if (w.proper && !w.initial && (names.length === 0 || !w.readings.some((r) => r.dictionary))) return anyForm
  const pool = names.length > 0 ? names : w.readings.filter((r) => r.pos === 'NOUN' || r.pos === 'NPRO' || r.pos === 'ADJF' || r.pos === 'PRTF' || r.pos === 'NUMR')
  const forms = new Set<string>()
  for (const r of pool) {
    if (r.fixed) return anyForm
    if (r.case) forms.add(`${normalCase(r.case)}:${r.number ?? 'sing'}`)
  }
  // (A body's name of that make read as a plural, `Минцифры сообщило`, is one body.)
  if (forms.has('nomn:plur') && officialBody(w)) forms.add('nomn:sing')
  return forms
}

/**
 * Is a word built as the name of an official body (`Росстат`, `Минцифры`, `Мосгорсуд`)? Such a
 * prefix on a word the dictionary does not know (`Государь` it does), and no name of a person guessed with confidence.
 *
 * @param w The word.
 * @returns Whether it reads as such a name.
 */
export function officialBody(w: RuWord): boolean {
  return bodyPrefix.test(w.token.text) && !w.readings.some((r) => r.dictionary || (r.name && r.score >= 0.3))
}
const bodyPrefix = /^(?:Рос|Мин|Гос|Мос|Глав)[а-яё]{3,}/

/**
 * Do two sets of forms share one?
 *
 * @param a Forms.
 * @param b Forms.
 * @returns Whether some form is in both (any form matches `anyForm`).
 */
export function shareForm(a: Set<string>, b: Set<string>): boolean {
  if (a === anyForm || b === anyForm || a.size === 0 || b.size === 0) return true
  for (const form of a) if (b.has(form)) return true
  return false
}

/**
 * The forms common to two sets.
 *
 * @param a Forms.
 * @param b Forms.
 * @returns Their intersection (`anyForm` stands for every form).
 */
export function commonForms(a: Set<string>, b: Set<string>): Set<string> {
  if (a === anyForm) return b
  if (b === anyForm) return a
  const out = new Set<string>()
  for (const form of a) if (b.has(form)) out.add(form)
  return out
}

/**
 * Can a word stand in a case?
 *
 * @param forms Its forms.
 * @param wanted A case (`nomn`, `gent`, …).
 * @param number A number, or undefined for either.
 * @returns Whether one of the forms fits.
 */
export function hasCase(forms: Set<string>, wanted: string, number?: string): boolean {
  if (forms === anyForm) return true
  for (const form of forms) {
    const [c, n] = form.split(':')
    if (c === wanted && (number === undefined || n === number)) return true
  }
  return false
}

/**
 * A case as the forms name it (the dictionary's second genitive, locative and accusative are the plain ones).
 *
 * @param value A case of the dictionary (`gen2`, `loct`, …).
 * @returns The case (`gent`, `loct`, …).
 */
export function normalCase(value: string): string {
  return value === 'gen2' ? 'gent' : value === 'loc2' ? 'loct' : value === 'acc2' ? 'accs' : value === 'gen1' ? 'gent' : value === 'loc1' ? 'loct' : value
}
