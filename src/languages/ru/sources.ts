/**
 * Russian sources: the subject of a reporting verb (found by case and
 * agreement, to the left or, in inverted order, to the right), the object
 * of a frame (`по данным X`), the place of a passive (`в документах …
 * отмечается`), and the description of the phrase found: kind, nominative
 * name, identity key.
 */
import type {Cue, Person, Phrase, Sentence} from '../../pipeline/model.js'
import {asOutlet, capitalStart, rangeAt, skipSpace, skipSpaceBack, tellTo, textOf} from '../../pipeline/model.js'
import {chunks, groupShares, leadsName, nounPhrase, quotedName, type Chunk} from './chunks.js'
import {lexicon, spokenNouns, statementNouns} from './lexicon.js'
import {kindSets} from '../shared.js'
import {anyForm, hasCase, isNounLike, normalCase, officialBody, personalPronouns, possessivePronouns, wordAt, type RuWord} from './words.js'
import {analyze, siteName, type RuParse} from './morphology.js'
import {appearWords} from './context.js'

const {media, documents, organizations, anonymous, unnamed, titles} = kindSets(lexicon)
/** Experts named by their trade, who in a bare singular stand for the one just named (`эксперт`, `политолог`). */
const expertNouns = new Set(['эксперт', 'аналитик', 'политолог', 'экономист', 'специалист'])
/** People of an outlet: what they pass on, the outlet reports (`корреспондент «Коммерсанта»`). */
const reporters = new Set(['корреспондент', 'обозреватель', 'журналист', 'редактор', 'колумнист', 'главред', 'репортер'])
const anaphoricDeterminers = new Set(['тот', 'этот', 'данный', 'указанный', 'упомянутый', 'такой', 'вышеупомянутый', 'последний'])
const skippable = new Set(['ADVB', 'PRCL', 'ADJS', 'PRED', 'NUMB', 'INTJ', 'COMP'])


function pronounPhrase(sentence: Sentence, index: number, gender: 'masc' | 'femn' | 'plur'): Phrase {
  const token = sentence.tokens[index]!
  return {
    sentence: sentence.index,
    first: index,
    last: index,
    kind: 'person',
    name: token.text,
    key: token.lower,
    anaphor: gender === 'plur' ? 'any' : 'person',
    gender: gender === 'plur' ? undefined : gender,
    channel: undefined,
    named: false
  }
}

/** Verb features that the subject must agree with. */
interface Agreement {
  number: string | undefined
  finite: boolean
}

/**
 * Find the phrase that is the source of a cue.
 *
 * @param sentence The sentence of the cue.
 * @param cue The cue.
 * @returns The phrase, or undefined when the sentence does not name one.
 */
export function findSource(sentence: Sentence, cue: Cue): Phrase | undefined {
  if (cue.role === 'according' || cue.role === 'citing') {
    // `по его словам`: the possessive inside the frame is the source.
    for (let i = cue.first; i <= cue.last; i++) {
      const inside = possessivePronouns[sentence.tokens[i]!.lower]
      if (inside) return pronounPhrase(sentence, i, inside)
    }
    const next = skipSpace(sentence, cue.last + 1)
    // `по его словам`, `по ее данным`: the possessive stands for someone named before (not `по словам его помощника`).
    const possessive = possessivePronouns[sentence.tokens[next]?.lower ?? '']
    const owned = wordAt(sentence, skipSpace(sentence, next + 1))
    if (possessive && !(owned && isNounLike(owned))) return pronounPhrase(sentence, next, possessive)
    let np = nounPhrase(sentence, next)
    if (!np) return undefined
    // `Опрошенные РБК экономисты`: the people polled, the one who polled them outside.
    // (`Опрошенные «Ведомостями» аналитики`: the quoted name alone polled.)
    const polls = cue.lemma.startsWith('опрошенн')
    // (`Большинство опрошенных экспертов`: the people polled, no one who polled them.)
    if (polls && polledPeople(sentence, np)) return undefined
    const close = polls ? quotedName(sentence, np.first) : undefined
    if (close !== undefined && close < np.last) np = {...np, last: close, head: skipSpace(sentence, np.first + 1)}
    const polled = polls ? nounPhrase(sentence, skipSpace(sentence, np.last + 1)) : undefined
    // (`Аналитики, опрошенные Reuters, …`: or the people polled before the comma.)
    const people = polled && polledPeople(sentence, polled) ? polled : polls ? polledBefore(sentence, cue) : undefined
    if (people) return withOuter(describe(sentence, people, cue, 'nomn'), describe(sentence, np, cue))
    // (`следует из материалов, с которыми ознакомился РБК`: who read the text reports it.)
    const text = describe(sentence, np, cue)
    const reader = text.kind === 'document' ? askedBy(sentence, np) : undefined
    return reader ? withOuter(text, asOutlet(reader)) : text
  }
  if (cue.role === 'adverb') return undefined
  const list = chunks(sentence)
  let at = rangeAt(list, cue.first)
  if (at === -1) return undefined
  // (`В СМИ появилась информация`: the news that turned up is no source; where it did is.)
  if (appearWords.has(cue.lemma)) {
    const where = placeSource(sentence, list, at)
    return where ? describe(sentence, where, cue, 'loct') : undefined
  }
  // (At the verb itself, past a particle: `не исключают`.)
  let agreement = agreementAt(sentence, verbIn(sentence, cue), cue.lemma)
  if (cue.role === 'verb') {
    if (!agreement.finite) {
      // `…, заявив о …`: a gerund shares the subject of the clause's verb.
      const main = mainVerb(list, at)
      if (main !== undefined) {
        at = main
        agreement = agreementAt(sentence, list[main]!.first)
      }
    }
    // (`Слова Пескова приводит ТАСС`, `ТАСС приводит слова Пескова`: the words cited are no subject.)
    const cites = citesWords.has(cue.lemma)
    // (`Соответствующее заявление сделал X`: the statement made is no subject either.)
    const makes = makingWords.has(cue.lemma)
    // (Nor are words ever a speaker: `прокомментировали слова Макрона`.)
    const fits = (chunk: Chunk | undefined): Chunk | undefined =>
      (cites && chunk && spoken(sentence, list, chunk)) || (makes && chunk && madeStatement(sentence, chunk)) || (chunk && mereWords(sentence, chunk)) ? undefined : chunk
    const left = fits(leftSubject(sentence, list, at, agreement, cue))
    const right = left && left.forms === anyForm && left.last < list[at]!.first ? rightSubject(sentence, list, at + 1, agreement, fits) : undefined
    // `Об этом ТАСС рассказал источник`: an indeclinable name before the verb is whom it was told
    // when a speaker stands after it.
    if (left && right && speakerNoun(sentence, right)) {
      const phrase = describe(sentence, withPlace(sentence, list, right), cue, 'nomn')
      tellTo(phrase, describe(sentence, left, cue))
      return phrase
    }
    const named = left ?? rightSubject(sentence, list, at + 1, agreement, fits)
    // `ТАСС приводит слова Пескова`, `— передает слова защитника РИА Новости`: the speaker of the words, through the outlet.
    const words = cites || passesWords.has(cue.lemma) ? wordsOf(sentence, list, at, named === undefined) : undefined
    if (words && (named || words.outlet)) {
      const outlet = asOutlet(describe(sentence, named ?? words.outlet!, cue, named ? 'nomn' : undefined))
      return {...describe(sentence, words.speaker, cue, 'gent'), through: outlet}
    }
    const subject = named
    // `сообщили РИА Новости в пресс-службе`: a quoted or foreign name after a plural is the addressee
    // when an institution is named by place.
    // (`Об этом ТАСС сообщили в правоохранительных органах`: before the verb as well.)
    const place = subject && subject.forms === anyForm && agreement.number === 'plur' ? placeSource(sentence, list, at) : undefined
    if (place && subject) {
      const phrase = describe(sentence, place, cue, 'loct')
      const told = describe(sentence, subject, cue)
      if (told.named && told.kind !== 'person') tellTo(phrase, told)
      return phrase
    }
    if (subject) {
      const phrase = describe(sentence, withPlace(sentence, list, subject), cue, 'nomn')
      // `Эксперты, которых опросил РБК, считают`: who asked them stands outside the unnamed people.
      const asker = (phrase.kind === 'anonymous' || phrase.kind === 'document') && !phrase.outer ? askedBy(sentence, subject) : undefined
      return asker ? withOuter(phrase, asOutlet(asker)) : phrase
    }
    // `Как заявили в министерстве`: an impersonal plural names its source by place.
    if (agreement.number !== 'plur') return undefined
  }
  const place = placeSource(sentence, list, at)
  return place ? describe(sentence, place, cue, 'loct') : undefined
}

