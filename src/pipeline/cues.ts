/**
 * Stage 3, cues: find the reporting expressions of every sentence — verbs
 * of the lexicon in any form (read by lemma through the language pack) and
 * fixed frames (`по данным`, `according to`). Words inside reported speech
 * belong to the speaker and are not cues of the sentence.
 */
import type {Lexicon} from '../languages/pack.js'
import type {Cue, Doc, Sentence} from './model.js'
import {capitalStart, skipSpace, skipSpaceBack} from './model.js'
import {authorsRemark, outermostSpeech} from './quotes.js'

type Frame = Lexicon['frames'][number]

const frameIndex = new WeakMap<Lexicon, Map<string, Frame[]>>()

/** Frames by first word, longest first (built once per lexicon). */
function framesOf(lexicon: Lexicon): Map<string, Frame[]> {
  let index = frameIndex.get(lexicon)
  if (!index) {
    index = new Map()
    for (const frame of lexicon.frames) {
      const first = frame.words[0]!
      const list = index.get(first) ?? []
      list.push(frame)
      index.set(first, list)
    }
    for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length)
    frameIndex.set(lexicon, index)
  }
  return index
}

/**
 * Find the cues of every sentence.
 *
 * @param doc The document, its quotes found; fills `sentence.cues`.
 */
export function findCues(doc: Doc): void {
  const frames = framesOf(doc.pack.lexicon)
  const falsehoods = falsehoodsOf(doc.pack.lexicon)
  for (const sentence of doc.sentences) {
    const tokens = sentence.tokens
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!
      // (Inside speech only the writer's remark: `«…, — сказал Лавров. — …»`.)
      if (token.type !== 'word' || (outermostSpeech(doc, token.quote) !== -1 && !authorsRemark(sentence, i))) continue
      const frame = matchFrame(sentence, i, frames.get(token.lower))
      if (frame && (doc.pack.frameFits?.(sentence, i, frame.last) ?? true)) {
        sentence.cues.push(makeCue(sentence, i, frame.last, frame.frame.role, frame.frame.words.join(' ')))
        i = frame.last
        continue
      }
      const verb = doc.pack.verb(token, sentence)
      if (verb) {
        const cue = makeCue(sentence, verb.span?.first ?? i, verb.span?.last ?? i, verb.passive ? 'passive' : 'verb', verb.lemma)
        // (`did not deny the report`, `не опроверг`: a denial negated is none.)
        // (`the visa was denied`: a passive with no one denying is no denial.)
        // (`Her claim that … is false`: the writer calling a claim false is no denial by its owner.)
        // (`Информация … не соответствует действительности, заявили в Минобороны`: or the words it closes say so.)
        const callsClaimFalse =
          verb.noun !== true && (callsFalse(sentence, cue.last, falsehoods) || (setOffAfter(sentence, cue.first) && claimFirst(sentence, doc.pack.lexicon) && callsFalse(sentence, -1, falsehoods, cue.first, closingReach)))
        cue.denial = (doc.pack.lexicon.verbs[verb.lemma] === 'deny' || callsClaimFalse) && !negated(sentence, cue, doc.pack.lexicon) && !(verb.passive && sentence.tokens[skipSpace(sentence, cue.last + 1)]?.lower !== 'by')
        cue.noun = verb.noun === true
        cue.learnt = verb.learnt === true
        cue.stance = verb.stance === true
        sentence.cues.push(cue)
        i = cue.last
      }
    }
    const headline = headlineColon(doc, sentence)
    if (headline !== undefined && !sentence.cues.some((c) => c.first < headline)) {
      sentence.cues.unshift(makeCue(sentence, headline, headline, 'verb', ':'))
    }
    for (const cue of sentence.cues) cue.backward = doc.pack.backward(sentence, cue)
  }
}

/** Words after a verb of saying in which it may call something false (`called the reports false`). */
const falsehoodReach = 8
/** Words from a sentence's start in which the claim a closing verb reports may be called false (a bound: long sentences stay linear). */
const closingReach = 40
const falsehoodIndex = new WeakMap<Lexicon, string[][]>()

function falsehoodsOf(lexicon: Lexicon): string[][] {
  let list = falsehoodIndex.get(lexicon)
  if (!list) {
    list = (lexicon.falsehoods ?? []).map((phrase) => phrase.split(' '))
    falsehoodIndex.set(lexicon, list)
  }
  return list
}

/**
 * Does a word calling something false follow the verb closely (`назвала эти
 * сведения не соответствующими действительности`, `calling it “completely false”`)?
 */
