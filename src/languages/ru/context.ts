/**
 * What a Russian verb of the lexicon needs around it to report: a clause
 * (`признал, что …`), words for it to cite (`приводит слова …`), a text that
 * shows (`данные свидетельствуют`), a statement made (`сделал заявление`), a
 * conclusion reached (`пришли к выводу`), a threat's means (`пригрозил
 * санкциями`), a negation (`не исключают`); and what makes it none (a
 * topic, `говорит о людях`; silence, `не комментирует`; a question put to
 * `вы`; deeds answered, `ответит на действия`).
 */
import type {Sentence, Token} from '../../pipeline/model.js'
import {skipSpace, skipSpaceBack} from '../../pipeline/model.js'
import type {VerbReading} from '../pack.js'
import {spokenNouns, statementNouns} from './lexicon.js'
import {textNoun} from './chunks.js'
import {wordAt, type RuWord} from './words.js'

/**
 * A verb reading as it stands in its sentence: itself, widened over the words that make it report
 * (`пришли к выводу`, `не исключают`), or none where its context says it reports nothing.
 *
 * @param reading The verb's reading by the lexicon.
 * @param token Its token.
 * @param sentence Its sentence.
 * @returns The reading in context, or undefined.
 */
export function inContext(reading: VerbReading, token: Token, sentence: Sentence): VerbReading | undefined {
  // Some verbs report only a clause (see `clauseOnly`).
  if (clauseOnly.has(reading.lemma) && !reading.passive && !introducesClause(sentence, token.index) && !parenthetical(sentence, token.index) && !afterKak(sentence, token.index)) {
    return undefined
  }
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
  // `распространил заявление`, `Такую информацию распространил оперштаб`: words spread, not a virus;
  // `В СМИ появилась информация`: news turned up, not a building.
  if ((spreadWords.has(reading.lemma) || appearWords.has(reading.lemma)) && !newsNear(sentence, token.index)) return undefined
  // (News turning up is impersonal, like `сообщается`: with no place, a claim with no source.)
  if (appearWords.has(reading.lemma)) return {...reading, passive: true}
  // `придерживаются той же точки зрения`, `разделяет опасения`: a view held, not a diet or a road.
  if (viewWords.has(reading.lemma) && !wordNear(sentence, token.index, 4, (w) => w.readings.some((r) => r.pos === 'NOUN' && viewNouns.has(r.lemma)))) return undefined
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

/** Verbs that cite words (`приводит слова Пескова`). */
export const citingWords = new Set(['привести', 'приводить'])
const evidenceWords = new Set(['свидетельствовать', 'показать', 'показывать'])

/** A word for data or a text (`данные`, `опрос`) within eight words of a verb: what shows (`Документы, которые получило издание, свидетельствуют`). */
function textNear(sentence: Sentence, index: number): boolean {
  return wordNear(sentence, index, 8, (w) => textNoun(w) || w.readings.some((r) => r.pos === 'NOUN' && spokenNouns.has(r.lemma)))
}

/** Does a word within so many words either way of a token pass a test? */
function wordNear(sentence: Sentence, index: number, reach: number, test: (w: RuWord) => boolean): boolean {
  for (const step of [-1, 1]) {
    for (let i = index + step, words = 0; i >= 0 && i < sentence.tokens.length && words < reach; i += step) {
      const w = wordAt(sentence, i)
      if (!w) continue
      if (test(w)) return true
      words++
    }
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
export const statementForms = /^(заявление|признание|предупреждение|комментарий|опровержение|информацию|сведения|данные|сообщение)$/
const conclusionWords = new Set(['прийти', 'приходить'])
const viewWords = new Set(['придерживаться', 'разделять', 'разделить'])
/** Nouns of a view one holds or shares (`точки зрения`, `мнения`, `опасения`). */
const viewNouns = new Set(['зрение', 'мнение', 'позиция', 'взгляд', 'версия', 'оценка', 'прогноз', 'опасение', 'убеждение', 'точка'])
const spreadWords = new Set(['распространить', 'распространять'])
/** Verbs of news turning up (`появилась информация`): its source is only where it did, `в СМИ`. */
export const appearWords = new Set(['появиться', 'появляться'])
/** What one spreads in words (`информацию`, `заявление`, `слухи`). */
const newsNouns = new Set(['информация', 'сведение', 'заявление', 'сообщение', 'слух', 'данные', 'новость', 'обращение', 'видеообращение', 'текст', 'коммюнике'])

/** A noun of news or words within three words either way of a verb (`распространил заявление`, `информацию распространил`). */
function newsNear(sentence: Sentence, index: number): boolean {
  return wordNear(sentence, index, 3, (w) => w.readings.some((r) => r.pos === 'NOUN' && newsNouns.has(r.lemma)))
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
export const conclusions = /^(выводу|выводам|заключению|мнению)$/

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

