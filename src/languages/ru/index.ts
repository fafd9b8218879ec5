/**
 * The Russian language pack: lexicon, morphology-backed verb reading and
 * source finding.
 */
import type {Cue, Sentence, Token} from '../../pipeline/model.js'
import {skipSpace, skipSpaceBack} from '../../pipeline/model.js'
import type {LanguagePack, VerbReading} from '../pack.js'
import {lexicon} from './lexicon.js'
import {findSource, hearer, nameAlone, namesIn, personsIn} from './sources.js'
import {analyze} from './morphology.js'
import {citingWords, conclusions, inContext, statementForms} from './context.js'
import {openers, personalPronouns, wordAt} from './words.js'
import {opensSentence} from '../shared.js'

const verbParts = new Set(['VERB', 'GRND', 'PRTS'])
const backwardMarkers = new Set(['этом', 'этим', 'это', 'чем'])

function verb(token: Token, sentence: Sentence): VerbReading | undefined {
  const reading = readVerb(token, sentence) ?? byQuote(token, sentence)
  if (!reading) return undefined
  // `Напомним, …`, `Отметим, что …`: the writer's own `we` reports nothing anyone said.
  if (authorsWe(sentence, token)) return undefined
  return inContext(reading, token, sentence)
}

/**
 * A verb of no lexicon that a quote shows to be one of speech (`«Нет», —
 * отрезал министр`, `— Никогда! — воскликнул он`, `Министр парировал: «…»`):
 * a finite verb right after the dash that follows a quote or a line, or
 * before a colon that opens a quote.
 */