function callsFalse(sentence: Sentence, last: number, falsehoods: string[][], end = sentence.tokens.length, reach = falsehoodReach): boolean {
  if (falsehoods.length === 0) return false
  const tokens = sentence.tokens
  let words = 0
  for (let i = last + 1; i < end && words < reach; i++) {
    const token = tokens[i]!
    if (token.text === '.' || token.text === ';') break
    if (token.type !== 'word') continue
    words++
    for (const parts of falsehoods) {
      if (!token.lower.startsWith(parts[0]!)) continue
      // (The rest of a phrase in the words after: `не соответству`.)
      let k = 1
      for (let j = i + 1; k < parts.length && j < tokens.length; j++) {
        if (tokens[j]!.type !== 'word') continue
        if (!tokens[j]!.lower.startsWith(parts[k]!)) break
        k++
      }
      if (k === parts.length) return true
    }
  }
  return false
}

/** Words a claim noun may stand among at the start of the sentence (`Сообщения о …`, `The reports of …`). */
const claimReach = 3

/** Does a word for a claim or report open the sentence (`Информация о гибели …`, `The reports that …`)? */
function claimFirst(sentence: Sentence, lexicon: Lexicon): boolean {
  const claims = lexicon.claims ?? []
  let words = 0
  for (const token of sentence.tokens) {
    if (token.type !== 'word') continue
    if (claims.some((stem) => token.lower.startsWith(stem))) return true
    if (++words >= claimReach) return false
  }
  return false
}

/**
 * A verb right after `, ` or `, —`, or after a short subject there, closing the words before it
 * (`…, заявили в Минобороны`, `…, — сказал он`, `…, the spokesman said`).
 */
function setOffAfter(sentence: Sentence, first: number): boolean {
  let i = skipSpaceBack(sentence, first - 1)
  for (let words = 0; words < 4 && sentence.tokens[i]?.type === 'word'; words++) i = skipSpaceBack(sentence, i - 1)
  let before = sentence.tokens[i]
  if (before && /^[—–]$/.test(before.text)) before = sentence.tokens[skipSpaceBack(sentence, before.index - 1)]
  return before?.text === ','
}

/** A negation inside the verb group or right before it. */
function negated(sentence: Sentence, cue: Cue, lexicon: Lexicon): boolean {
  const negations = lexicon.negations
  if (!negations) return false
  const before = skipSpaceBackFrom(sentence, cue.first - 1)
  for (let i = Math.max(0, before); i <= cue.last; i++) if (negations.includes(sentence.tokens[i]!.lower)) return true
  return false
}

/** Most words a name before a headline colon may have (`Sen. John McCain:`). */
const headlineNameWords = 5
/** Fewest words after it. */
const headlineClaimWords = 3

/**
 * `Песков: …`, `McCain: …`: a name, a colon, then a claim — the colon is the cue.
 *
 * @returns Index of the colon token, or undefined.
 */
function headlineColon(doc: Doc, sentence: Sentence): number | undefined {
  let words = 0
  let colon = -1
  for (const token of sentence.tokens) {
    if (token.type === 'word') {
      if (colon !== -1) {
        words++
        if (words >= headlineClaimWords) return colon
        continue
      }
      if (++words > headlineNameWords) return undefined
      // (`Update:`, `Видео:`: a label names no one.)
      if (!capitalStart.test(token.text) || doc.pack.lexicon.headlineLabels?.includes(token.lower)) return undefined
      continue
    }
    if (colon === -1 && token.text === ':') {
      // (`Q:` and `A:` mark an interview's turns, not a name.)
      const name = skipSpaceBackFrom(sentence, token.index)
      if (words === 0 || sentence.tokens[name]!.text.length < 2 || !doc.pack.isName(sentence, name)) return undefined
      colon = token.index
      words = 0
    } else if (colon === -1 && token.type !== 'whitespace' && !/^[.\-’'&«»"“”]$/.test(token.text)) {
      return undefined
    }
  }
  return undefined
}

function skipSpaceBackFrom(sentence: Sentence, index: number): number {
  let i = index - 1
  while (i >= 0 && sentence.tokens[i]!.type !== 'word') i--
  return i
}

function matchFrame(sentence: Sentence, start: number, candidates: Frame[] | undefined): {frame: Frame; last: number} | undefined {
  if (!candidates) return undefined
  for (const frame of candidates) {
    let i = start
    let last = start
    let ok = true
    for (const [n, word] of frame.words.entries()) {
      const token = sentence.tokens[i]
      if (!token || token.type !== 'word' || token.lower !== word) {
        ok = false
        break
      }
      last = i
      if (n < frame.words.length - 1) i = skipSpace(sentence, i + 1)
    }
    if (ok) return {frame, last}
  }
  return undefined
}

function makeCue(sentence: Sentence, first: number, last: number, role: Cue['role'], lemma: string): Cue {
  return {sentence: sentence.index, first, last, role, lemma, denial: false, backward: false, source: undefined, forward: true, noun: false, learnt: false, stance: false}
}
