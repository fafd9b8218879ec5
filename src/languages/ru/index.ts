/**
 * The Russian language pack: lexicon, morphology-backed verb reading and
 * source finding.
 */
import type {Cue, Sentence, Token} from '../../pipeline/model.js'
import {skipSpace, skipSpaceBack} from '../../pipeline/model.js'
import type {LanguagePack, VerbReading} from '../pack.js'
import {lexicon, spokenNouns, statementNouns} from './lexicon.js'
import {findSource, hearer, nameAlone, namesIn, personsIn} from './sources.js'
import {analyze} from './morphology.js'
import {textNoun} from './chunks.js'
import {openers, personalPronouns, wordAt} from './words.js'
import {opensSentence} from '../shared.js'

const verbParts = new Set(['VERB', 'GRND', 'PRTS'])
const backwardMarkers = new Set(['этом', 'этим', 'это', 'чем'])

function verb(token: Token, sentence: Sentence): VerbReading | undefined {
  const reading = readVerb(token, sentence) ?? byQuote(token, sentence)
  if (!reading) return undefined
  // Some verbs report only a clause (see `clauseOnly`).
  if (clauseOnly.has(reading.lemma) && !reading.passive && !introducesClause(sentence, token.index) && !parenthetical(sentence, token.index) && !afterKak(sentence, token.index)) {
    return undefined
  }
  // `Напомним, …`, `Отметим, что …`: the writer's own `we` reports nothing anyone said.
  if (authorsWe(sentence, token)) return undefined
  // `говорит о людях` names a topic, `говорит о том, что` reports.
  if (topicVerbs.has(reading.lemma) && topicFollows(sentence, token.index)) return undefined
  // `приводит слова Пескова` cites; `привело к росту` does not.
  if (citingWords.has(reading.lemma) && spokenObject(sentence) === undefined) return undefined
  // `свидетельствуют данные`, `опрос показал`, not `это свидетельствует о кризисе`, `он показал дом`.
  if (evidenceWords.has(reading.lemma) && !textNear(sentence, token.index)) return undefined
  // `сделал заявление`, `выступил с критикой`, `Соответствующее заявление сделал …`: a statement made.
  if (statementWords.has(reading.lemma)) {
    const last = statementAfter(sentence, token.index, reading.lemma)
    if (last !== undefined) return {...reading, span: {first: token.index, last}, stance: /^(против|за)$/.test(sentence.tokens[last]!.lower)}
    if (!statementBefore(sentence, token.index)) return undefined
  }
  // `распространил заявление`, `Такую информацию распространил оперштаб`: words spread, not a virus.
  if (spreadWords.has(reading.lemma) && !newsNear(sentence, token.index)) return undefined
  // `пришли к выводу, что …`, `К такому выводу пришли …`: a conclusion, not a journey.
  if (conclusionWords.has(reading.lemma)) {
    const last = conclusionAfter(sentence, token.index)
    if (last !== undefined) return {...reading, span: {first: token.index, last}}
    if (!conclusionBefore(sentence, token.index)) return undefined
  }
  // `— А что вы скажете о критике?`: a question put to someone reports nothing they said.
  if (askedOf(sentence, token.index)) return undefined
  // `ответил на вопрос` answers in words; `Москва ответит на эти действия` acts.
  if (answerWords.has(reading.lemma) && answersDeeds(sentence, token.index)) return undefined
  // `пригрозил санкциями`, `грозит уйти`; not `нарушителям грозит штраф`, where a penalty threatens.
  if (threatWords.has(reading.lemma) && !threatFollows(sentence, token.index)) return undefined
  // `не исключают, что …` reports a view, shown with its `не`; `исключили из партии` does not.
  if (ruleOut.has(reading.lemma)) {
    const not = skipSpaceBack(sentence, token.index - 1)
    return sentence.tokens[not]?.lower === 'не' ? {...reading, span: {first: not, last: token.index}} : undefined
  }
  // `не комментирует`, `отказался комментировать`: saying nothing is no report.
  if (silence.has(reading.lemma) && negated(sentence, token.index)) return undefined
  return reading
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

const citingWords = new Set(['привести', 'приводить'])
const evidenceWords = new Set(['свидетельствовать', 'показать', 'показывать'])

/** A word for data or a text (`данные`, `опрос`) within a few words of a verb: what shows. */
function textNear(sentence: Sentence, index: number): boolean {
  const text = (i: number): boolean => {
    const w = wordAt(sentence, i)
    return w !== undefined && (textNoun(w) || w.readings.some((r) => r.pos === 'NOUN' && spokenNouns.has(r.lemma)))
  }
  // (Within eight words either way, over a clause set off between: `Документы, которые получило издание, свидетельствуют`.)
  for (let i = index - 1, words = 0; i >= 0 && words < 8; i--) {
    if (sentence.tokens[i]!.type !== 'word') continue
    if (text(i)) return true
    words++
  }
  for (let i = index + 1, words = 0; i < sentence.tokens.length && words < 8; i++) {
    if (sentence.tokens[i]!.type !== 'word') continue
    if (text(i)) return true
    words++
  }
  return false
}
const silence = new Set(['комментировать', 'прокомментировать'])
const threatWords = new Set(['грозить', 'пригрозить'])
const ruleOut = new Set(['исключать', 'исключить'])
const statementWords = new Set(['сделать', 'делать', 'выступить', 'выступать'])
/** What one comes out with in words (`с критикой`). */
const appeals = new Set(['заявление', 'критика', 'призыв', 'предупреждение', 'обращение', 'опровержение', 'обвинение', 'упрек', 'угроза'])

/** `сделал заявление`, `выступил с резкой критикой`: the token of the noun, a few words after the verb. */
function statementAfter(sentence: Sentence, index: number, lemma: string): number | undefined {
  const make = lemma === 'сделать' || lemma === 'делать'
  let i = skipSpace(sentence, index + 1)
  // (`выступил против этой идеи`, `выступает за переговоры`: a stance taken; not `выступила за границей`.)
  const stance = sentence.tokens[i]?.lower
  if (!make && (stance === 'против' || (stance === 'за' && forWhat(sentence, i)))) return i
  if (!make) {
    if (!/^со?$/.test(sentence.tokens[i]?.lower ?? '')) return undefined
    i = skipSpace(sentence, i + 1)
  }
  const nouns = make ? statementNouns : appeals
  const wanted = make ? 'accs' : 'ablt'
  // (Over adjectives: `с резкой критикой`, `громкое заявление`.)
  for (let words = 0; i < sentence.tokens.length && words < 3; i = skipSpace(sentence, i + 1), words++) {
    const w = wordAt(sentence, i)
    if (!w) return undefined
    if (w.readings.some((r) => r.pos === 'NOUN' && nouns.has(r.lemma) && r.case === wanted)) return i
    if (!w.readings.some((r) => r.pos === 'ADJF' || r.pos === 'PRTF')) return undefined
  }
  return undefined
}

/** `за переговоры`, `за то, чтобы`: what one is for, in the accusative, a few words after `за`. */
function forWhat(sentence: Sentence, za: number): boolean {
  for (let i = skipSpace(sentence, za + 1), words = 0; i < sentence.tokens.length && words < 3; i = skipSpace(sentence, i + 1), words++) {
    const w = wordAt(sentence, i)
    if (!w) return false
    if (w.token.lower === 'то') return true
    if (w.pos === 'NOUN' || w.pos === 'NPRO' || w.pos === 'Apro' || w.readings[0]?.pos === 'INFN') return w.readings.some((r) => r.case === 'accs' || r.pos === 'INFN')
  }
  return false
}

/** `Соответствующее заявление сделал …`: the noun of a statement right before the verb. */
function statementBefore(sentence: Sentence, index: number): boolean {
  const w = wordAt(sentence, skipSpaceBack(sentence, index - 1))
  return w?.readings.some((r) => r.pos === 'NOUN' && statementNouns.has(r.lemma) && r.case === 'accs') ?? false
}
/** The accusative of the nouns of a statement made or words passed on (`заявление`, `информацию`, `данные`). */
const statementForms = /^(заявление|признание|предупреждение|комментарий|опровержение|информацию|сведения|данные|сообщение)$/
const conclusionWords = new Set(['прийти', 'приходить'])
const spreadWords = new Set(['распространить', 'распространять'])
/** What one spreads in words (`информацию`, `заявление`, `слухи`). */
const newsNouns = new Set(['информация', 'сведение', 'заявление', 'сообщение', 'слух', 'данные', 'новость', 'обращение', 'видеообращение', 'текст', 'коммюнике'])

/** A noun of news or words within two words either way of a verb (`распространил заявление`, `информацию распространил`). */
function newsNear(sentence: Sentence, index: number): boolean {
  for (const step of [-1, 1]) {
    for (let i = index + step, words = 0; i >= 0 && i < sentence.tokens.length && words < 3; i += step) {
      if (sentence.tokens[i]!.type !== 'word') continue
      words++
      if (wordAt(sentence, i)?.readings.some((r) => r.pos === 'NOUN' && newsNouns.has(r.lemma))) return true
    }
  }
  return false
}
const answerWords = new Set(['ответить', 'отвечать'])

/** A verb beside `вы` or `ты` in a sentence that ends with a question mark. */
function askedOf(sentence: Sentence, index: number): boolean {
  const you = (i: number): boolean => /^(вы|ты)$/.test(sentence.tokens[i]?.lower ?? '')
  if (!you(skipSpaceBack(sentence, index - 1)) && !you(skipSpace(sentence, index + 1))) return false
  for (let i = sentence.tokens.length - 1; i >= 0; i--) {
    const token = sentence.tokens[i]!
    if (token.type === 'whitespace' || /^[»"”)]$/.test(token.text)) continue
    return token.text.includes('?')
  }
  return false
}
/** What one answers in words (`на вопрос`, `на критику`). */
const spokenTo = new Set([
  'вопрос', 'запрос', 'обращение', 'критика', 'обвинение', 'заявление', 'письмо', 'слово', 'претензия', 'предложение', 'просьба',
  'реплика', 'комментарий', 'упрек', 'замечание', 'призыв', 'высказывание', 'реакция', 'сообщение', 'публикация', 'статья', 'пост', 'твит'
])

/** `ответит на эти действия`: `на` and a noun of no words after the verb (a question or a charge is answered in words). */
function answersDeeds(sentence: Sentence, index: number): boolean {
  const on = skipSpace(sentence, index + 1)
  if (sentence.tokens[on]?.lower !== 'на') return false
  for (let i = skipSpace(sentence, on + 1), words = 0; i < sentence.tokens.length && words < 4; i = skipSpace(sentence, i + 1)) {
    const w = wordAt(sentence, i)
    if (!w) return false
    words++
    const noun = w.readings.find((r) => r.pos === 'NOUN' || r.pos === 'NPRO')
    if (noun && w.pos !== 'ADJF' && w.pos !== 'PRTF') return !spokenTo.has(noun.lemma) && noun.pos === 'NOUN'
  }
  return false
}
/** Nouns of a conclusion reached (`к выводу`, `к заключению`). */
const conclusions = /^(выводу|выводам|заключению|мнению)$/

/** `пришли к выводу`: the token of the noun, when `к` and it follow the verb. */
function conclusionAfter(sentence: Sentence, index: number): number | undefined {
  const to = skipSpace(sentence, index + 1)
  if (!/^ко?$/.test(sentence.tokens[to]?.lower ?? '')) return undefined
  const noun = skipSpace(sentence, to + 1)
  return conclusions.test(sentence.tokens[noun]?.lower ?? '') ? noun : undefined
}

/** `К такому выводу пришли`, `к выводу о … пришли`: the noun a few words before the verb. */
function conclusionBefore(sentence: Sentence, index: number): boolean {
  for (let i = skipSpaceBack(sentence, index - 1), words = 0; i >= 0 && words < 4; i = skipSpaceBack(sentence, i - 1)) {
    const token = sentence.tokens[i]!
    if (token.type !== 'word') return false
    if (conclusions.test(token.lower)) return true
    words++
  }
  return false
}

/** What someone threatens with, within a few words after the verb: a noun in the instrumental, an infinitive, or a clause. */
function threatFollows(sentence: Sentence, index: number): boolean {
  for (let i = index + 1, words = 0; i < sentence.tokens.length && words < 5; i++) {
    const token = sentence.tokens[i]!
    if (token.type !== 'word') {
      if (token.type === 'punctuation' && token.text !== ',') return false
      continue
    }
    words++
    if (token.lower === 'что' || token.lower === 'если') return true
    const w = wordAt(sentence, i)
    if (w?.readings.some((r) => r.pos === 'INFN' || ((r.pos === 'NOUN' || r.pos === 'NPRO') && r.case === 'ablt'))) return true
  }
  return false
}

/** The token of a noun for words or figures in the sentence (`слова`, `данные`), if any. */
function spokenObject(sentence: Sentence): number | undefined {
  for (const token of sentence.tokens) {
    if (token.type !== 'word') continue
    const w = wordAt(sentence, token.index)
    if (w?.readings.some((r) => r.pos === 'NOUN' && spokenNouns.has(r.lemma))) return token.index
  }
  return undefined
}

/** `не комментирует`, `отказались комментировать`, `отказался от комментариев`. */
function negated(sentence: Sentence, index: number): boolean {
  const before = wordAt(sentence, skipSpaceBack(sentence, index - 1))
  return before !== undefined && (before.token.lower === 'не' || before.readings.some((r) => r.lemma === 'отказаться' || r.lemma === 'отказываться'))
}

/**
 * Verbs that report only a clause: `признал, что …` reports, `не признает
 * вину` does not; `шаг предполагает отмену` is no one's opinion.
 */
const clauseOnly = new Set([
  'признать', 'признавать', 'предполагать', 'предположить', 'допускать', 'допустить', 'ожидать', 'подозревать',
  // `установили, что …` reports; `установили систему` does not.
  'выяснить', 'выяснять', 'узнать', 'узнавать', 'установить', 'устанавливать', 'подсчитать', 'подсчитывать'
])

/** `Как выяснили журналисты, …`: a `как` frame reports what follows. */
function afterKak(sentence: Sentence, index: number): boolean {
  return sentence.tokens[skipSpaceBack(sentence, index - 1)]?.lower === 'как'
}

const topicVerbs = new Set(['говорить', 'рассказать', 'рассказывать', 'вспоминать', 'вспомнить', 'напомнить', 'напоминать'])

function introducesClause(sentence: Sentence, index: number): boolean {
  for (let i = index + 1, words = 0; i < sentence.tokens.length && words < 8; i++) {
    const token = sentence.tokens[i]!
    if (token.lower === 'что' || token.lower === 'будто' || token.lower === 'чтобы' || token.text === ':') return true
    if (token.type === 'word') words++
  }
  return false
}

/** `…, полагают эксперты, …` or `…, — считает X.`: the verb stands after its content. */
function parenthetical(sentence: Sentence, index: number): boolean {
  const before = sentence.tokens[skipSpaceBack(sentence, index - 1)]
  return before !== undefined && /^[,—–\-]$/.test(before.text)
}

function topicFollows(sentence: Sentence, index: number): boolean {
  const next = sentence.tokens[skipSpace(sentence, index + 1)]
  if (!next || !/^(о|об|обо)$/.test(next.lower)) return false
  const after = sentence.tokens[skipSpace(sentence, next.index + 1)]
  return after !== undefined && after.lower !== 'том' && after.lower !== 'тех'
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
