/**
 * Russian chunks: a sentence cut, left to right and once, into noun
 * phrases, prepositional phrases, other words and marks. Subjects and
 * sources are then looked for among chunks rather than single words.
 */
import type {Sentence} from '../../pipeline/model.js'
import {skipSpace} from '../../pipeline/model.js'
import {casesOf, isModifier, isNounLike, numbersOf, wordAt, type RuWord} from './words.js'

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
  /** Cases and numbers a noun phrase can stand in. */
  cases: Set<string>
  numbers: Set<string>
  /** Part of speech of a `word` chunk; text of a `mark`. */
  pos: string
}

const cache = new WeakMap<Sentence, Chunk[]>()
const none = new Set<string>()
const placePreposition = new Set(['в', 'во', 'из'])

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
    if (token.type !== 'word') {
      const quoted = quotedName(sentence, i)
      if (quoted !== undefined) {
        const np = nounPhrase(sentence, i)
        if (np) {
          list.push(np)
          i = skipSpace(sentence, np.last + 1)
          continue
        }
      }
      list.push(mark(i, token.text))
      i = skipSpace(sentence, i + 1)
      continue
    }
    const w = wordAt(sentence, i)!
    if (w.pos === 'PREP') {
      const np = nounPhrase(sentence, skipSpace(sentence, i + 1))
      if (np) {
        list.push({type: 'pp', first: i, last: np.last, head: np.head, np, cases: np.cases, numbers: np.numbers, pos: token.lower})
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
    list.push({type: 'word', first: i, last: i, head: i, np: undefined, cases: none, numbers: none, pos: w.pos})
    i = skipSpace(sentence, i + 1)
  }
  cache.set(sentence, list)
  return list
}

function mark(i: number, text: string): Chunk {
  return {type: 'mark', first: i, last: i, head: i, np: undefined, cases: none, numbers: none, pos: text}
}

/**
 * A short quoted name starting at an opening mark (`«Коммерсант»`, `"РИА Новости"`).
 *
 * @returns Index of the closing mark, or undefined.
 */
export function quotedName(sentence: Sentence, i: number): number | undefined {
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
    if (token.type !== 'whitespace' && token.text !== '-' && token.text !== '.') return undefined
  }
  return undefined
}

/**
 * Read a noun phrase starting at a token: modifiers, a head, then genitive
 * complements and an appositive name (`бывший посол США в Венесуэле Джеймс Стори`).
 *
 * @param sentence The sentence.
 * @param start First token of the phrase.
 * @returns The phrase, or undefined when no noun heads it.
 */
export function nounPhrase(sentence: Sentence, start: number): Chunk | undefined {
  const tokens = sentence.tokens
  let i = start
  const modifiers: RuWord[] = []
  // Modifiers, then the head.
  while (i < tokens.length) {
    const token = tokens[i]!
    if (token.type !== 'word') break
    const w = wordAt(sentence, i)!
    if (w.token.lower === 'же' && modifiers.length > 0) {
      i = skipSpace(sentence, i + 1)
      continue
    }
    const next = tokens[skipSpace(sentence, i + 1)]
    const nextWord = next ? wordAt(sentence, next.index) : undefined
    if (
      isModifier(w) &&
      nextWord &&
      (nextWord.token.lower === 'же' || isModifier(nextWord) || (isNounLike(nextWord) && agree(w, nextWord)))
    ) {
      modifiers.push(w)
      i = skipSpace(sentence, i + 1)
      continue
    }
    if (isModifier(w) && next && quotedName(sentence, next.index) !== undefined) {
      modifiers.push(w)
      i = skipSpace(sentence, i + 1)
      continue
    }
    break
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
    last = i
    // A run of capitalised or foreign words is one name (`The Washington Post`, `Джеймс Стори`).
    if (w.proper || w.latin) last = nameRun(sentence, i, w.latin)
  }
  let cases = headWord ? casesOf(headWord) : allCases
  let numbers = headWord ? numbersOf(headWord) : bothNumbers
  if (modifiers.length > 0 && headWord) {
    const agreeing = intersect(cases, modifierCases(modifiers))
    if (agreeing.size > 0) cases = agreeing
  }
  if (modifiers.length === 0 && tokens[start]?.type !== 'word' && quoted === undefined) return undefined
  // Complements: genitives, a name in apposition, a bracketed name.
  let j = skipSpace(sentence, last + 1)
  let previousGenitive = false
  while (j < tokens.length) {
    const token = tokens[j]!
    if (token.type === 'word') {
      const w = wordAt(sentence, j)!
      if (w.pos === 'CONJ' && w.token.lower === 'и' && previousGenitive) {
        const after = wordAt(sentence, skipSpace(sentence, j + 1))
        if (after && isNounLike(after) && casesOf(after).has('gent')) {
          j = skipSpace(sentence, j + 1)
          continue
        }
        break
      }
      if (placePreposition.has(w.token.lower)) {
        // `посол США в Венесуэле Джеймс Стори`: a place, then the name it qualifies.
        const place = wordAt(sentence, skipSpace(sentence, j + 1))
        if (place && place.proper) {
          const afterPlace = skipSpace(sentence, nameRun(sentence, place.token.index, place.latin) + 1)
          const name = wordAt(sentence, afterPlace)
          if (name && name.proper && name.readings.some((r) => r.name)) {
            last = nameRun(sentence, afterPlace, name.latin)
            j = skipSpace(sentence, last + 1)
            previousGenitive = false
            continue
          }
        }
        break
      }
      if (!isNounLike(w) && !(isModifier(w) && genitiveAhead(sentence, j))) break
      if (w.proper) {
        // After a name only an inflected genitive continues the phrase (`Банк России`, not `к Пекину Мадуро`).
        if (headWord?.proper && !(casesOf(w).has('gent') && casesOf(w).size < 7)) break
        last = nameRun(sentence, j, w.latin)
        j = skipSpace(sentence, last + 1)
        previousGenitive = true
        continue
      }
      if (isModifier(w)) {
        j = skipSpace(sentence, j + 1)
        continue
      }
      if (!casesOf(w).has('gent')) break
      last = j
      previousGenitive = true
      j = skipSpace(sentence, j + 1)
      continue
    }
    const q = quotedName(sentence, j)
    if (q !== undefined) {
      last = q
      j = skipSpace(sentence, q + 1)
      previousGenitive = true
      continue
    }
    if (token.text === '(') {
      const close = bracketedName(sentence, j)
      if (close !== undefined) {
        last = close
        j = skipSpace(sentence, close + 1)
        continue
      }
    }
    break
  }
  return {type: 'np', first: start, last, head, np: undefined, cases, numbers, pos: 'NP'}
}