function byQuote(token: Token, sentence: Sentence): VerbReading | undefined {
  if (token.text !== token.lower) return undefined
  const tokens = sentence.tokens
  const dash = tokens[skipSpaceBack(sentence, token.index - 1)]
  const beforeDash = dash && /^[—–]$/.test(dash.text) ? tokens[skipSpaceBack(sentence, dash.index - 1)] : undefined
  const afterQuote = beforeDash !== undefined && /^[»"”,!?…]$/.test(beforeDash.text)
  const colon = tokens[skipSpace(sentence, token.index + 1)]
  const beforeQuote = colon?.text === ':' && /^[«"„“]$/.test(tokens[skipSpace(sentence, colon.index + 1)]?.text ?? '')
  if (!afterQuote && !beforeQuote) return undefined
  const reading = wordAt(sentence, token.index)?.readings.find((r) => r.pos === 'VERB' && (r.tense === 'past' || r.tense === 'pres'))
  return reading ? {lemma: reading.lemma, passive: false, nonFinite: false} : undefined
}

/** A verb of the writer's `we` with no `мы` of its own, outside any quote (`Напомним, …`). */
function authorsWe(sentence: Sentence, token: Token): boolean {
  if (token.quote !== -1) return false
  const readings = wordAt(sentence, token.index)?.readings.filter((r) => r.pos === 'VERB') ?? []
  if (readings.length === 0 || !readings.every((r) => r.weForm)) return false
  return sentence.tokens[skipSpaceBack(sentence, token.index - 1)]?.lower !== 'мы'
}

const sureWords = new Set(['уверить', 'убедить'])

/** Verb readings by written form: most words are no reporting verb, and are told so once. */
const verbForms = new Map<string, VerbReading | null>()

function readVerb(token: Token, sentence: Sentence): VerbReading | undefined {
  // A capital inside a sentence marks a name, not a verb.
  if (token.text !== token.lower && !opensSentence(sentence, token.index, openers)) return undefined
  let reading = verbForms.get(token.lower)
  if (reading === undefined) {
    reading = verbReading(token, sentence) ?? null
    if (verbForms.size > 100_000) verbForms.clear()
    verbForms.set(token.lower, reading)
  }
  return reading ?? undefined
}

function verbReading(token: Token, sentence: Sentence): VerbReading | undefined {
  const w = wordAt(sentence, token.index)
  if (!w) return undefined
  const top = w.readings[0]?.score ?? 0
  for (const reading of w.readings) {
    if (!verbParts.has(reading.pos) || reading.score < top * 0.3) continue
    const lemma = reading.lemma
    const nonFinite = reading.pos === 'GRND'
    if (reading.pos === 'PRTS') {
      // (`уверен, что …`: being sure, with its subject, not a passive.)
      if (sureWords.has(lemma)) return {lemma, passive: false, nonFinite: false}
      if (lexicon.verbs[lemma]) return {lemma, passive: true, nonFinite: false}
      continue
    }
    // (`убедил коллег`: only the short participle says one is sure.)
    if (lemma === 'убедить') continue
    if (lexicon.verbs[lemma]) return {lemma, passive: false, nonFinite}
    // `отмечается`, `говорится`: the impersonal present of a reporting verb.
    if (lemma.endsWith('ся') && reading.tense === 'pres' && lexicon.verbs[lemma.slice(0, -2)]) {
      return {lemma: lemma.slice(0, -2), passive: true, nonFinite}
    }
  }
  return undefined
}

/** `Об этом сообщает X`, `О чем заявил X`: the cue looks back at what was said before. */
function backward(sentence: Sentence, cue: Cue): boolean {
  if (cue.role !== 'verb' && cue.role !== 'passive') return false
  // `Слова Пескова приводит ТАСС.`: the words cited are the ones just said.
  if (citingWords.has(cue.lemma) && !reportsClause(sentence, cue)) return true
  let i = skipSpaceBack(sentence, cue.first - 1)
  let words = 0
  // (Over whom it was told: `Об этом корреспонденту «Интерфакса» сообщили`.)
  while (i >= 0 && words < 5) {
    const token = sentence.tokens[i]!
    if (token.type === 'word') {
      words++
      if (backwardMarkers.has(token.lower)) {
        const prep = sentence.tokens[skipSpaceBack(sentence, i - 1)]
        if (token.lower === 'это' || (prep && /^(об?|обо)$/.test(prep.lower))) return !reportsClause(sentence, cue)
      }
      // `«…». Так заявил X.`: `так` opening the sentence points back too; so does `К такому выводу пришли X`.
      if (token.lower === 'так' && skipSpaceBack(sentence, i - 1) < 0) return !reportsClause(sentence, cue)
      if (conclusions.test(token.lower) && /^(такому|этому|тому|аналогичному|подобному|похожему|схожему|таким|этим)$/.test(sentence.tokens[skipSpaceBack(sentence, i - 1)]?.lower ?? '')) return !reportsClause(sentence, cue)
      // (And `Соответствующее заявление сделал X`, `Такую информацию распространил X`, `Эти данные приводит X`.)
      if (statementForms.test(token.lower) && /^(соответствующ|так|эт|данн|подобн|аналогичн)[а-я]{0,3}$/.test(sentence.tokens[skipSpaceBack(sentence, i - 1)]?.lower ?? '')) return !reportsClause(sentence, cue)
    } else if (token.type !== 'whitespace' && !/^[«»"„“”]$/.test(token.text)) {
      return false
    }
    i--
  }
  return false
}

/** A clause follows the cue (`заявил, что …`, `заявил: …`). */
function reportsClause(sentence: Sentence, cue: Cue): boolean {
  for (let i = skipSpace(sentence, cue.last + 1); i < sentence.tokens.length && i <= cue.last + 24; i++) {
    const token = sentence.tokens[i]!
    if (token.lower === 'что' || token.text === ':' || token.lower === 'будто' || token.lower === 'чтобы') return true
  }
  return false
}

/** The content follows the cue (`заявил, что …`) rather than coming before it (`"…", — сказал X`). */
function forward(sentence: Sentence, cue: Cue): boolean {
  const before = sentence.tokens[skipSpaceBack(sentence, cue.first - 1)]
  if (before && before.type !== 'word' && /^[—–\-,]$/.test(before.text)) {
    const earlier = sentence.tokens[skipSpaceBack(sentence, before.index - 1)]
    if (earlier && /[»"”“,]$/.test(earlier.text)) return false
    if (before.text === ',' && cue.first > sentence.tokens.length / 2 && !reportsClause(sentence, cue)) return false
  }
  return reportsClause(sentence, cue) || cue.first < sentence.tokens.length / 2
}

/** The Russian language pack. */
export const ru: LanguagePack = {
  language: 'ru',
  lexicon,
  verb,
  backward,
  forward,
  closes: (sentence, cue) => !forward(sentence, cue),
  source: (sentence, cue) => findSource(sentence, cue),
  names: namesIn,
  persons: personsIn,
  hearer,
  nameAlone,
  surnamesAsBodies: true,
  isName: (sentence, index) => wordAt(sentence, index)?.proper ?? false,
  isPronoun: (sentence, index) => wordAt(sentence, index)?.readings.some((r) => r.pos === 'NPRO' && r.lemma in personalPronouns) ?? false,
  nounLemma(word) {
    const readings = analyze(word)
    return (readings.find((r) => r.pos === 'NOUN') ?? readings[0])?.lemma ?? word.toLowerCase()
  }
}
