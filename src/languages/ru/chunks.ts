/**
 * Russian chunks: a sentence cut, left to right and once, into noun
 * phrases, prepositional phrases, other words and marks. Subjects and
 * sources are then looked for among chunks rather than single words.
 */
import type {Sentence} from '../../pipeline/model.js'
import {skipSpace} from '../../pipeline/model.js'
import {lexicon} from './lexicon.js'
import {anyForm, commonForms, formsOf, hasCase, isModifier, isNounLike, possessivePronouns, shareForm, wordAt, type RuWord} from './words.js'

/** A piece of a sentence. */
export interface Chunk {
  type: 'np' | 'pp' | 'word' | 'mark'
  /** Token range, inclusive. */
  first: number
  last: number
  /** The head word of a phrase, the word itself, or the mark. */
  head: number
  /** For `pp`: the noun phrase after the preposition. */
  np: Chunk | undefined
  /** Forms (`case:number`) a noun phrase can stand in. */
  forms: Set<string>
  /** Part of speech of a `word` chunk; text of a `mark`; the preposition of a `pp`. */
  pos: string
}

const cache = new WeakMap<Sentence, Chunk[]>()
const maxModifiers = 8
const titles = new Set(lexicon.titles)
const none = new Set<string>()
const placePreposition = new Set(['в', 'во', 'из'])
const possessives = new Set(['мой', 'твой', 'наш', 'ваш', 'свой'])
/** Nouns of a share of a group, which a verb in the plural may agree with (`большинство`, `часть`, `ряд`). */
export const groupShares = new Set(['большинство', 'меньшинство', 'часть', 'ряд', 'половина', 'треть', 'множество'])
const oneOf = new Set(['один', 'одна', 'одно', 'одни', 'одного', 'одной', 'одному', 'одним', 'одну', 'каждый', 'многие', 'некоторые', 'большинство', 'часть', 'никто', 'кто-то', 'кто-нибудь'])

/**
 * The chunks of a sentence (computed once per sentence).
 *
 * @param sentence The sentence.
 * @returns Its chunks in order.
 */
export function chunks(sentence: Sentence): Chunk[] {
  const cached = cache.get(sentence)
  if (cached) return cached
  const list: Chunk[] = []
  const tokens = sentence.tokens
  let i = skipSpace(sentence, 0)
  while (i < tokens.length) {
    const token = tokens[i]!
    const w = wordAt(sentence, i)
    if (w?.pos === 'PREP') {
      const np = nounPhrase(sentence, skipSpace(sentence, i + 1))
      if (np) {
        list.push({type: 'pp', first: i, last: np.last, head: np.head, np, forms: np.forms, pos: token.lower})
        i = skipSpace(sentence, np.last + 1)
        continue
      }
    }
    const np = nounPhrase(sentence, i)
    if (np) {
      list.push(np)
      i = skipSpace(sentence, np.last + 1)
      continue
    }
    list.push(
      w
        ? {type: 'word', first: i, last: i, head: i, np: undefined, forms: none, pos: w.pos}
        : {type: 'mark', first: i, last: i, head: i, np: undefined, forms: none, pos: token.text}
    )
    i = skipSpace(sentence, i + 1)
  }
  cache.set(sentence, list)
  return list
}

/**
 * A short quoted name starting at an opening mark (`«Коммерсант»`, `"РИА Новости"`).
 *
 * @param sentence The sentence.
 * @param i Index of the opening mark.
 * @returns Index of the closing mark, or undefined.
 */
const mediaNouns = new Set(lexicon.media)

/** A body's name read first in the genitive (`Минобороны`, an unknown `Росстата`), no person's or place's. */
function genitiveBody(w: RuWord): boolean {
  const top = w.readings[0]
  if (!top || top.case !== 'gent' || w.readings.some((r) => r.name || r.place)) return false
  return top.org || (!top.dictionary && top.score >= 0.3)
}

const documentNouns = new Set(lexicon.documents)

/** A noun for a text: its author follows in the genitive (`в обращении Немцова`, though `Немцова` may be a nominative). */
export function textNoun(w: RuWord): boolean {
  return w.readings.some((r) => r.pos === 'NOUN' && documentNouns.has(r.lemma))
}