/** Extend a capitalised or foreign word into the run of such words after it. */
export function nameRun(sentence: Sentence, i: number, latinOnly: boolean): number {
  let last = i
  let j = skipSpace(sentence, i + 1)
  while (j < sentence.tokens.length) {
    const token = sentence.tokens[j]!
    if (token.type !== 'word') {
      // Hyphenated and dotted names continue (`Тимофеев-Ресовский`, `J. Trump`).
      if ((token.text === '-' || token.text === '&') && sentence.tokens[j + 1]?.type === 'word') {
        j++
        continue
      }
      break
    }
    const w = wordAt(sentence, j)!
    if (latinOnly ? !w.latin : !(w.proper && !w.latin && w.capitalized)) break
    // Only a name or an unknown word leads on to the next (`Джеймс Стори`, `Си Цзиньпину`); a
    // place or a common word ends the run (`к Пекину Мадуро`), and so does a change of case.
    const previous = wordAt(sentence, last)!
    if (!latinOnly && (isPlace(previous) || !leadsName(previous) || !shareCase(previous, w))) break
    last = j
    j = skipSpace(sentence, j + 1)
  }
  return last
}

function isPlace(w: RuWord): boolean {
  return w.readings.some((r) => r.place) && !w.readings.some((r) => r.name)
}

function leadsName(w: RuWord): boolean {
  return w.readings.some((r) => r.name) || !w.known
}

function shareCase(a: RuWord, b: RuWord): boolean {
  const cases = casesOf(b)
  for (const c of casesOf(a)) if (cases.has(c)) return true
  return false
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

function genitiveAhead(sentence: Sentence, i: number): boolean {
  const next = wordAt(sentence, skipSpace(sentence, i + 1))
  return next !== undefined && isNounLike(next) && casesOf(next).has('gent')
}

/** Can a modifier stand with this noun: some case in common? */
function agree(modifier: RuWord, noun: RuWord): boolean {
  const own = modifierCases([modifier])
  const cases = casesOf(noun)
  for (const c of own) if (cases.has(c)) return true
  return false
}

function modifierCases(modifiers: RuWord[]): Set<string> {
  let cases: Set<string> | undefined
  for (const m of modifiers) {
    const own = new Set<string>()
    for (const r of m.readings) if (r.case && (r.pos === 'ADJF' || r.pos === 'PRTF' || r.pos === 'NUMR')) own.add(r.case)
    if (own.size === 0) continue
    cases = cases ? intersect(cases, own) : own
  }
  return cases ?? allCases
}

function intersect(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>()
  for (const x of a) if (b.has(x)) out.add(x)
  return out
}

const allCases = new Set(['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct', 'voct'])
const bothNumbers = new Set(['sing', 'plur'])