/** A phrase headed by an animate common noun: people one may poll (`экономисты`, not `РБК`). */
function polledPeople(sentence: Sentence, chunk: Chunk): boolean {
  const head = chunk.type === 'np' ? wordAt(sentence, chunk.head) : undefined
  return head !== undefined && !head.proper && head.readings.some((r) => r.animate && r.pos === 'NOUN')
}

/** The people a comma before `опрошенные` sets them off from (`Аналитики, опрошенные Reuters,`). */
function polledBefore(sentence: Sentence, cue: Cue): Chunk | undefined {
  const comma = skipSpaceBack(sentence, cue.first - 1)
  if (sentence.tokens[comma]?.text !== ',') return undefined
  const list = chunks(sentence)
  const chunk = list[rangeAt(list, skipSpaceBack(sentence, comma - 1))]
  return chunk && polledPeople(sentence, chunk) ? chunk : undefined
}

/** Unnamed people with who stands outside them, told apart from the same people of another (`экономисты` of РБК, of «Ведомости»). */
function withOuter(phrase: Phrase, outer: Phrase): Phrase {
  return {...phrase, outer, key: `${phrase.key} ${outer.key}`}
}

/**
 * The outlet a speaker told, in the dative right after the verb: a media noun
 * (`изданию`, `телеканалу RT`), a quoted name (`«Известиям»`) or an
 * abbreviation or foreign name (`ТАСС`, `РИА Новости`, `RT`). A person told
 * (`журналистам`, `Вязову`) is no channel.
 *
 * @param sentence The sentence.
 * @param cue A verb cue.
 * @returns The outlet, as a source phrase, or undefined.
 */
export function hearer(sentence: Sentence, cue: Cue): Phrase | undefined {
  if (cue.role !== 'verb' || lexicon.verbs[cue.lemma] !== 'say') return undefined
  // (Verbs whose object is whom they act on, not whom they tell: `призвал ЦБ`, `обвинил Reuters`.)
  const accusative = accusativeVerbs.has(cue.lemma)
  const list = chunks(sentence)
  const at = rangeAt(list, cue.last)
  // (Past the speaker in inverted order: `— рассказал он «Ленте.ру»`.)
  const after = list[at + 1]?.first === cue.source?.first && cue.source ? list[at + 2] : list[at + 1]
  // (`В пресс-службе «Интерфаксу» сообщили`: a quoted outlet in the dative may stand before the verb.)
  const before = list[rangeAt(list, cue.first) - 1]
  // (Or a noun for an outlet: `В Минфине изданию сообщили`.)
  const beforeHead = before?.type === 'np' ? wordAt(sentence, before.head) : undefined
  const dativeBefore = before?.type === 'np' && onlyDative(beforeHead) && (findQuoted(sentence, before) !== undefined || media.has(nounLemma(beforeHead!, before.forms)))
  const next = dativeBefore ? before : after
  if (!next || next.type !== 'np' || (next.forms !== anyForm && !hasCase(next.forms, 'datv'))) return undefined
  if (accusative && !onlyDative(wordAt(sentence, next.head))) return undefined
  const head = wordAt(sentence, next.head)
  const quoted = findQuoted(sentence, next) !== undefined
  const named = quoted || head?.abbreviation || head?.latin
  if (!named && !(head && media.has(nounLemma(head, next.forms)))) return undefined
  // (`сообщил РИА Новости источник`: the outlet, then the source.)
  const phrase = describe(sentence, next, cue, next.forms === anyForm ? undefined : 'datv')
  return phrase.kind === 'person' && !named ? undefined : {...phrase, kind: 'media'}
}

const citesWords = new Set(['привести', 'приводить'])
const makingWords = new Set(['сделать', 'делать'])

/** A phrase headed by a noun for words said (`слова`, `высказывания`), which say nothing themselves. */
function mereWords(sentence: Sentence, chunk: Chunk): boolean {
  return headedBy(sentence, chunk, utterances)
}

/** Is a chunk a noun phrase headed by a noun of a set (`слова`, `заявление`)? */
function headedBy(sentence: Sentence, chunk: Chunk | undefined, nouns: Set<string>): boolean {
  return chunk?.type === 'np' && (wordAt(sentence, chunk.head)?.readings.some((r) => r.pos === 'NOUN' && nouns.has(r.lemma)) ?? false)
}
const utterances = new Set(['слово', 'высказывание', 'цитата', 'реплика', 'фраза', 'обвинение', 'слух', 'утверждение', 'претензия', 'заявление'])

/** A phrase headed by a noun of a statement made (`соответствующее заявление`). */
function madeStatement(sentence: Sentence, chunk: Chunk): boolean {
  return headedBy(sentence, chunk, statementNouns)
}
/** Verbs of saying whose object is in the accusative: someone urged, accused, named or warned, not an outlet told. */
const accusativeVerbs = new Set([
  'призвать', 'призывать', 'обвинить', 'обвинять', 'назвать', 'охарактеризовать', 'описать', 'описывать', 'заверить', 'заверять',
  'уверить', 'уверять', 'предупредить', 'предупреждать', 'убеждать', 'проинформировать', 'информировать', 'известить', 'упомянуть',
  'упоминать', 'оценить', 'оценивать', 'процитировать', 'цитировать', 'раскрыть', 'анонсировать', 'объявить', 'объявлять',
  'потребовать', 'требовать', 'выразить', 'выражать', 'высказать', 'высказывать', 'повторить', 'повторять', 'спросить', 'спрашивать'
])
/**
 * Verbs of asking or talking to people (`опросил`, `поговорила`), whose subject is who asked them; and of
 * reading or getting a text (`с которыми ознакомился РБК`, `которые получило издание`), whose subject reports it.
 */
const askingVerbs = new Set([
  'опросить', 'опрашивать', 'поговорить', 'побеседовать', 'беседовать', 'связаться', 'расспросить', 'пообщаться',
  'ознакомиться', 'изучить', 'получить', 'увидеть', 'просмотреть'
])

/**
 * `Эксперты, которых опросил РБК,`, `с которыми поговорила «Фонтанка»`, `опрошенные Reuters,`:
 * the one who asked, in a relative clause or a participle right after the phrase.
 */
function askedBy(sentence: Sentence, phrase: Chunk): Phrase | undefined {
  let i = skipSpace(sentence, phrase.last + 1)
  if (sentence.tokens[i]?.text !== ',') return undefined
  i = skipSpace(sentence, i + 1)
  // (Or a participle: `Аналитики, опрошенные Reuters, считают`.)
  if (!sentence.tokens[i]?.lower.startsWith('опрошенн')) {
    if (/^со?$/.test(sentence.tokens[i]?.lower ?? '')) i = skipSpace(sentence, i + 1)
    if (!wordAt(sentence, i)?.readings.some((r) => r.lemma === 'который')) return undefined
    i = skipSpace(sentence, i + 1)
    if (!wordAt(sentence, i)?.readings.some((r) => r.pos === 'VERB' && askingVerbs.has(r.lemma))) return undefined
  }
  const np = nounPhrase(sentence, skipSpace(sentence, i + 1))
  if (!np || !/^[,.;!?]$/.test(sentence.tokens[skipSpace(sentence, np.last + 1)]?.text ?? '.')) return undefined
  const asker = describe(sentence, np, undefined, 'nomn')
  return asker.named ? asker : undefined
}

/** Bodies of one sort, which stand only for a body of that sort named before (`в суде`, unlike `в ведомстве`). */
const specificBodies = new Set([
  'суд', 'полиция', 'прокуратура', 'армия', 'парламент', 'госдума', 'дума', 'сенат', 'конгресс', 'посольство', 'консульство',
  'университет', 'институт', 'биржа', 'мэрия', 'оппозиция', 'профсоюз', 'партия', 'фракция', 'следствие', 'орган', 'банк', 'фонд'
])