/** A noun for an outlet (`газета`, `Telegram-канал`). */
function outletNoun(w: RuWord): boolean {
  return w.readings.some((r) => mediaNouns.has(r.lemma)) || /-канал/.test(w.token.lower)
}

export function quotedName(sentence: Sentence, i: number, comma = false): number | undefined {
  const open = sentence.tokens[i]
  if (!open || !/^[«"„“]$/.test(open.text)) return undefined
  let words = 0
  for (let j = i + 1; j < sentence.tokens.length && j < i + 16; j++) {
    const token = sentence.tokens[j]!
    if (token.type === 'word') {
      if (words === 0 && !/^[А-ЯЁA-Z0-9]/.test(token.text)) return undefined
      words++
      continue
    }
    if (/^[»"“”]$/.test(token.text)) return words > 0 && words <= 5 ? j : undefined
    if (token.type !== 'whitespace' && token.text !== '-' && token.text !== '.' && !(comma && token.text === ',')) return undefined
  }
  return undefined
}

/**
 * Read a noun phrase starting at a token: modifiers, a head, then genitive
 * complements and a name in apposition (`бывший посол Лаврании во Франции Борис Ветров`).
 *
 * @param sentence The sentence.
 * @param start First token of the phrase.
 * @param group Whether `один из …` may open it (not inside one).
 * @returns The phrase, or undefined when no noun heads it.
 */
export function nounPhrase(sentence: Sentence, start: number, group = true): Chunk | undefined {
  const tokens = sentence.tokens
  const first = wordAt(sentence, start)
  // `один из ректоров`, `одна из экс-гимнасток`: the group names the source.
  if (first && group && (oneOf.has(first.token.lower) || first.readings[0]?.lemma === 'один')) {
    const from = skipSpace(sentence, start + 1)
    if (tokens[from]?.lower === 'из') {
      // One level only: `один из одного из …` must not recurse without end.
      const group = nounPhrase(sentence, skipSpace(sentence, from + 1), false)
      if (group) return {...group, first: start, forms: anyForm}
      // (`один из задержанных`: a participle or adjective standing for people.)
      const last = groupAfter(sentence, skipSpace(sentence, from + 1))
      if (last !== undefined) return {type: 'np', first: start, last, head: last, np: undefined, forms: anyForm, pos: 'NP'}
    }
  }
  let i = start
  let modifierForms: Set<string> = anyForm
  let modifiers = 0
  let counted = false
  // (At most a few modifiers: a run of adjectives with no noun must not be re-read from every word.)
  while (i < tokens.length && modifiers < maxModifiers) {
    const w = wordAt(sentence, i)
    if (!w) break
    if (w.token.lower === 'же' && modifiers > 0) {
      i = skipSpace(sentence, i + 1)
      continue
    }
    // (`в это же время`: `это` points, as `этот` does; `в его обращении`: `его` owns.)
    const owner = Object.hasOwn(possessivePronouns, w.token.lower)
    if (!isModifier(w) && w.token.lower !== 'это' && !owner) break
    const nextIndex = skipSpace(sentence, i + 1)
    const next = wordAt(sentence, nextIndex)
    // (A numeral governs its noun's case rather than agreeing: `три источника`.)
    const numeral = w.readings[0]?.pos === 'NUMR' || owner
    // (Modifiers in a row agree: `Ученые Московского университета` is the scholars of a university.)
    const fits = next
      ? next.token.lower === 'же' || ((isModifier(next) || isNounLike(next)) && (numeral || shareForm(formsOf(w), formsOf(next))))
      : quotedName(sentence, nextIndex) !== undefined
    if (!fits) break
    // (A numeral's own forms say nothing of the phrase's: `Два источника` is a nominative plural.)
    if (w.readings[0]?.pos === 'NUMR') counted = true
    else modifierForms = commonForms(modifierForms, formsOf(w))
    modifiers++
    i = nextIndex
  }
  // (An adjective that stands for people heads the phrase when the noun after does not agree with it:
  // `Ученые Новосибирского государственного университета`.)
  const end = wordAt(sentence, i)
  if (modifiers > 0 && first && end && first.readings.some((r) => r.pos === 'NOUN' && r.animate) && !shareForm(formsOf(first), formsOf(end))) {
    i = start
    modifiers = 0
    modifierForms = anyForm
    counted = false
  }
  let head: number
  let headWord: RuWord | undefined
  let last: number
  const quoted = quotedName(sentence, i)
  if (quoted !== undefined) {
    head = skipSpace(sentence, i + 1)
    last = quoted
  } else {
    const w = wordAt(sentence, i)
    if (!w || !isNounLike(w)) return undefined
    head = i
    headWord = w
    last = w.proper || w.latin ? nameRun(sentence, i, w.latin) : i
  }
  let forms = headWord ? formsOf(headWord) : anyForm
  if (modifiers > 0) {
    const agreeing = commonForms(forms, modifierForms)
    if (agreeing.size > 0) forms = agreeing
  }
  // (So does a share of a group, in sense: `Большинство опрошенных считают`.)
  const share = headWord?.readings.some((r) => r.pos === 'NOUN' && r.case === 'nomn' && groupShares.has(r.lemma)) ?? false
  if ((counted || share) && forms !== anyForm) forms = new Set([...forms, 'nomn:plur', 'accs:plur'])
  last = complements(sentence, last, headWord, forms)
  return {type: 'np', first: start, last, head, np: undefined, forms, pos: 'NP'}
}

/**
 * The last token of the group after `один из`: a noun phrase, or an adjective or participle
 * in the genitive plural standing for people (`из задержанных`, `из пострадавших`).
 */
function groupAfter(sentence: Sentence, at: number): number | undefined {
  const np = nounPhrase(sentence, at, false)
  if (np) return np.last
  const w = wordAt(sentence, at)
  return w && standsForPeople(w) ? at : undefined
}

/** A participle or adjective in the genitive plural, standing for people (`задержанных`, `опрошенных`). */
function standsForPeople(w: RuWord): boolean {
  return (w.pos === 'PRTF' || w.pos === 'ADJF') && w.readings.some((r) => r.case === 'gent' && r.number === 'plur')
}

/** After the head: genitives (`правительства США`), a name in apposition, a bracketed name. */
function complements(sentence: Sentence, from: number, headWord: RuWord | undefined, forms: Set<string>): number {
  const tokens = sentence.tokens
  let last = from
  // (A pronoun takes none: `рассказал он «Ленте.ру»` is whom he told.)
  if (headWord?.pos === 'NPRO') return last
  let j = skipSpace(sentence, last + 1)
  let previousGenitive = false
  while (j < tokens.length) {
    const w = wordAt(sentence, j)
    if (!w) {
      // (After an outlet's noun a name may hold a comma: `Telegram-канал «Осторожно, новости»`.)
      const quoted = quotedName(sentence, j, headWord !== undefined && outletNoun(headWord))
      // (`в пресс-службе Минфина «Интерфаксу» сообщили`: a name in the dative is whom it was told, no complement.)
      const inside = quoted === undefined ? undefined : wordAt(sentence, skipSpace(sentence, j + 1))
      const dative = inside !== undefined && inside.readings.length > 0 && inside.readings.every((r) => r.case === 'datv')
      if (quoted !== undefined && !dative) {
        last = quoted
        previousGenitive = true
      } else if (tokens[j]!.text === '(') {
        const close = bracketedName(sentence, j)
        if (close === undefined) break
        last = close
      } else {
        break
      }
      j = skipSpace(sentence, last + 1)
      continue
    }
    // `Большинство опрошенных`, `часть пострадавших`: a share of people a participle or adjective stands for.
    if (headWord !== undefined && last === from && headWord.readings.some((r) => groupShares.has(r.lemma)) && standsForPeople(w)) {
      const next = wordAt(sentence, skipSpace(sentence, j + 1))
      if (!next || !isNounLike(next)) {
        last = j
        j = skipSpace(sentence, j + 1)
        previousGenitive = true
        continue
      }
    }
    // `адвокат одного из задержанных`: one of a group, in the genitive.
    if (headWord !== undefined && oneOf.has(w.token.lower) && w.readings.some((r) => r.case === 'gent') && sentence.tokens[skipSpace(sentence, j + 1)]?.lower === 'из') {
      const group = groupAfter(sentence, skipSpace(sentence, skipSpace(sentence, j + 1) + 1))
      if (group === undefined) break
      last = group
      j = skipSpace(sentence, last + 1)
      previousGenitive = false
      continue
    }
    if (w.token.lower === 'и' && previousGenitive) {
      const after = wordAt(sentence, skipSpace(sentence, j + 1))
      if (after && isNounLike(after) && hasCase(formsOf(after), 'gent')) {
        j = skipSpace(sentence, j + 1)
        continue
      }
      break
    }
    if (placePreposition.has(w.token.lower)) {
      // `посол Лаврании во Франции Борис Ветров`: a place, then the name it qualifies.
      const place = wordAt(sentence, skipSpace(sentence, j + 1))
      if (!place || !place.proper) break
      const afterPlace = skipSpace(sentence, nameRun(sentence, place.token.index, place.latin) + 1)
      const name = wordAt(sentence, afterPlace)
      if (!name || !name.proper || !name.readings.some((r) => r.name)) break
      last = nameRun(sentence, afterPlace, name.latin)
      j = skipSpace(sentence, last + 1)
      previousGenitive = false
      continue
    }
    if (w.pos === 'PREP' && headWord !== undefined && personNoun(headWord)) {
      // `председатель комитета по бюджету Андрей Макаров`, `депутат от КПРФ Михаил Матвеев`:
      // a title's own prepositional phrase, then the name of the one who bears it.
      const name = nameAfterTitlePhrase(sentence, j, forms)
      if (name === undefined) break
      last = nameRun(sentence, name, false)
      j = skipSpace(sentence, last + 1)
      previousGenitive = false
      continue
    }
    // `тетка моя`: a possessive after its noun (not one before the noun it goes with: `Предприятие свою причастность`).
    const following = wordAt(sentence, skipSpace(sentence, j + 1))
    const ownsNext = following !== undefined && isNounLike(following) && shareForm(formsOf(w), formsOf(following))
    if (headWord !== undefined && !ownsNext && w.readings.some((r) => r.pos === 'ADJF' && possessives.has(r.lemma)) && shareForm(formsOf(w), forms)) {
      last = j
      j = skipSpace(sentence, j + 1)
      continue
    }
    if (isModifier(w)) {
      // A modifier belongs here only before a genitive noun it agrees with.
      const next = wordAt(sentence, skipSpace(sentence, j + 1))
      if (!next || !isNounLike(next) || !hasCase(formsOf(w), 'gent') || !hasCase(formsOf(next), 'gent')) break
      j = skipSpace(sentence, j + 1)
      continue
    }
    if (!isNounLike(w)) break
    const own = formsOf(w)
    if (w.proper) {
      // A genitive name (`Франции`, `СССР`); after a name only an inflected one (`Банк России`, not `к Парижу Гарсиа`).
      // A person's name that can be the nominative is left for the verb (`после спектакля Штефан Кэги рассказывает`).
      // (A network's channel noun is a common one, capital or not: `Telegram-канала SHOT`.)
      const commonHead = headWord !== undefined && (!headWord.proper || outletNoun(headWord))
      const genitive =
        own === anyForm
          ? ((w.abbreviation || genitiveBody(w)) && commonHead) || onlyGenitive(w)
          : hasCase(own, 'gent') && (!(w.readings.some((r) => r.name) && hasCase(own, 'nomn')) || (headWord !== undefined && textNoun(headWord)))
      // A person's name in apposition to a person noun (`глава района Илья Яшин`, not `после спектакля Штефан Кэги`).
      // A foreign name after any common noun is its name too (`агентство Nordpress`).
      const apposition = headWord !== undefined && commonHead && ((personNoun(headWord) && leadsName(w) && shareForm(own, forms)) || w.latin)
      if (!genitive && !apposition) break
      last = nameRun(sentence, j, w.latin)
      previousGenitive = genitive
      j = skipSpace(sentence, last + 1)
      continue
    }
    if (own === anyForm || !hasCase(own, 'gent')) break
    last = j
    previousGenitive = true
    j = skipSpace(sentence, j + 1)
  }
  return last
}

/**
 * The first word of a person's name a few words after a title's preposition
 * (`по бюджету Андрей`), in the title's case; only nouns, adjectives and
 * names between (a verb or a mark means the phrase went on to something else).
 */
function nameAfterTitlePhrase(sentence: Sentence, preposition: number, forms: Set<string>): number | undefined {
  let j = skipSpace(sentence, preposition + 1)
  for (let words = 0; words < 5 && j < sentence.tokens.length; words++) {
    const w = wordAt(sentence, j)
    if (!w) {
      // (A quoted name inside: `от партии «Яблоко» Лев Шлосберг`.)
      const quoted = quotedName(sentence, j)
      if (quoted === undefined) return undefined
      j = skipSpace(sentence, quoted + 1)
      continue
    }
    if (words > 0 && w.proper && w.capitalized && !w.latin && w.readings.some((r) => r.name) && leadsName(w) && shareForm(formsOf(w), forms)) return j
    if (!(isNounLike(w) || isModifier(w) || w.token.lower === 'и')) return undefined
    j = skipSpace(sentence, j + 1)
  }
  return undefined
}

/**
 * Extend a capitalised or foreign word into the run of such words after it.
 *
 * @param sentence The sentence.
 * @param i The first word.
 * @param latinOnly Extend over foreign (Latin) words only.
 * @returns Index of the last word of the run.
 */
export function nameRun(sentence: Sentence, i: number, latinOnly: boolean): number {
  let last = i
  let j = skipSpace(sentence, i + 1)
  while (j < sentence.tokens.length) {
    const token = sentence.tokens[j]!
    if (token.type !== 'word') {
      // Hyphenated and dotted names continue (`Римский-Корсаков`, `J. Smith`).
      if ((token.text === '-' || token.text === '&') && sentence.tokens[j + 1]?.type === 'word') {
        j++
        continue
      }
      break
    }
    const w = wordAt(sentence, j)!
    if (latinOnly ? !w.latin : !(w.proper && !w.latin && w.capitalized)) break
    // Only a name or an unknown word leads on to the next (`Борис Ветров`, `Ли Вэньцзе`); a
    // place or a common word ends the run (`к Парижу Гарсиа`), and so does a change of case.
    const previous = wordAt(sentence, last)!
    if (!latinOnly && (isPlace(previous) || !leadsName(previous) || !(shareForm(formsOf(previous), formsOf(w)) || womansSurname(previous, w)))) break
    last = j
    j = skipSpace(sentence, j + 1)
  }
  return last
}

/**
 * A woman's surname that ends in a consonant does not decline (`Софьи Донец`, `Анне Ковальчук`):
 * after her first name it keeps the name's case, whatever the dictionary reads in it.
 */
function womansSurname(first: RuWord, w: RuWord): boolean {
  return first.readings.some((r) => r.firstName && r.gender === 'femn') && !w.readings.some((r) => r.firstName) && /[бвгджзклмнпрстфхцчшщ]$/.test(w.token.lower)
}

/**
 * A capitalised word the dictionary reads only in the genitive (`пресс-служба
 * Кремля`): whatever its endings say of a name, here it hangs on the noun before.
 */
function onlyGenitive(w: RuWord): boolean {
  const cased = w.readings.filter((r) => r.dictionary && r.case)
  return cased.length > 0 && cased.every((r) => r.case === 'gent' || r.case === 'gen1' || r.case === 'gen2')
}

/** An animate common noun or a title: a name may stand beside it. */
function personNoun(w: RuWord): boolean {
  if (w.proper) return false
  return w.readings.some((r) => r.animate && r.pos === 'NOUN') || titles.has(w.readings[0]?.lemma ?? '')
}

function isPlace(w: RuWord): boolean {
  return w.readings.some((r) => r.place) && !w.readings.some((r) => r.name)
}

/**
 * Can this capitalised word start or continue a person's name?
 *
 * @param w The word.
 * @returns Whether it has a name reading or is unknown to the dictionary.
 */
export function leadsName(w: RuWord): boolean {
  // A lone capital without a full stop is no initial (`в соцсети Х Крылова`).
  if (w.token.text.length === 1 && w.token.text !== w.token.text.toLowerCase()) return false
  if (isPlace(w)) return false
  return w.readings.some((r) => r.name) || !w.known
}

function bracketedName(sentence: Sentence, open: number): number | undefined {
  for (let j = open + 1; j < sentence.tokens.length && j < open + 12; j++) {
    const token = sentence.tokens[j]!
    if (token.text === ')') return j > open + 1 ? j : undefined
    if (token.type === 'word' && !/^[A-ZА-ЯЁ]/.test(token.text)) return undefined
    if (token.type !== 'word' && token.type !== 'whitespace' && token.text !== '.') return undefined
  }
  return undefined
}