/** Verbs by which an outlet passes someone's words on (`передает слова защитника`). */
const passesWords = new Set(['передавать', 'передать', 'цитировать', 'процитировать'])

/**
 * The speaker of the words a verb cites, next to it (`слова Пескова`,
 * `слова защитника РИА Новости`): the genitive after the noun for words; with
 * no subject elsewhere, an indeclinable or quoted name ending the phrase is the
 * outlet that cites them.
 */
function wordsOf(sentence: Sentence, list: Chunk[], at: number, needOutlet: boolean): {speaker: Chunk; outlet: Chunk | undefined} | undefined {
  for (const c of [at + 1, at - 1, at + 2]) {
    const chunk = list[c]
    if (!chunk || !headedBy(sentence, chunk, spokenNouns)) continue
    // (The speaker's name, which the chunks may leave apart for its nominative reading: `слова
    // Бенедикта`, `слова автора исследования Кристиана Бенедикта`.)
    const next = list[c + 1]
    const name = next?.type === 'np' && wordAt(sentence, next.head)?.proper && hasCase(next.forms, 'gent') ? next : undefined
    const first = skipSpace(sentence, chunk.head + 1)
    // (`Его слова приводит Reuters`: the words of whoever the possessive stands for.)
    if (chunk.first < chunk.head && possessivePronouns[sentence.tokens[chunk.first]!.lower]) {
      return {speaker: {...chunk, last: chunk.first, head: chunk.first, forms: genitive}, outlet: undefined}
    }
    if (first > chunk.last && name) return {speaker: {...name, forms: genitive}, outlet: undefined}
    if (first > chunk.last || !wordAt(sentence, first)) return undefined
    let last = chunk.last
    let outlet: Chunk | undefined
    if (needOutlet) {
      // The tail: a quoted name, or a run of indeclinable or foreign capitalised words.
      let tail = last
      if (/^[»"“”]$/.test(sentence.tokens[last]!.text)) {
        while (tail > first && !/^[«"„“]$/.test(sentence.tokens[tail]!.text)) tail--
      } else {
        // (Capitalised words, no person's name among them, one of them indeclinable: `РИА Новости`, `ТАСС`.)
        let indeclinable = false
        for (let i = last; i > first; i = skipSpaceBack(sentence, i - 1)) {
          const w = wordAt(sentence, i)
          if (!w || !w.proper || (!w.abbreviation && w.readings.some((r) => r.name))) break
          indeclinable ||= w.latin || w.abbreviation || w.readings.every((r) => r.fixed)
          tail = i
        }
        if (!indeclinable) tail = last + 1
      }
      if (tail > first && tail <= last) {
        const end = skipSpaceBack(sentence, tail - 1)
        if (end >= first && (tail < last || wordAt(sentence, tail)?.proper)) {
          outlet = {type: 'np', first: tail, last, head: tail, np: undefined, forms: anyForm, pos: 'NP'}
          last = end
        }
      }
    }
    if (name && outlet === undefined) last = name.last
    return {speaker: {type: 'np', first, last, head: first, np: undefined, forms: genitive, pos: 'NP'}, outlet}
  }
  return undefined
}

/**
 * Does the phrase name words or figures, or whose they are (`слова` `Вязова`)? (A phrase headed by
 * a common noun after the words is no one's name: `слова автора портал EurekAlert`.)
 */
function spoken(sentence: Sentence, list: Chunk[], chunk: Chunk): boolean {
  const words = (c: Chunk | undefined): boolean => headedBy(sentence, c, spokenNouns)
  const head = wordAt(sentence, chunk.head)
  return words(chunk) || ((head === undefined || head.proper) && words(list[rangeAt(list, chunk.first) - 1]))
}

/** Chunks looked at on either side of a verb: a subject stands near it, and long sentences stay linear. */
const window = 30


/** A verb's reading: finite, a gerund or a short participle. */
function verbal(r: RuParse): boolean {
  return r.pos === 'VERB' || r.pos === 'GRND' || r.pos === 'PRTS'
}

/** The first token of a cue that reads as a verb (`исключают` in `не исключают`), else its first. */
function verbIn(sentence: Sentence, cue: Cue): number {
  for (let i = cue.first; i <= cue.last; i++) if (wordAt(sentence, i)?.readings.some(verbal)) return i
  return cue.first
}

/** The number and finiteness of the verb at a token, read as the given lemma when it has such a reading (`пришли`: `прийти`, not `прислать`). */
function agreementAt(sentence: Sentence, index: number, lemma?: string): Agreement {
  const w = wordAt(sentence, index)
  const reading = w?.readings.find((r) => verbal(r) && r.lemma === lemma) ?? w?.readings.find(verbal)
  return {number: reading?.pos === 'VERB' ? reading.number : undefined, finite: reading?.pos === 'VERB'}
}

/** The nearest finite verb before a gerund, in the same sentence. */
function mainVerb(list: Chunk[], at: number): number | undefined {
  for (let c = at - 1; c >= 0 && c >= at - window; c--) {
    const chunk = list[c]!
    if (chunk.type === 'word' && chunk.pos === 'VERB') return c
    if (chunk.type === 'mark' && /^[.;:—–]$/.test(chunk.pos)) return undefined
  }
  return undefined
}

function agrees(np: Chunk, agreement: Agreement): boolean {
  return hasCase(np.forms, 'nomn', agreement.number)
}

/** Walk left from the verb over adverbs, objects and parentheticals to the nearest agreeing nominative. */
function leftSubject(sentence: Sentence, list: Chunk[], at: number, agreement: Agreement, cue: Cue): Chunk | undefined {
  // `Государь улыбнулся и сказал`: past `и`, skip the other verb's objects up to that verb.
  let coordinated: 'no' | 'objects' | 'verb' = 'no'
  let and = -1
  for (let c = at - 1; c >= 0 && c >= at - window; c--) {
    const chunk = list[c]!
    if (chunk.type === 'np') {
      if (coordinated !== 'objects' && agrees(chunk, agreement) && !ownedBySubject(sentence, chunk)) return chunk
      continue
    }
    if (chunk.type === 'pp') continue
    if (chunk.type === 'word') {
      if (skippable.has(chunk.pos) || chunk.pos === 'PREP' || chunk.pos === 'INFN') continue
      if (chunk.pos === 'CONJ' && sentence.tokens[chunk.first]!.lower === 'и' && coordinated !== 'verb') {
        // (Another `и` among the objects: `в кожанке и пенсне и сказал`.)
        if (coordinated === 'no') and = c
        coordinated = 'objects'
        continue
      }
      if (chunk.pos === 'VERB' && coordinated === 'objects') {
        coordinated = 'verb'
        // (`спустился щеголь в кожанке и сказал`: the subject after the other verb.)
        const inverted = rightSubject(sentence, list, c + 1, agreement)
        if (inverted && rangeAt(list, inverted.first) < and && inverted.forms !== anyForm) return inverted
        continue
      }
      return undefined
    }
    // A short quote inside the clause (`Один из ректоров "не для записи" заявил`).
    const opening = quoteOpening(sentence, list, c)
    if (opening !== undefined) {
      c = opening
      continue
    }
    // A mark.
    if (chunk.pos === ',') {
      const open = parentheticalStart(sentence, list, c, cue)
      if (open !== undefined) {
        c = open
        continue
      }
      return undefined
    }
    if (chunk.pos === ')') {
      while (c > 0 && list[c]!.pos !== '(') c--
      continue
    }
    return undefined
  }
  return undefined
}

/** Nouns of a page, channel or site of one's own (`Telegram-канал`, `аккаунт`, `страница`, `сайт`). */
const channelNouns = new Set(['канал', 'аккаунт', 'страница', 'блог', 'микроблог', 'профиль', 'паблик', 'сайт', 'портал'])

/** A noun of one's channel on a network, hyphenated to the network or not (`Telegram-канала`, `странице`). */
function channelWord(w: RuWord): boolean {
  const lemma = nounLemma(w)
  return channelNouns.has(lemma) || channelNouns.has(lemma.slice(lemma.lastIndexOf('-') + 1))
}

/** The one whose channel it is, in the genitive after the channel's noun (`пресс-службы судов`), not the channel's own name. */
function ownerOf(sentence: Sentence, np: Chunk): Phrase | undefined {
  const first = skipSpace(sentence, np.head + 1)
  const w = wordAt(sentence, first)
  if (!w || w.latin || w.abbreviation || !w.readings.some((r) => r.case === 'gent')) return undefined
  const owner = nounPhrase(sentence, first)
  if (!owner || owner.last > np.last) return undefined
  const phrase = describe(sentence, owner, undefined, 'gent')
  return phrase.kind === 'organization' || phrase.kind === 'person' || phrase.kind === 'anonymous' ? phrase : undefined
}

/** `Ряд аналитиков`, `большинство опрошенных`, `группа экспертов`: a share of people unnamed (not `группа компаний «Ренова»`). */
function shareOfPeople(sentence: Sentence, np: Chunk, headLemma: string, properInside: boolean): boolean {
  if (!(groupShares.has(headLemma) || headLemma === 'группа') || properInside) return false
  const people = wordAt(sentence, skipSpace(sentence, np.head + 1))
  return people !== undefined && people.token.index <= np.last && people.readings.some((r) => r.animate || r.pos === 'PRTF' || r.pos === 'ADJF')
}

/** The token of `его`, `ее` or `их` before a phrase's head (`его обращение`), if it has one. */
function ownerPronoun(sentence: Sentence, np: Chunk): number | undefined {
  for (let i = np.first; i < np.head; i++) if (possessivePronouns[sentence.tokens[i]!.lower]) return i
  return undefined
}

/** A phrase with `свой` before its head is the subject's own (`Предприятие свою причастность отрицает`), never the subject. */
function ownedBySubject(sentence: Sentence, chunk: Chunk): boolean {
  for (let i = chunk.first; i < chunk.head; i++) if (wordAt(sentence, i)?.readings.some((r) => r.lemma === 'свой')) return true
  return false
}

const frameCache = new WeakMap<Sentence, Set<number>>()

/** Tokens where a frame cue (`по данным`) starts, once per sentence. */
function frameStarts(sentence: Sentence): Set<number> {
  let found = frameCache.get(sentence)
  if (!found) {
    found = new Set(sentence.cues.filter((c) => c.role !== 'verb' && c.role !== 'passive').map((c) => c.first))
    frameCache.set(sentence, found)
  }
  return found
}

/** At the closing mark of a short quote that is no speech, the index of its opening mark. */
function quoteOpening(sentence: Sentence, list: Chunk[], close: number): number | undefined {
  const token = sentence.tokens[list[close]!.first]!
  if (!/^[»"”“]$/.test(token.text) || token.quote === -1) return undefined
  for (let c = close - 1; c >= 0 && c > close - 12; c--) {
    const chunk = list[c]!
    if (chunk.type === 'mark' && sentence.tokens[chunk.first]!.quote === token.quote && /^[«"„“]$/.test(chunk.pos)) return c
  }
  return undefined
}

/**
 * Is the stretch before this comma a parenthetical (`, по данным X,`,
 * `, хорошо помнившие …,`)? Returns the index of its opening comma.
 */
function parentheticalStart(sentence: Sentence, list: Chunk[], close: number, cue: Cue): number | undefined {
  let open = close - 1
  while (open >= 0 && open > close - window && !(list[open]!.type === 'mark' && /^[,(—–:;]$/.test(list[open]!.pos))) open--
  if (open < 0 || list[open]!.pos !== ',') return undefined
  const from = list[open + 1]
  if (!from) return undefined
  const to = list[close]!.first
  const frames = frameStarts(sentence)
  for (let i = from.first; i < to; i++) if (frames.has(i) && i !== cue.first) return open
  // A participle or `который` a word or two in (`, хорошо помнившие …`, `, опубликованном на …`).
  for (let k = open + 1; k < close && k < open + 4; k++) {
    const chunk = list[k]!
    const w = wordAt(sentence, chunk.type === 'np' || chunk.type === 'word' ? chunk.first : chunk.head)
    if (w && (w.pos === 'PRTF' || w.pos === 'GRND' || w.readings[0]?.lemma === 'который')) return open
    // An adjective standing alone with its complement (`, знакомых с ситуацией,`) reads like a participle.
    if (k === open + 1 && chunk.type === 'word' && w?.pos === 'ADJF') return open
  }
  // An apposition after the subject (`Графиня Уварова, многолетний председатель …, говорила`).
  const inside = list.slice(open + 1, close)
  const before = list[open - 1]
  if (inside.length > 0 && inside.every((ch) => ch.type === 'np' || ch.type === 'pp') && inside[0]!.type === 'np' && before?.type === 'np') return open
  // Words that only frame the clause (`Эрдоган, в свою очередь, заявил`, `, тем не менее,`, `, впрочем,`).
  if (inside.length > 0 && inside.length <= 4 && inside.every((ch) => ch.type === 'pp' || (ch.type === 'word' && (skippable.has(ch.pos) || ch.pos === 'CONJ' || ch.pos === 'Apro'))) && before?.type === 'np') return open
  return undefined
}

/**
 * Walk right from the verb (inverted order: `— подчеркнул бывший посол …`), preferring a plain
 * nominative; past phrases the cue rules out (`приводит слова автора Кристиана Бенедикта портал …`).
 */
function rightSubject(sentence: Sentence, list: Chunk[], from: number, agreement: Agreement, fits: (chunk: Chunk) => Chunk | undefined = (chunk) => chunk): Chunk | undefined {
  let fallback: Chunk | undefined
  for (let c = from; c < list.length && c < from + window; c++) {
    const chunk = list[c]!
    if (chunk.type === 'np') {
      if (agrees(chunk, agreement) && fits(chunk)) {
        // A quoted or foreign name may be an object (`заявили "Деньгам"`); an inflected nominative is sure.
        if (chunk.forms !== anyForm) return chunk
        fallback ??= chunk
      }
      continue
    }
    if (chunk.type === 'pp') continue
    if (chunk.type === 'word') {
      if (skippable.has(chunk.pos) || chunk.pos === 'PREP') continue
      // (`Так считает и глава Минфина`: `и` right after the verb is `too`.)
      if (c === from && sentence.tokens[chunk.first]!.lower === 'и') continue
      break
    }
    if (chunk.pos === '(') {
      while (c < list.length - 1 && list[c]!.pos !== ')') c++
      continue
    }
    break
  }
  return fallback
}

/** `в документах … отмечается`, `заявили в министерстве`: the nearest `в` + institution, outlet or document. */
function placeSource(sentence: Sentence, list: Chunk[], at: number): Chunk | undefined {
  let best: Chunk | undefined
  let distance = Infinity
  for (let c = Math.max(0, at - window); c < list.length && c <= at + window; c++) {
    const chunk = list[c]!
    if (chunk.type !== 'pp' || !chunk.np) continue
    // (`на странице губернатора`, `на сайте ведомства`: a page or a site is a place of speaking with `на`.)
    const on = chunk.pos === 'на' && onPage(sentence, chunk.np)
    if (!(chunk.pos === 'в' || chunk.pos === 'во' || on)) continue
    // (Where one speaks, not where one sends: `направило в правительство`.)
    if (!institutional(sentence, chunk.np) || (chunk.np.forms !== anyForm && !hasCase(chunk.np.forms, 'loct'))) continue
    if (Math.abs(c - at) < distance && clauseBetween(list, c, at)) {
      best = chunk.np
      distance = Math.abs(c - at)
    }
  }
  return best
}

function institutional(sentence: Sentence, np: Chunk): boolean {
  const head = wordAt(sentence, np.head)
  if (!head) return true
  const lemma = nounLemma(head)
  return head.proper || head.abbreviation || documents.has(lemma) || media.has(lemma) || organizations.has(lemma) || head.readings.some((r) => r.org) || channelWord(head)
}

/** A page, channel or site one speaks on (`на странице`, `на сайте`). */
function onPage(sentence: Sentence, np: Chunk): boolean {
  const head = wordAt(sentence, np.head)
  return head !== undefined && channelWord(head)
}

function clauseBetween(list: Chunk[], a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a]
  for (let c = from + 1; c < to; c++) {
    const chunk = list[c]!
    if (chunk.type === 'mark' && /^[.;:—–]$/.test(chunk.pos)) return false
    if (chunk.type === 'word' && chunk.pos === 'CONJ') return false
  }
  return true
}

/**
 * Describe a noun phrase as a source: kind, nominative name, key.
 *
 * @param sentence The sentence.
 * @param whole The phrase.
 * @param cue The cue that introduced it (its verb hints at outlets: `пишет`).
 * @param role The case its role gives it (`nomn` for a subject), when known.
 * @returns The phrase as a source.
 */
export function describe(sentence: Sentence, whole: Chunk, cue: Cue | undefined, role?: string): Phrase {
  // The phrase's role fixes its case (`Аналитики считают`: nominative plural, not genitive singular).
  const inRole = role && whole.forms !== anyForm ? new Set([...whole.forms].filter((form) => form.startsWith(`${role}:`))) : undefined
  const np = inRole && inRole.size > 0 ? {...whole, forms: inRole} : whole
  const phrase: Phrase = {
    sentence: sentence.index,
    first: np.first,
    last: np.last,
    kind: 'organization',
    name: textOf(sentence, np.first, np.last),
    key: '',
    anaphor: undefined,
    gender: undefined,
    channel: undefined,
    named: false
  }
  const words: RuWord[] = []
  for (let i = np.first; i <= np.last; i++) {
    const w = wordAt(sentence, i)
    if (w) words.push(w)
  }
  const head = wordAt(sentence, np.head)
  const headLemma = head ? nounLemma(head, np.forms) : ''
  const writes = cue !== undefined && (lexicon.verbs[cue.lemma] === 'write' || cue.lemma === 'сообщать' || cue.lemma === 'передавать')

  // A pronoun stands for someone named before.
  if (head && words.length === 1 && head.pos === 'NPRO') {
    const gender = personalPronouns[headLemma]
    phrase.kind = 'person'
    phrase.anaphor = gender === 'self' ? undefined : gender === 'plur' ? 'any' : 'person'
    phrase.gender = gender === 'masc' || gender === 'femn' ? gender : undefined
    phrase.name = head.token.text
    phrase.key = headLemma
    return phrase
  }

  // `аналитик компании «Финам» Алексей Коренев`: a title's bearer named after the body it serves.
  const bearer = head && (titles.has(headLemma) || head.readings.some((r) => r.animate && r.pos === 'NOUN')) ? nameAfterQuote(sentence, np, words) : undefined
  if (bearer) return asPerson(sentence, phrase, bearer, np, cue)

  // `источник РБК`, `собеседник «Ведомостей»`, `собеседник издания`: an unnamed source and the outlet it spoke to;
  // `аналитики Halyk Finance`, `эксперты «Финама»`: unnamed people of a named body. Either stands outside them.
  const named = head !== undefined && np.head < np.last
  const outer =
    (named && (interlocutors.has(headLemma) || reporters.has(headLemma)) ? outletAfter(sentence, np, cue) : undefined) ??
    (named && anonymous.has(headLemma) ? outletAfter(sentence, np, cue, true) : undefined)
  // (`корреспондент РИА Новости`: the outlet reports through its own reporter.)
  if (outer && reporters.has(headLemma)) return {...outer, first: phrase.first, last: phrase.last}
  if (outer) {
    phrase.kind = 'anonymous'
    phrase.name = nominativeWord(head!, np.forms)
    phrase.key = `${headLemma} ${outer.key}`
    phrase.outer = outer
    return phrase
  }

  // A site is an outlet (`Лента.ру`, `Газета.Ru`).
  if (head && words.length === 1 && siteName.test(head.token.text)) {
    phrase.named = true
    phrase.kind = 'media'
    phrase.name = siteNominative(head)
    phrase.key = keyOf(phrase.name)
    return phrase
  }

  // A quoted or foreign name (`«Вечерний курьер»`, `The Evening Courier`, `Nordpress`).
  const quoted = findQuoted(sentence, np)
  const latin = words.filter((w) => w.latin)
  const lemmas = words.map((w) => nounLemma(w))
  const hasMediaNoun = lemmas.some((l) => media.has(l))
  // (A network's channel noun is no name: `Telegram-канала SHOT` is SHOT.)
  if (quoted || (latin.length > 0 && latin.length === words.filter((w) => w.proper && !channelWord(w)).length && !personName(words))) {
    const name = quoted ?? latinRun(sentence, np)
    phrase.named = true
    phrase.name = name
    phrase.key = keyOf(name)
    // An outlet, when named so (`газета`), when it writes, when its reporter speaks, or when it is cited.
    const reporter = lemmas.some((l) => reporters.has(l))
    const cited = cue?.role === 'according' || cue?.role === 'citing'
    phrase.kind = hasMediaNoun || writes || reporter ? 'media' : lemmas.some((l) => organizations.has(l)) ? 'organization' : cited ? 'media' : 'organization'
    if (lemmas.some((l) => documents.has(l)) && !hasMediaNoun) phrase.kind = 'document'
    return phrase
  }

  // A person's name (`Борис Ветров`, `Вязову`), perhaps after a title. (Not a name in the genitive after a
  // plural head, `Ученые Московского университета`: one person's name is no apposition to many.)
  const person = personName(words)
  const many = np.forms !== anyForm && [...np.forms].every((form) => form.endsWith(':plur'))
  if (person && !(many && person[0]!.token.index > np.head)) return asPerson(sentence, phrase, person, np, cue)

  // A common noun phrase: `издание`, `те же материалы`, `эксперты`, `представитель СБУ`
  // (after a numeral, as written: `три источника`).
  const counted = words.some((w) => w.token.index < np.head && w.readings[0]?.pos === 'NUMR')
  // (Adjectives take the head's gender: `в официальном заявлении` → `официальное заявление`.)
  const headGender = head?.readings.find((r) => r.pos === 'NOUN' && r.gender !== undefined && r.case !== undefined && hasCase(np.forms, normalCase(r.case), r.number ?? 'sing'))?.gender
  // (`Один из них`: what follows a preposition keeps its case.)
  const preposition = words.findIndex((w) => w.readings[0]?.pos === 'PREP')
  const nominative = words
    .map((w, i) => (w.token.index <= np.head && !counted && (preposition === -1 || i < preposition) ? nominativeWord(w, np.forms, headGender) : w.token.text))
    .join(' ')
  phrase.name = nominative
  const complements = words.filter((w) => w.token.index > np.head).map((w) => w.token.text.toLowerCase())
  // (`Два источника` and `Пять источников` are two groups, not one.)
  const numbers = words.filter((w) => w.token.index < np.head && w.readings[0]?.pos === 'NUMR').map((w) => w.readings[0]!.lemma)
  phrase.key = [...numbers, headLemma, ...complements].join(' ')
  const modifierLemmas = words.filter((w) => w.token.index < np.head).map((w) => w.readings[0]?.lemma ?? w.token.lower)
  const determined = modifierLemmas.some((l) => anaphoricDeterminers.has(l))
  const plural = np.forms !== anyForm && [...np.forms].every((form) => form.endsWith(':plur'))
  const animate = head?.readings.some((r) => r.animate && r.pos === 'NOUN') ?? false
  const properInside = words.some((w) => w.proper && w.token.index !== np.head)
  phrase.named = properInside || (head?.proper ?? false)

  // `в Telegram-канале пресс-службы судов`, `на странице губернатора`: the channel of whoever it belongs to, who speaks.
  const owner = head && channelWord(head) && complements.length > 0 ? ownerOf(sentence, np) : undefined
  if (owner) return {...owner, first: phrase.first, last: phrase.last}
  if (media.has(headLemma)) {
    phrase.kind = 'media'
    // `агентство РИА Новости`, `агентству ТАСС`: the outlet goes by its name.
    const after = words.filter((w) => w.token.index > np.head)
    if (after.length > 0 && after[0]!.abbreviation && after.every((w) => w.proper)) {
      phrase.name = textOf(sentence, after[0]!.token.index, np.last)
      phrase.key = keyOf(phrase.name)
    }
    // (`издание` is the outlet named before; `в соцсетях`, `местные паблики` are unnamed ones.)
    if (!properInside && complements.length === 0) {
      if (plural) phrase.kind = 'anonymous'
      else phrase.anaphor = 'media'
    }
  } else if (documents.has(headLemma) && ownerPronoun(sentence, np) !== undefined) {
    // `в его обращении`, `в ее заявлении`: whoever the text is of speaks in it.
    const at = ownerPronoun(sentence, np)!
    return {...pronounPhrase(sentence, at, possessivePronouns[sentence.tokens[at]!.lower]!), first: phrase.first, last: phrase.last}
  } else if (documents.has(headLemma)) {
    phrase.kind = 'document'
    if (determined || complements.length === 0) phrase.anaphor = 'document'
  } else if (anonymous.has(headLemma) || modifierLemmas.some((l) => unnamed.has(l)) || (plural && animate && !properInside) || shareOfPeople(sentence, np, headLemma, properInside)) {
    phrase.kind = 'anonymous'
    // `— пояснил эксперт`, `считает политолог`: a bare expert is the one just named, if anyone was.
    if (expertNouns.has(headLemma) && words.length === 1 && !plural) {
      phrase.anaphor = 'person'
      phrase.near = true
    }
  } else if (titles.has(headLemma)) {
    // `представитель СБУ` speaks for a body; `следователь` is a person.
    phrase.kind = complements.length > 0 && properInside ? 'organization' : 'person'
    // `отметил министр`, `по словам главы региона`: a title with no name is whoever was last named with it, if anyone was.
    if (!properInside && !head?.proper && modifierLemmas.length === 0) {
      phrase.anaphor = 'person'
      phrase.title = [headLemma, ...complements].join(' ')
      phrase.titleOnly = true
    }
  } else if (organizations.has(headLemma) || head?.readings.some((r) => r.org) || head?.abbreviation) {
    // (`РБК писал`: a body that writes is an outlet.)
    phrase.kind = head?.abbreviation && writes ? 'media' : 'organization'
    // A bare `ведомство`, `компания`: the body named before; `в суде` only a court named before.
    if (organizations.has(headLemma) && words.length === 1 && !head?.proper) {
      phrase.anaphor = 'organization'
      if (specificBodies.has(headLemma)) phrase.title = headLemma
    }
  } else if (head && bodyName(head)) {
    phrase.kind = 'organization'
  } else if (animate) {
    phrase.kind = 'person'
  }
  if (head && determined && !phrase.anaphor) phrase.anaphor = phrase.kind === 'person' ? 'person' : 'any'
  if (phrase.kind === 'person') {
    // The noun's gender, for `он` and `она` later (`губернатор`: masculine).
    const gender = head?.readings.find((r) => r.pos === 'NOUN')?.gender
    phrase.gender = gender === 'masc' || gender === 'femn' ? gender : undefined
  }
  return phrase
}

/** `источник в правительстве`, `собеседник из окружения министра`: an unnamed source with where it sits. */
function withPlace(sentence: Sentence, list: Chunk[], chunk: Chunk): Chunk {
  const head = wordAt(sentence, chunk.head)
  if (!head || !interlocutors.has(nounLemma(head, chunk.forms))) return chunk
  const at = rangeAt(list, chunk.first)
  const next = at === -1 ? undefined : list[at + 1]
  return next?.type === 'pp' && /^(в|во|из|на)$/.test(next.pos) ? {...chunk, last: next.last} : chunk
}

/** The phrase as a person's, named by the words of the name. */
function asPerson(sentence: Sentence, phrase: Phrase, person: RuWord[], np: Chunk, cue: Cue | undefined): Phrase {
  const verb = cue ? verbGender(sentence, cue) : undefined
  // (The subject's verb tells its gender best: `Кая Каллас написала`, though the dictionary reads `Кая` as `Кай`.)
  const gender = (verb === 'masc' || verb === 'femn') && np.forms !== anyForm && [...np.forms].every((form) => form.startsWith('nomn:')) ? verb : nameGender(person, verb)
  const names = person.map((w) => nominativeName(w, gender, np.forms))
  return {...phrase, named: true, kind: 'person', name: names.join(' '), key: names.join(' ').toLowerCase(), gender}
}

/** A person's name (a first name of the dictionary in it) after the last closing quote of a phrase. */
function nameAfterQuote(sentence: Sentence, np: Chunk, words: RuWord[]): RuWord[] | undefined {
  let close = -1
  for (let i = np.last; i > np.head && close === -1; i--) if (/^[»"“”]$/.test(sentence.tokens[i]!.text)) close = i
  if (close === -1) return undefined
  const person = personName(words.filter((w) => w.token.index > close))
  return person?.some((w) => w.readings.some((r) => r.firstName && r.dictionary)) ? person : undefined
}

/** A phrase headed by someone who speaks: an unnamed source, a title or a person's name (`источник`, `министр`, `Песков`). */
function speakerNoun(sentence: Sentence, chunk: Chunk): boolean {
  const head = wordAt(sentence, chunk.head)
  if (!head) return false
  const lemma = nounLemma(head, chunk.forms)
  return anonymous.has(lemma) || titles.has(lemma) || head.readings.some((r) => r.name && r.score >= 0.05)
}

/** Every reading of the word is in the dative (`Интерфаксу`). */
function onlyDative(w: RuWord | undefined): boolean {
  return w !== undefined && w.readings.length > 0 && w.readings.every((r) => r.case === 'datv')
}

/** Unnamed sources named by whom they spoke to (`источник РБК`). */
const interlocutors = new Set(['источник', 'собеседник'])
const genitive = new Set(['gent:sing', 'gent:plur'])

/**
 * The outlet in the genitive after an unnamed source: a quoted, foreign or
 * abbreviated name, or a noun for an outlet (`издания`). (Not a body:
 * `источник Минобороны` is a source inside the ministry.)
 */
function outletAfter(sentence: Sentence, np: Chunk, cue: Cue | undefined, anyBody = false): Phrase | undefined {
  const first = skipSpace(sentence, np.head + 1)
  if (first > np.last) return undefined
  // (Up to a place that follows: `источник РБК в правительстве`.)
  let last = np.last
  for (let i = first; i <= np.last; i++) {
    if (wordAt(sentence, i)?.readings[0]?.pos === 'PREP') {
      last = i - 1
      while (last > first && sentence.tokens[last]!.type === 'whitespace') last--
      break
    }
  }
  const rest: Chunk = {...np, first, last, head: first, forms: genitive}
  const word = wordAt(sentence, first)
  const quoted = findQuoted(sentence, rest)
  if (quoted !== undefined || word?.latin || word?.abbreviation || (word && siteName.test(word.token.text))) {
    // (A body's kind is its own: how the sentence cites its people says nothing of it.)
    const outlet = describe(sentence, rest, anyBody ? undefined : cue)
    if (anyBody) return outlet.named && outlet.kind !== 'person' ? outlet : undefined
    if (!outlet.named || (word && organizations.has(nounLemma(word)))) return undefined
    outlet.kind = 'media'
    return outlet
  }
  if (anyBody) return undefined
  if (!word || !media.has(nounLemma(word, genitive))) return undefined
  const outlet = describe(sentence, rest, cue)
  return outlet.kind === 'media' ? outlet : undefined
}

/**
 * A capitalised noun that names a body, not a person or place: an
 * organisation of the dictionary (`Минздрава`) or an unknown word read as a
 * common noun (`Росстата`). Its nominative is its name.
 */
function bodyName(w: RuWord): boolean {
  const top = w.readings[0]
  // (A guess that the word does not inflect at all is no reading of a name or place: `Роскомнадзоре`.)
  if (!top || top.pos !== 'NOUN' || top.fixed || w.readings.some((r) => (r.name || r.place) && (r.dictionary || !r.fixed))) return false
  return top.org || (!top.dictionary && top.score >= 0.3) || officialBody(w)
}


/** The lemma of a noun, read in the form the phrase stands in (`Аналитики` → `аналитик`, not `аналитика`). */
function nounLemma(w: RuWord, forms: Set<string> = anyForm): string {
  const nouns = w.readings.filter((r) => r.pos === 'NOUN' || r.pos === 'NPRO')
  const reading = nouns.find((r) => r.case !== undefined && forms.has(`${r.case}:${r.number ?? 'sing'}`)) ?? nouns[0] ?? w.readings[0]
  return reading ? reading.lemma : w.token.lower
}

/**
 * A name starts at its first name: what stands before it is something else (`Лаврании Ирина Соболева`,
 * `Минфина Антон Силуанов`). (A name only guessed from its ending does not hold it back, `Совфеда Валентина
 * Матвиенко`; nor a surname before a first name that has its own surname after it, `адвокат Петрова Анна Смирнова`.)
 */
function fromFirstName(run: RuWord[]): RuWord[] {
  const first = run.findIndex((w) => w.readings.some((r) => r.firstName && r.score >= 0.05 && r.dictionary))
  const after = run[first + 1]
  const ownSurname = first > 0 && after !== undefined && !after.readings.some((r) => r.firstName && r.dictionary) && !patronymic.test(after.token.lower)
  return first > 0 && (ownSurname || run.slice(0, first).every((w) => !w.readings.some((r) => r.name && r.dictionary))) ? run.slice(first) : run
}

/** Endings of a patronymic in any case (`Петровна`, `Ивановичу`). */
const patronymic = /(?:ович|евич|ьич|овн|евн|ичн)[а-я]{0,3}$/

/** The name words of a phrase when it names a person: the last run of capitalised words with a name reading. */
function personName(words: RuWord[]): RuWord[] | undefined {
  let run: RuWord[] = []
  let best: RuWord[] | undefined
  for (const w of words) {
    if (w.proper && !w.latin && !w.abbreviation) {
      // A place does not lead into a name (`во Франции Борис Ветров`).
      if (run.length > 0 && !leadsName(run[run.length - 1]!)) run = []
      run.push(w)
      continue
    }
    if (run.length > 0) best = run
    run = []
  }
  if (run.length > 0) best = run
  if (!best) return undefined
  best = fromFirstName(best)
  const named = best.some((w) => w.readings.some((r) => r.name && r.score >= 0.05))
  const titled = words.some((w) => titles.has(nounLemma(w)))
  const place = best.every((w) => w.readings.some((r) => r.place || r.org) && !w.readings.some((r) => r.name))
  if (place) return undefined
  // (`пресс-секретарь Кремля`: after a title, a common noun of the dictionary in the genitive is what the title is of.)
  if (!named && titled && best.every((w) => w.readings.length > 0 && w.readings.every((r) => r.dictionary && !r.name && r.case !== 'nomn'))) return undefined
  if (named || titled || best.length > 1) return best
  // A lone unknown capitalised word used as a subject (`Зуев сообщил`) is a person's name (not `Росстат сообщил`).
  return best.every((w) => !w.readings.some((r) => r.score > 0.3 && !r.name) && !officialBody(w)) ? best : undefined
}

/** The gender a name's words share (`Ирина Соболева`: feminine), else the verb's, if any. */
function nameGender(words: RuWord[], verb: string | undefined): 'masc' | 'femn' | undefined {
  let common: Set<string> | undefined
  for (const w of words) {
    const own = new Set(w.readings.filter((r) => r.name && r.gender).map((r) => r.gender!))
    if (own.size === 0) continue
    common = common ? new Set([...common].filter((g) => own.has(g))) : own
  }
  if (common?.size === 1) {
    const [only] = common
    if (only === 'masc' || only === 'femn') return only
  }
  return verb === 'masc' || verb === 'femn' ? verb : undefined
}

/** Gender of a past-tense verb in the singular (`заявила`: feminine). */
function verbGender(sentence: Sentence, cue: Cue): string | undefined {
  return wordAt(sentence, cue.first)?.readings.find((r) => r.pos === 'VERB' && r.number === 'sing' && r.gender)?.gender
}

/** A name word in the nominative, in the name's gender and the phrase's case where the dictionary offers a choice. */
function nominativeName(w: RuWord, gender: string | undefined, forms: Set<string>): string {
  const names = w.readings.filter((r) => r.name && r.number !== 'plur')
  const fits = (r: RuParse): boolean => (!gender || !r.gender || r.gender === gender) && (!r.case || hasCase(forms, r.case))
  // (A foreign name guessed as a name only in another case than the phrase's, `Ёсимаса` as a genitive,
  // stands as written when some reading puts it in that case.)
  if (forms !== anyForm && !names.some((r) => !r.case || hasCase(forms, r.case)) && !w.known && w.readings.some((r) => r.case !== undefined && hasCase(forms, r.case))) return w.token.text
  // (A name the dictionary knows only in another gender, `Кая Каллас` with `написала`, stands as written in the nominative.)
  if (gender && forms !== anyForm && hasCase(forms, 'nomn') && names.length > 0 && !names.some((r) => !r.gender || r.gender === gender)) return w.token.text
  const reading = names.find(fits) ?? names.find((r) => !r.case || hasCase(forms, r.case)) ?? names.find((r) => !gender || r.gender === gender) ?? names[0]
  if (!reading) return declinedAsNoun(w, forms) ?? w.token.text
  if (reading.fixed) return w.token.text
  const form = reading.case === 'nomn' ? w.token.lower : reading.nominative()
  return form ? capitalize(spell(form, w)) : w.token.text
}

/**
 * A name the dictionary knows only as a common noun, declined as one (`Эммануэля Макрона` → `Макрон`,
 * `Трампу` → `Трамп`): the nominative when the written form is it plus an ending, else undefined.
 */
function declinedAsNoun(w: RuWord, forms: Set<string>): string | undefined {
  const noun = w.readings.find((r) => r.pos === 'NOUN' && r.number === 'sing' && r.case !== undefined && r.case !== 'nomn' && hasCase(forms, normalCase(r.case)))
  const form = noun?.nominative()
  return form && form.length >= 3 && w.token.lower.startsWith(form) && w.token.lower.length - form.length <= 2 ? capitalize(spell(form, w)) : undefined
}

function nominativeWord(w: RuWord, forms: Set<string>, gender?: string): string {
  // (`ВЦИОМа` → `ВЦИОМ`: an abbreviation's ending goes.)
  const ending = /^([А-ЯЁ]{2,})[а-яё]{1,2}$/.exec(w.token.text)
  if (ending && (w.abbreviation || !w.known)) return ending[1]!
  // (A place of the dictionary inflects like any noun: `в Пекине` → `Пекин`.)
  const place = w.readings.some((r) => r.place && r.dictionary)
  if (w.latin || w.abbreviation || (w.proper && !w.known && !bodyName(w) && !place)) return w.token.text
  // The reading in the form the phrase stands in (`Аналитики` as a subject: `аналитики`, not `аналитика`).
  const readings = w.readings.filter((r) => r.pos === 'NOUN' || r.pos === 'ADJF' || r.pos === 'PRTF' || r.pos === 'NPRO')
  const fits = (r: RuParse): boolean => r.case !== undefined && hasCase(forms, normalCase(r.case), r.number ?? 'sing')
  const reading = readings.find((r) => fits(r) && (gender === undefined || r.pos === 'NOUN' || r.number === 'plur' || r.gender === gender)) ?? readings.find(fits) ?? readings[0]
  if (!reading || reading.fixed || reading.case === 'nomn') return w.initial && !w.proper ? w.token.lower : w.token.text
  const form = reading.nominative()
  if (!form) return w.token.text
  // `в Министерстве обороны` → `Министерство обороны`: a capital stays; `в МИДе` → `МИД`: capitals too.
  const capitals = /^[А-ЯЁA-Z]{2,}/.exec(w.token.text)?.[0].length ?? 0
  if (capitals > 0) return spell(form, w).slice(0, capitals).toUpperCase() + spell(form, w).slice(capitals)
  return w.capitalized && !w.initial ? capitalize(spell(form, w)) : spell(form, w)
}

/** The dictionary writes `ё`; keep it only where the text did. */
function spell(form: string, w: RuWord): string {
  return /ё/i.test(w.token.text) ? form : form.replace(/ё/g, 'е')
}

function asWritten(form: string, w: RuWord): string {
  return capitalStart.test(w.token.text) ? form.charAt(0).toUpperCase() + form.slice(1) : form
}

const wordStarts = /(^|[-\s])(\p{Ll})/gu

function capitalize(value: string): string {
  return value.replace(wordStarts, (_, before: string, letter: string) => before + letter.toUpperCase())
}

/** The quoted name in a phrase, a one-word name in the nominative (`«Коммерсанта»` → `Коммерсант`). */
function findQuoted(sentence: Sentence, np: Chunk): string | undefined {
  for (let i = np.first; i <= np.last; i++) {
    // (A comma inside only where the chunk took it in: `«Осторожно, новости»`.)
    const close = quotedName(sentence, i, true)
    if (close === undefined || close > np.last) continue
    const inside = textOf(sentence, i + 1, close - 1).trim()
    const words: RuWord[] = []
    for (let j = i + 1; j < close; j++) {
      const w = wordAt(sentence, j)
      if (w) words.push(w)
      else if (sentence.tokens[j]!.type !== 'whitespace') return inside
    }
    return quotedNominative(words) ?? inside
  }
  return undefined
}

/**
 * A quoted name in the nominative, when it is written inflected (`«Медузой»` → `Медуза`,
 * `«Новой газеты»` → `Новая газета`).
 *
 * @param sentence The sentence.
 * @param first First token of the name.
 * @param last Last token of the name.
 * @returns The nominative, or undefined when the name stands so already or cannot be inflected.
 */
export function nameAlone(sentence: Sentence, first: number, last: number): string | undefined {
  const words: RuWord[] = []
  for (let i = first; i <= last; i++) {
    const w = wordAt(sentence, i)
    if (w) words.push(w)
  }
  return quotedNominative(words)
}

function quotedNominative(words: RuWord[]): string | undefined {
  const noun = words[words.length - 1]
  if (!noun || words.length > 3) return undefined
  if (words.length === 1 && siteName.test(noun.token.text)) return siteNominative(noun)
  // (A hyphenated name declines at its end: `«Спорт-Экспресса»` → `Спорт-Экспресс`.)
  const hyphen = words.length === 1 ? noun.token.text.lastIndexOf('-') : -1
  if (hyphen > 0 && !noun.readings.some((r) => r.case === 'nomn')) {
    const end = noun.token.text.slice(hyphen + 1)
    const reading = analyze(end).find((r) => r.pos === 'NOUN' && r.case !== undefined && r.case !== 'nomn' && r.number === 'sing')
    const form = reading?.nominative()
    if (form) return noun.token.text.slice(0, hyphen + 1) + (capitalStart.test(end) ? form.charAt(0).toUpperCase() + form.slice(1) : form)
  }
  const agree = (reading: RuParse, w: RuWord, wanted: string): RuParse | undefined =>
    w.readings.find((r) => (r.pos === 'ADJF' || r.pos === 'PRTF') && r.case === wanted && r.number === reading.number && (reading.number === 'plur' || r.gender === reading.gender))
  // Already in the nominative as written (`«Ведомости»`, `«Новая газета»`): leave it.
  const nominal = noun.readings.filter((r) => r.pos === 'NOUN' && (r.case === 'nomn' || r.fixed))
  if (nominal.some((reading) => words.slice(0, -1).every((w) => agree(reading, w, 'nomn')))) return undefined
  for (const reading of noun.readings) {
    if (reading.pos !== 'NOUN' || !reading.case || reading.case === 'nomn' || reading.fixed) continue
    const nominative = reading.nominative()
    if (!nominative) continue
    // Each adjective in the noun's case, number and gender.
    const agreeing = words.slice(0, -1).map((w) => agree(reading, w, reading.case!))
    if (agreeing.some((r) => !r)) continue
    const forms = agreeing.map((r) => r!.nominative())
    if (forms.some((form) => !form)) continue
    // Each word keeps the case of its first letter as written (`«Новой газеты»` → `Новая газета`).
    return [...forms, nominative].map((form, n) => asWritten(spell(form!, words[n]!), words[n]!)).join(' ')
  }
  return undefined
}

/** A site's name in the nominative (`Ленты.ру` → `Лента.ру`): as written when it may stand so. */
function siteNominative(w: RuWord): string {
  if (w.readings.some((r) => r.case === 'nomn' && r.number === 'sing')) return w.token.text
  const form = w.readings.find((r) => r.case !== undefined && r.number === 'sing')?.nominative()
  return form ? asWritten(form, w) : w.token.text
}

function latinRun(sentence: Sentence, np: Chunk): string {
  let first = -1
  let last = -1
  for (let i = np.first; i <= np.last; i++) {
    if (wordAt(sentence, i)?.latin) {
      if (first === -1) first = i
      last = i
    }
  }
  return first === -1 ? textOf(sentence, np.first, np.last) : textOf(sentence, first, last)
}

/**
 * Identity key of a name: lower case, without a leading article.
 *
 * @param name A name.
 * @returns Its key.
 */
export function keyOf(name: string): string {
  return name.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim()
}

/**
 * Keys of the proper names in a sentence (for nesting by context).
 *
 * @param sentence The sentence.
 * @returns Lower-case nominative forms of its capitalised words.
 */
export function namesIn(sentence: Sentence): string[] {
  const keys: string[] = []
  for (const token of sentence.tokens) {
    const w = wordAt(sentence, token.index)
    if (w && w.proper && !w.initial) keys.push(nominativeName(w, undefined, anyForm).toLowerCase())
  }
  return keys
}

/**
 * People a sentence names (`министр Ирина Соболева`), in the nominative:
 * runs of capitalised words with a first-name, surname or patronymic reading.
 *
 * @param sentence The sentence.
 * @returns The names, in order.
 */
export function personsIn(sentence: Sentence): Person[] {
  const people: Person[] = []
  let run: RuWord[] = []
  const flush = (): void => {
    if (run.length > 0 && run.some((w) => w.readings.some((r) => r.name && r.score >= 0.05 && r.number !== 'plur'))) {
      run = fromFirstName(run)
      const gender = nameGender(run, undefined)
      const name = run.map((w) => nominativeName(w, gender, anyForm)).join(' ')
      people.push({name, key: name.toLowerCase(), gender, start: run[0]!.token.start, end: run[run.length - 1]!.token.end})
    }
    run = []
  }
  for (const token of sentence.tokens) {
    if (token.type === 'whitespace') continue
    // Only capitalised words are looked up: names are, and this keeps the pass cheap.
    const w = token.type === 'word' && /^[А-ЯЁ]/.test(token.text) ? wordAt(sentence, token.index) : undefined
    if (w && w.proper && !w.abbreviation && (run.length === 0 || leadsName(run[run.length - 1]!))) {
      run.push(w)
      continue
    }
    flush()
    if (w && w.proper && !w.abbreviation) run.push(w)
  }
  flush()
  // (A sentence that names no one may still open with someone titled doing something, `Глава Минфина
  // выступил на форуме`: the `он` of the next sentence is most likely that subject.)
  if (people.length === 0) {
    const subject = titledSubject(sentence)
    if (subject) people.push(subject)
  }
  return people
}

/** The subject opening a sentence when it is someone by title (`Глава Минфина`, `Министр`), before a finite verb, as a person. */
function titledSubject(sentence: Sentence): Person | undefined {
  let i = skipSpace(sentence, 0)
  // (Past an opening adverb: `Позже министр …`.)
  if (wordAt(sentence, i)?.pos === 'ADVB') i = skipSpace(sentence, i + 1)
  const first = wordAt(sentence, i)
  if (!first || !first.readings.some((r) => r.pos === 'NOUN' && titles.has(r.lemma))) return undefined
  const np = nounPhrase(sentence, i)
  if (!np || !hasCase(np.forms, 'nomn', 'sing')) return undefined
  let next = skipSpace(sentence, np.last + 1)
  if (wordAt(sentence, next)?.pos === 'ADVB' || wordAt(sentence, next)?.pos === 'PRCL') next = skipSpace(sentence, next + 1)
  const verb = wordAt(sentence, next)?.readings.find((r) => r.pos === 'VERB' && r.number === 'sing')
  if (!verb) return undefined
  const phrase = describe(sentence, np, undefined, 'nomn')
  // (The verb tells the gender where the title does not: `Глава Минфина выступил`.)
  const gender = verb.gender ?? wordAt(sentence, np.head)?.readings.find((r) => r.pos === 'NOUN' && titles.has(r.lemma))?.gender
  return {name: phrase.name, key: phrase.key, gender: gender === 'masc' || gender === 'femn' ? gender : undefined, start: sentence.tokens[np.first]!.start, end: sentence.tokens[np.last]!.end}
}

