/**
 * English sources: the subject before a reporting verb (`The Courier
 * reported`), after it in inverted order (`…,” said Sen. Smith`), the
 * object of a frame (`according to X`, `citing Y`), the agent of a passive
 * (`was reported by X`); and the description of the phrase found.
 */
import type {Cue, Person, Phrase, Sentence, Token} from '../../pipeline/model.js'
import {asOutlet, capitalStart, countWhile, cueIndex, skipSpace, skipSpaceBack, textOf} from '../../pipeline/model.js'
import {coreVerbs, demonyms, firstNames, isVerbForm, lexicon, placeNames, presentOnly, singulars} from './lexicon.js'
import {kindSets} from '../shared.js'
import {asSayingForms, beForms, contractedPronoun, numbers, possessiveBefore, timeWords, weekDays, wordAt, type EnWord} from './words.js'

const {media, documents, organizations, anonymous, unnamed, titles} = kindSets(lexicon)
/** Prepositions that may join two parts of one source (`a spokesman for the campaign`, `director of the FBI`). */
const inner = new Set(['of', 'for', 'at', 'with', 'from', 'to'])
/** Read leftwards from a verb, a source may also be somewhere (`leaders in the legislature`). */
const innerBefore = new Set([...inner, 'in'])
/** Read rightwards after a frame, a text may have its author (`a count by The Associated Press`). */
const innerAfter = new Set([...inner, 'by'])
/**
 * The outlet a speaker told, right after `told` or `said to`: a phrase with a
 * word for an outlet (`told The Washington Post`, `told Fox News`,
 * `told Reuters`). A person told (`told reporters`, `told Smith`) is none.
 *
 * @param sentence The sentence.
 * @param cue A verb cue.
 * @returns The outlet, as a source phrase, or undefined.
 */
export function hearer(sentence: Sentence, cue: Cue): Phrase | undefined {
  if (cue.role !== 'verb' || cue.lemma !== 'tell') return undefined
  const found = phraseAfter(sentence, skipSpace(sentence, cue.last + 1))
  if (!found) return undefined
  // (Not the day it was told: `told CNBC Saturday`; but `told USA Today`.)
  const range = {...found}
  const timeAt = (i: number): boolean => {
    const w = wordAt(sentence, i)
    return w !== undefined && isTime(w) && (!w.capitalized || dayName(w))
  }
  while (range.last > range.first && timeAt(range.last)) range.last = skipSpaceBack(sentence, range.last - 1)
  const phrase = describe(sentence, range, cue)
  // (A capital `The` inside a sentence opens a title: `told The Evening Courier`.)
  const title = sentence.tokens[range.first]!.text === 'The'
  // (`told CNN`, `told MSNBC`: a bare acronym told is mostly a broadcaster; `told the FBI` takes an article.)
  const acronym = /^[A-Z]{2,6}$/.test(sentence.tokens[range.first]!.text) && range.last === range.first
  if (!phrase.named || !(phrase.kind === 'media' || title || acronym)) return undefined
  // (An acronym goes by itself: `told the BBC` → `BBC`.)
  const name = /^The [A-Z]{2,6}$/.test(phrase.name) ? phrase.name.slice(4) : title && !phrase.name.startsWith('The ') ? `The ${phrase.name}` : phrase.name
  return {...phrase, kind: 'media', name, key: name.toLowerCase().replace(/^the\s+/, '')}
}

/**
 * Does a frame frame a source here? `per` cites only what is named or determined
 * (`per the report`, `per Reuters`), not `per capita` or `per year`.
 *
 * @param sentence The sentence.
 * @param first The frame's first token.
 * @param last Its last token.
 * @returns Whether it does.
 */
export function frameFits(sentence: Sentence, first: number, last: number): boolean {
  if (sentence.tokens[first]!.lower !== 'per') return true
  const next = sentence.tokens[skipSpace(sentence, last + 1)]
  return next !== undefined && (capitalStart.test(next.text) || wordAt(sentence, next.index)?.class === 'det')
}

/** Roles that speak for someone else (`the spokesman`). */
const speakingFor = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative', 'aide', 'lawyer', 'attorney'])

/** Participles whose agent reports the phrase before them (`analysts polled by Reuters`). */
const agentFrames = new Set(['quoted', 'cited', 'polled', 'surveyed', 'interviewed', 'questioned', 'contacted', 'seen', 'obtained', 'reviewed', 'viewed'])
/** Nouns for an outlet and for a government body alike. */
const ambiguousMedia = new Set(['agency', 'bureau'])
/** Nouns for any text, which point back to whatever text came last. */
const genericTexts = new Set(['document', 'documents', 'text', 'texts', 'material', 'materials', 'paper', 'papers', 'file', 'files', 'record', 'records'])
/** Prepositions that place a title rather than name what it is of (`a judge in Washington`). */
const placePrepositions = new Set(['in', 'at', 'from'])
/** Auxiliaries that are verbs (not the adverbs read with them, `later`, `also`). */
const verbalAux = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall'])
const reflexives = new Set(['himself', 'herself', 'themselves', 'itself'])
/** Tokens looked at around a verb: a subject stands near it, and long sentences stay linear. */
const window = 40
/** Prepositions that open an adjunct, never a subject's own phrase (unlike `of`, `for`, `with`). */
const adjunctPrepositions = new Set(['in', 'on', 'at', 'during', 'under', 'over', 'into', 'through', 'against', 'among', 'without', 'within', 'despite', 'amid', 'following', 'regarding', 'including', 'across', 'around', 'toward', 'towards', 'upon', 'via', 'about'])
const genders: Record<string, 'masc' | 'femn'> = {he: 'masc', him: 'masc', she: 'femn', her: 'femn'}
/**
 * The pronoun a possessive stands for, when it owns a noun of speech alone (`his remarks`, `its position`).
 * (`her` is as often the object, and `their` a group's, rarely the last one named: they stay as written.)
 */
const owners: Record<string, string> = {his: 'he', its: 'it'}

/** A token range [first, last]. */
interface Range {
  first: number
  last: number
  /** The last token the mention shows, past the phrase (a relative clause set off after it). */
  shownTo?: number
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
    // (`citing no evidence`: nothing cited.)
    if (cue.role === 'citing' && /^(no|nothing|none)$/.test(sentence.tokens[skipSpace(sentence, cue.last + 1)]?.lower ?? '')) return undefined
    const np = phraseAfter(sentence, skipSpace(sentence, cue.last + 1))
    if (!np) return undefined
    // (`According to a poll, 51 percent said …`: what follows the comma of an opening frame is the clause.)
    const opens = cue.first === skipSpace(sentence, 0)
    return opens ? describe(sentence, np, cue) : withApposition(sentence, describe(sentence, np, cue))
  }
  if (cue.role !== 'verb' && cue.role !== 'passive') return undefined
  if (cue.noun) {
    // `the mayor’s remarks`, `his claim`: the owner.
    const owner = possessiveBefore(sentence, cue.first)
    const w = wordAt(sentence, owner)
    if (!w) return undefined
    if (w.class === 'det') {
      const gender = w.lower === 'his' ? 'masc' : w.lower === 'her' ? 'femn' : w.lower === 'their' ? 'plur' : undefined
      const subject = gender ? subjectOwning(sentence, owner, gender, cue) : undefined
      return subject ? {...subject, first: owner, last: owner} : describe(sentence, {first: owner, last: owner}, cue)
    }
    const range = nounPhraseEndingAt(sentence, owner)
    return range ? describe(sentence, range, cue) : undefined
  }
  const verb = verbHead(sentence, cue)
  // `was reported by X`: the agent; `it was reported that`: nobody. (`is calling` is no passive.)
  const before = previousWord(sentence, verb)
  // `The measures, first reported by Politico,`: a participle with its agent, no auxiliary.
  const agentAfter = sentence.tokens[skipSpace(sentence, cue.last + 1)]?.lower === 'by' && /ed$/.test(sentence.tokens[verb]!.lower)
  if (agentAfter && !(before && beForms.has(before.lower))) {
    const agent = phraseAfter(sentence, skipSpace(sentence, skipSpace(sentence, cue.last + 1) + 1))
    const head = agent ? wordAt(sentence, agent.last) : undefined
    if (agent && head && (head.proper || media.has(head.lower) || organizations.has(head.lower) || documents.has(head.lower) || anonymous.has(head.lower))) {
      return describe(sentence, agent, cue)
    }
  }
  if (before && beForms.has(before.lower) && !gerund(sentence, cue)) {
    const by = sentence.tokens[skipSpace(sentence, cue.last + 1)]
    if (by?.lower === 'by') {
      const agent = phraseAfter(sentence, skipSpace(sentence, by.index + 1))
      return agent ? describe(sentence, agent, cue) : undefined
    }
    return undefined
  }
  // `…, with Gov. Martin O’Malley calling Trump a fascist`: the phrase between `with` and the participle.
  if (gerund(sentence, cue) && !isProgressive(sentence, cue)) {
    const absolute = subjectWith(sentence, cue.first)
    if (absolute) return describe(sentence, absolute, cue)
  }
  if (gerund(sentence, cue) && !isProgressive(sentence, cue)) {
    // `…, he said, adding that …`: the subject of the cue before; else the clause's subject.
    let source: Phrase | undefined
    const cues = sentence.cues
    // (The nearest before it, looked for from the cue back: cues are in order.)
    for (let i = cueIndex(sentence, cue) - 1, seen = 0; i >= 0 && seen < 8 && !source; i--, seen++) {
      const c = cues[i]!
      if (c.last < cue.first && c.source && c.role === 'verb') source = c.source
    }
    if (source) return {...source}
    const main = clauseSubject(sentence, cue.first)
    return main ? describe(sentence, main, cue) : undefined
  }
  // (Only verbs of saying invert, `…, said X`; `…, feels a payoff coming` has no subject after.)
  const invertible = lexicon.verbs[cue.lemma] !== 'think' && inverted(sentence, cue.first)
  const subject = subjectBefore(sentence, cue.first)
  const after = subject || !invertible ? undefined : subjectAfter(sentence, cue.last + 1)
  const range = subject ?? after ?? textSubject(sentence, cue.first)
  if (range && (modifiesText(sentence, range, cue) || disagrees(sentence, range, cue))) return undefined
  // (`The bill passed the Senate`: a verb learnt from data reports only for someone who can speak; a thing takes a core verb, `the ad claims`.)
  if (range && !coreVerbs.has(cue.lemma) && mereThing(sentence, range)) return undefined
  if (!range) return undefined
  const phrase = withShare(sentence, describe(sentence, range, cue))
  if (range.shownTo !== undefined) phrase.shownTo = range.shownTo
  // `Reuters quoted Peskov as saying`: the one quoted speaks, through whoever quotes.
  const speaker = quotedAsSaying(sentence, cue)
  if (speaker) return {...describe(sentence, speaker, cue), through: asOutlet(phrase)}
  return after ? withApposition(sentence, phrase) : phrase
}

/** `quoted Peskov as saying`, `cited a source as telling`: the phrase between the verb and `as saying`. */
function quotedAsSaying(sentence: Sentence, cue: Cue): Range | undefined {
  if (cue.lemma !== 'quote' && cue.lemma !== 'cite') return undefined
  const object = phraseAfter(sentence, skipSpace(sentence, cue.last + 1))
  if (!object) return undefined
  const as = skipSpace(sentence, object.last + 1)
  const saying = sentence.tokens[skipSpace(sentence, as + 1)]
  return sentence.tokens[as]?.lower === 'as' && saying && asSayingForms.has(saying.lower) ? object : undefined
}

/** Words for a share of a group (`a majority of`, `16 percent of`, `some of`). */
const shares = new Set([
  'percent', '%', 'majority', 'minority', 'plurality', 'half', 'third', 'thirds', 'quarter', 'most', 'many', 'some', 'all', 'none',
  'both', 'each', 'few', 'several', 'number', 'share', 'handful', 'dozens', 'hundreds', 'thousands', 'millions', 'bulk', 'rest', 'array', 'lot', 'lots'
])

/**
 * `a majority of Republicans`, `16 percent of voters`, `nine in 10 voters`:
 * the mention shows the share of the group, which stays the source.
 */
function withShare(sentence: Sentence, phrase: Phrase): Phrase {
  const before = skipSpaceBack(sentence, phrase.first - 1)
  const w = wordAt(sentence, before)
  const quantity = skipSpaceBack(sentence, before - 1)
  const q = sentence.tokens[quantity]
  if (!w || !q) return phrase
  if (w.lower === 'of' && shares.has(q.lower)) {
    const np = q.type === 'word' ? nounPhraseEndingAt(sentence, quantity) : undefined
    // (`16 percent`, `a strong majority`: the words before the share word; `%` after its number.)
    const from = np && np.last === quantity ? np.first : q.text === '%' ? skipSpaceBack(sentence, quantity - 1) : quantity
    return from >= 0 ? {...phrase, shownFrom: from} : phrase
  }
  // `nine in 10 voters`, `one in four`.
  const count = (token: Token | undefined): boolean => token !== undefined && (/^\d+$/.test(token.text) || numbers.has(token.lower))
  if (w.lower === 'in' && count(sentence.tokens[phrase.first]) && count(q)) return {...phrase, shownFrom: quantity}
  return phrase
}

/**
 * `…,” said Alicia Bannon, senior counsel at the center.`: a name after its
 * verb may be described up to the end of the sentence; the mention shows the
 * description (as annotators of news mark sources), the name stays the phrase's.
 */
function withApposition(sentence: Sentence, phrase: Phrase): Phrase {
  const comma = skipSpace(sentence, phrase.last + 1)
  if (sentence.tokens[comma]?.text !== ',' || !phrase.named) return phrase
  const first = wordAt(sentence, skipSpace(sentence, comma + 1))
  // A description: `a pollster`, `senior counsel`, `30, a member`, `who …`; not `adding`, `and`, `in a statement`.
  if (!first || participleWord(first) || !(first.class === 'det' || first.class === 'num' || first.class === 'nominal' || first.class === 'rel')) return phrase
  let last = phrase.last
  let relative = false
  // (`…, whose book features politicians and “…”`: a conjunction before the end is no part of it.)
  const shown = (): Phrase => {
    const end = wordAt(sentence, last)?.class === 'conj' ? skipSpaceBack(sentence, last - 1) : last
    return end > phrase.last ? {...phrase, shownTo: end} : phrase
  }
  for (let i = first.token.index; i < sentence.tokens.length && i - comma <= 2 * window; i++) {
    const token = sentence.tokens[i]!
    if (token.type === 'word') {
      // (`…, according to a survey, 51 percent said …`: a verb of its own makes a clause, not a description.)
      const w = wordAt(sentence, i)
      if (w?.class === 'rel') relative = true
      else if (!relative && w && !w.capitalized && (w.class === 'aux' || (w.class === 'verb' && w.cue !== undefined && !/(ing|ed)$/.test(w.lower)))) return phrase
      last = i
      continue
    }
    // It ends with the sentence, or before a clause set off after it (`…, referring to …`, `— …`, `: “…”`).
    if (/^[.!?;:—–]$/.test(token.text) || openingQuote.test(token.text)) return shown()
    if (token.text === ',' && participleWord(wordAt(sentence, skipSpace(sentence, i + 1)))) return shown()
  }
  // (Nothing ends it near: no description, or one too long to be one.)
  return skipSpace(sentence, last + 1) >= sentence.tokens.length ? shown() : phrase
}

const openingQuote = /^(?:[“"«]|''|``)$/

/** Does a cue of the sentence stand between two tokens? */
function cueBetween(sentence: Sentence, from: number, to: number): boolean {
  const next = sentence.cues[countWhile(sentence.cues, (c) => c.first <= from)]
  return next !== undefined && next.first < to
}

/** A phrase headed by a lower-case common noun that names no source of any kind (`the bill`, `the move`). */
/**
 * `with Turkish support`, `the Russian position`: a present form with no `-s` after one
 * name (no auxiliary before it) is no verb of that name, which would take `supports`.
 */
function disagrees(sentence: Sentence, range: Range, cue: Cue): boolean {
  if (cue.first !== cue.last || !presentOnly.has(sentence.tokens[cue.first]!.lower)) return false
  if (skipSpaceBack(sentence, cue.first - 1) !== range.last) return false
  const head = wordAt(sentence, range.last)
  // (Not a body that agrees as a plural, `Police announce`.)
  if (!head || !head.proper || head.class !== 'nominal' || /s$/.test(head.lower) || organizations.has(head.lower) || anonymous.has(head.lower)) return false
  // (Nor a phrase headed before its last word, `Aides to Clinton say`, or two names, `Smith and Jones`.)
  for (let i = range.first; i <= range.last; i++) {
    const w = wordAt(sentence, i)
    if (w && (w.class === 'prep' || w.class === 'conj' || w.lower === '&')) return false
  }
  return true
}

/** Nouns for a business, which point back to the last one named (`the company`, `the firm`). */
const businesses = new Set(['company', 'firm', 'corporation', 'retailer', 'carmaker', 'automaker', 'manufacturer', 'lender', 'airline', 'insurer', 'chipmaker', 'startup', 'conglomerate'])

/** Units of time. */
const timeUnits = new Set(['minute', 'hour', 'day', 'night', 'week', 'weekend', 'month', 'year', 'decade', 'century'])

function mereThing(sentence: Sentence, range: Range): boolean {
  const head = wordAt(sentence, range.last)
  if (!head || head.capitalized || head.class !== 'nominal') return false
  for (let i = range.first; i <= range.last; i++) if (wordAt(sentence, i)?.proper) return false
  const lower = head.lower
  // (`the past few days has laid bare`: a stretch of time says nothing.)
  if (timeUnits.has(lower) || timeUnits.has(singulars.get(lower) ?? '')) return true
  return !(titles.has(lower) || anonymous.has(lower) || organizations.has(lower) || media.has(lower) || documents.has(lower) || unnamed.has(lower) || singulars.has(lower) || numbers.has(lower))
}

/**
 * `A news report published Wednesday said`: a participle right after a text
 * modifies it when a later verb has the text as its subject.
 */
function modifiesText(sentence: Sentence, range: Range, cue: Cue): boolean {
  if (!documents.has(sentence.tokens[range.last]!.lower) || skipSpace(sentence, range.last + 1) !== cue.first) return false
  if (!/ed$/.test(sentence.tokens[verbHead(sentence, cue)]!.lower)) return false
  // (Only a verb close after it: a long sentence of such phrases must not be read again for each.)
  const cues = sentence.cues
  for (let i = cueIndex(sentence, cue) + 1; i < cues.length && cues[i]!.first - cue.last < window; i++) {
    const later = cues[i]!
    if (later.first <= cue.last || later.role !== 'verb' || later.noun || gerund(sentence, later)) continue
    if ((subjectBefore(sentence, later.first) ?? textSubject(sentence, later.first))?.first === range.first) return true
  }
  return false
}

/** A lower-case `-ing` word: a participle set off after a name (`Yellen, speaking on CNBC,`). */
function participleWord(w: EnWord | undefined): boolean {
  return w !== undefined && !w.capitalized && w.lower.length > 5 && w.lower.endsWith('ing')
}

/** A noun phrase right before a participle, opened by `with` (`with O’Malley calling`). */
function subjectWith(sentence: Sentence, verb: number): Range | undefined {
  const end = skipSpaceBack(sentence, verb - 1)
  const w = wordAt(sentence, end)
  if (!w || (w.class !== 'nominal' && w.class !== 'pron')) return undefined
  const phrase = w.class === 'pron' ? (pronoun(w) ? {first: end, last: end} : undefined) : nounPhraseEndingAt(sentence, end)
  return phrase && sentence.tokens[skipSpaceBack(sentence, phrase.first - 1)]?.lower === 'with' ? phrase : undefined
}

/** `A poll out this week shows`, `the report released Tuesday said`: a text a few words before, past its modifiers. */
function textSubject(sentence: Sentence, verb: number): Range | undefined {
  const noun = documentBefore(sentence, verb)
  if (noun === undefined) return undefined
  // (A noun that may be a verb ends no phrase by itself: `fundraising documents`.)
  const modifiers = nounPhraseEndingAt(sentence, skipSpaceBack(sentence, noun - 1))
  return adjunct(sentence, nounPhraseEndingAt(sentence, noun) ?? {first: modifiers?.first ?? noun, last: noun})
}

/**
 * `In a statement released Monday, …`: a phrase after the preposition that
 * opens the sentence is no subject. (Elsewhere the preposition mostly ends a
 * subject's own phrase cut short: `voters in each state want`.)
 */
function adjunct(sentence: Sentence, phrase: Range | undefined): Range | undefined {
  if (!phrase) return undefined
  const before = skipSpaceBack(sentence, phrase.first - 1)
  const opener = before >= 0 && before === skipSpace(sentence, 0) && adjunctPrepositions.has(sentence.tokens[before]!.lower)
  if (!opener) return phrase
  // (`In a Bloomberg interview Trump declared`: with no comma, the name after the adjunct's noun.)
  let first = phrase.last
  while (first > phrase.first && wordAt(sentence, skipSpaceBack(sentence, first - 1))?.proper) first = skipSpaceBack(sentence, first - 1)
  const noun = wordAt(sentence, skipSpaceBack(sentence, first - 1))
  return wordAt(sentence, first)?.proper && noun && !noun.capitalized && noun.class === 'nominal' ? {first, last: phrase.last} : undefined
}

/**
 * A noun for a text among the few words before a verb, over a phrase set off
 * by commas (`The poll, released on Wednesday by the institute, showed`).
 *
 * @param sentence The sentence.
 * @param index The verb.
 * @returns The index of the noun, or undefined.
 */
export function documentBefore(sentence: Sentence, index: number): number | undefined {
  let words = 0
  let i = skipSpaceBack(sentence, index - 1)
  if (sentence.tokens[i]?.text === ',') {
    let open = i - 1
    while (open >= 0 && i - open < 60 && sentence.tokens[open]!.text !== ',' && !/^[.;:!?]$/.test(sentence.tokens[open]!.text)) open--
    if (open >= 0 && sentence.tokens[open]!.text === ',') i = open - 1
  }
  for (; i >= 0 && words < 8; i--) {
    const token = sentence.tokens[i]!
    if (token.type === 'whitespace') continue
    if (token.type !== 'word') {
      if (token.text === ',') continue
      return undefined
    }
    if (documents.has(token.lower)) {
      // (`fundraising documents show`: a form that may be a verb, as a noun here.)
      const w = wordAt(sentence, i)
      return w?.class === 'nominal' || (w?.class === 'verb' && !isVerbForm(w.lower)) ? i : undefined
    }
    words++
  }
  return undefined
}

/** Inverted order (`…,” said X`, `…, says X`) follows punctuation or opens the sentence. */
function inverted(sentence: Sentence, verb: number): boolean {
  let i = skipSpaceBack(sentence, verb - 1)
  while (i >= 0 && wordAt(sentence, i)?.class === 'adv') i = skipSpaceBack(sentence, i - 1)
  return i < 0 || sentence.tokens[i]!.type !== 'word'
}

/** The verb itself inside a cue's verb group (`has repeatedly said` → `said`). */
function verbHead(sentence: Sentence, cue: Cue): number {
  for (let i = cue.last; i >= cue.first; i--) if (wordAt(sentence, i)?.class === 'verb') return i
  return cue.first
}

function gerund(sentence: Sentence, cue: Cue): boolean {
  return sentence.tokens[verbHead(sentence, cue)]!.lower.endsWith('ing')
}

/** `is calling`, `was saying`: a finite verb after all. */
function isProgressive(sentence: Sentence, cue: Cue): boolean {
  const before = previousWord(sentence, verbHead(sentence, cue))
  if (before === undefined) return false
  // (`he's saying`, `they're calling`.)
  return beForms.has(before.lower) || (contractedPronoun(before.token) && /['’](?:s|re|m)$/.test(before.token.lower))
}

/**
 * The subject of the main clause, for a participle that hangs on it
 * (`Sanders went first …, predicting …`): the first noun phrase followed by a verb.
 */
/** Conjunctions that may open a sentence before its subject. */
const clauseOpeners = new Set(['but', 'and', 'yet', 'so', 'or'])

function clauseSubject(sentence: Sentence, before: number): Range | undefined {
  let start = skipSpace(sentence, Math.max(0, before - 2 * window))
  for (let i = start; i < before; i++) {
    const token = sentence.tokens[i]!
    if (token.text === ',') {
      start = skipSpace(sentence, i + 1)
      continue
    }
    const w = wordAt(sentence, i)
    // (Adverbs read as auxiliaries are no verb: `Hours later, Trump returned`.)
    if (!w || (w.class !== 'verb' && !(w.class === 'aux' && verbalAux.has(w.lower)))) continue
    // (No coordination inside: `and said and said …` must not recurse.)
    const range = subjectBefore(sentence, i, false)
    if (range && range.first >= start - 2) return range
  }
  // No verb known before (`The judge rubbed his chin, and then said …`): the phrase that opens the sentence
  // (past a conjunction opening it: `But the court overruled and said`).
  let first = skipSpace(sentence, 0)
  if (wordAt(sentence, first)?.class === 'conj' && clauseOpeners.has(sentence.tokens[first]!.lower)) first = skipSpace(sentence, first + 1)
  const opener = wordAt(sentence, first)
  if (first < before && opener && (opener.class === 'det' || opener.proper || (opener.class === 'pron' && pronoun(opener)))) {
    return opener.class === 'pron' ? {first, last: first} : phraseAfter(sentence, first)
  }
  return undefined
}

function previousWord(sentence: Sentence, index: number): EnWord | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const token = sentence.tokens[i]!
    if (token.type === 'whitespace') continue
    const w = wordAt(sentence, i)
    if (!w) return undefined
    if ((w.class === 'adv' || w.class === 'aux') && !beForms.has(w.lower)) continue
    return w
  }
  return undefined
}

/** The noun phrase before a verb, over auxiliaries and adverbs, appositions and relative clauses. */
function subjectBefore(sentence: Sentence, verb: number, coordination = true): Range | undefined {
  let i = skipSpaceBack(sentence, verb - 1)
  let skippedTime = false
  // Over what stands between a subject and its verb: `has`, `also`, `on Tuesday`, `in 2009`.
  while (i >= 0 && i > verb - window) {
    const w = wordAt(sentence, i)
    if (!w) break
    if (w.class === 'aux' || w.class === 'adv') {
      i = skipSpaceBack(sentence, i - 1)
      continue
    }
    // (`Some 56 percent of those polled said`: the participle right before the verb is the subject's;
    // `disclosures filed on Sunday night revealed`, `Figures reported on Sunday now suggest`: past what it took.)
    if ((agentFrames.has(w.lower) || (w.class === 'verb' && /ed$/.test(w.lower) && skippedTime)) && wordAt(sentence, skipSpaceBack(sentence, i - 1))?.class === 'nominal' && (skippedTime || i === skipSpaceBack(sentence, verb - 1))) {
      i = skipSpaceBack(sentence, i - 1)
      continue
    }
    if (isTime(w)) {
      skippedTime = true
      i = skipSpaceBack(sentence, i - 1)
      let before = wordAt(sentence, i)
      // (`on Super Tuesday`: a name made with a day is the day's, after its preposition.)
      const prior = before?.capitalized && weekDays.includes(w.lower) ? wordAt(sentence, skipSpaceBack(sentence, i - 1)) : undefined
      if (prior?.class === 'prep') {
        i = skipSpaceBack(sentence, i - 1)
        before = wordAt(sentence, i)
      }
      // (Over what dates it: `on`, `last`, `this past`.)
      for (let words = 0; before && words < 3 && (before.class === 'prep' || timeModifiers.has(before.lower) || isTime(before)); words++) {
        i = skipSpaceBack(sentence, i - 1)
        before = wordAt(sentence, i)
      }
      continue
    }
    break
  }
  if (i < 0) return undefined
  const token = sentence.tokens[i]!
  if (token.type !== 'word') {
    // `Sen. Rand Paul (R-Ky.) said`: a bracket after the name.
    if (token.text === ')') return nameWithBracket(sentence, i)
    // `47% say`: a share of people.
    if (token.text === '%') return nounPhraseEndingAt(sentence, i)
    // `some economists - including a minority of the committee - warn`: a phrase set off by dashes.
    if (/^(?:[-—–]|--)$/.test(token.text)) return betweenDashes(sentence, i)
    // `Manafort, citing ''the unique magic of Trump,'' said`: a quote closing a set-off phrase.
    const opening = setOffQuote(sentence, i)
    if (opening !== undefined) return aroundComma(sentence, opening)
    if (token.text !== ',') return undefined
    // `Clinton, during a meeting in Columbus, Ohio, said`: the name that opens the sentence.
    // `Sanders, who has …, said` / `Mukasey, the former attorney general, said`.
    return leadingSubject(sentence, i) ?? aroundComma(sentence, i) ?? strayComma(sentence, i)
  }
  const w = wordAt(sentence, i)!
  if (w.class === 'rel') return {first: i, last: i}
  // `Officials quoted by the Courier said`: the agent is a frame of its own; the subject stands before it.
  const agent = nounPhraseEndingAt(sentence, i)
  const by = agent ? skipSpaceBack(sentence, agent.first - 1) : -1
  if (agent && sentence.tokens[by]?.lower === 'by' && agentFrames.has(sentence.tokens[skipSpaceBack(sentence, by - 1)]?.lower ?? '')) {
    return nounPhraseEndingAt(sentence, skipSpaceBack(sentence, skipSpaceBack(sentence, by - 1) - 1)) ?? agent
  }
  // `a trade group representing the industry argues`, `people living near the plant say`: what a participle
  // after the subject takes (through a preposition, perhaps) is not the subject.
  let beforeAgent = agent ? skipSpaceBack(sentence, agent.first - 1) : -1
  if (wordAt(sentence, beforeAgent)?.class === 'prep') beforeAgent = skipSpaceBack(sentence, beforeAgent - 1)
  const participle = agent ? wordAt(sentence, beforeAgent) : undefined
  if (participle && participleWord(participle)) {
    const subject = nounPhraseEndingAt(sentence, skipSpaceBack(sentence, participle.token.index - 1))
    if (subject) return subject
  }
  // (`Cruz himself said`: the noun the intensifier stands after.)
  if (w.class === 'pron' && reflexives.has(w.lower)) return agent && agent.first < i ? {first: agent.first, last: skipSpaceBack(sentence, i - 1), shownTo: i} : undefined
  if (w.class === 'pron') return pronoun(w) ? {first: i, last: i} : (closeTo(sentence, i) ?? shareOfThem(sentence, i))
  // `McConnell … and said`: coordinated verbs share the clause's subject.
  if (coordination && (w.lower === 'and' || w.lower === 'but')) return clauseSubject(sentence, i)
  return adjunct(sentence, nounPhraseEndingAt(sentence, i))
}

/**
 * A closing quote mark after a comma whose quote opens inside the sentence,
 * after a word (`, citing “…,”`): the index of its opening mark.
 */
function setOffQuote(sentence: Sentence, close: number): number | undefined {
  const mark = sentence.tokens[close]!
  if (mark.quote === -1 || sentence.tokens[skipSpaceBack(sentence, close - 1)]?.text !== ',') return undefined
  let open = close
  while (open > 0 && close - open < window && sentence.tokens[open - 1]!.quote === mark.quote) open--
  const before = sentence.tokens[skipSpaceBack(sentence, open - 1)]
  // (The whole quote, not a window of it: a long one is speech, not a set-off phrase.)
  return open < close && before?.type === 'word' && before.quote !== mark.quote ? open : undefined
}

/** `Sen. Jack Reed (D-R.I.), said`: a comma between the name that opens the sentence and its verb. */
function strayComma(sentence: Sentence, comma: number): Range | undefined {
  const before = skipSpaceBack(sentence, comma - 1)
  const range = sentence.tokens[before]?.text === ')' ? nameWithBracket(sentence, before) : nounPhraseEndingAt(sentence, before)
  if (!range || range.first !== skipSpace(sentence, 0)) return undefined
  const head = wordAt(sentence, range.last) ?? wordAt(sentence, skipSpaceBack(sentence, sentence.tokens[range.last]?.text === ')' ? range.last - 1 : range.last))
  return head && (head.proper || head.class === 'pron') ? range : undefined
}

/** `a source close to him said`: an unnamed source's phrase that ends in an object pronoun. */
function closeTo(sentence: Sentence, object: number): Range | undefined {
  const preposition = skipSpaceBack(sentence, object - 1)
  const adjective = skipSpaceBack(sentence, preposition - 1)
  if (wordAt(sentence, preposition)?.class !== 'prep' || !unnamed.has(sentence.tokens[adjective]?.lower ?? '')) return undefined
  const np = nounPhraseEndingAt(sentence, skipSpaceBack(sentence, adjective - 1))
  return np ? {first: np.first, last: object} : undefined
}

/** The noun phrase before a stretch set off by dashes (`-`, `--`, `—`), the closing dash at `close`. */
function betweenDashes(sentence: Sentence, close: number): Range | undefined {
  const dash = sentence.tokens[close]!.text
  let words = 0
  for (let i = close - 1; i >= 0 && words < 25; i--) {
    const token = sentence.tokens[i]!
    if (token.type === 'word') {
      words++
      continue
    }
    if (/^[.;:!?“”"]$/.test(token.text)) return undefined
    if (token.text === dash && words > 0) {
      const before = nounPhraseEndingAt(sentence, skipSpaceBack(sentence, i - 1))
      // (`A former candidate -- John McCain, who lost in 2008 -- said`: the name set off names the description.)
      const named = phraseAfter(sentence, skipSpace(sentence, i + 1))
      const nameFirst = named ? wordAt(sentence, named.first) : undefined
      const describes = before && ![...Array(before.last - before.first + 1).keys()].some((k) => {
        const w = wordAt(sentence, before.first + k)
        return w?.proper && !titles.has(w.lower)
      })
      if (describes && named && nameFirst?.proper && wordAt(sentence, named.last)?.proper) return {...named, shownTo: skipSpaceBack(sentence, close - 1)}
      return before
    }
  }
  return undefined
}

/** What stands before a comma just before the verb: an apposition with its noun, or a noun before a relative clause. */
function aroundComma(sentence: Sentence, comma: number): Range | undefined {
  // Find the opening comma of the stretch.
  let open = skipSpaceBack(sentence, comma - 1)
  let words = 0
  while (open >= 0 && sentence.tokens[open]!.text !== ',' && words < 25) {
    const token = sentence.tokens[open]!
    if (token.type === 'word') words++
    else if (/^[.;:!?“”"]$/.test(token.text)) return undefined
    open--
  }
  if (open < 0 || sentence.tokens[open]!.text !== ',') return undefined
  const first = wordAt(sentence, skipSpace(sentence, open + 1))
  const before = skipSpaceBack(sentence, open - 1)
  const head = sentence.tokens[before]?.text === ')' ? nameWithBracket(sentence, before) : nounPhraseEndingAt(sentence, before)
  if (!head || !first) return undefined
  // A relative clause or a participle: the source is the noun before it; the mention shows a relative
  // clause that reports nothing itself (`Rep. Zoe Lofgren, who introduced a bill, said`).
  if (first.class === 'rel') return cueBetween(sentence, open, comma) ? head : {...head, shownTo: skipSpaceBack(sentence, comma - 1)}
  // (`Cruz (R-Texas), also a GOP hopeful, called`: an adverb read with auxiliaries opens an apposition too.)
  if (first.class === 'verb' || first.class === 'adv' || first.class === 'aux' || first.class === 'conj' || first.class === 'prep') return head
  if (participleWord(first)) return head
  if (first.class === 'det' || first.class === 'nominal' || first.class === 'num') {
    // (`after winning Ohio in the primary, Gov. John Kasich (R-OH), said`: the phrase before is an adjunct's, the name is the subject.)
    const lead = wordAt(sentence, skipSpaceBack(sentence, head.first - 1))
    if (lead && lead.class === 'prep' && !inner.has(lead.lower)) {
      const own = phraseAfter(sentence, first.token.index)
      return own && own.last < comma ? own : undefined
    }
    // An apposition: noun phrase, comma, noun phrase (perhaps with its own clause), comma.
    return {first: head.first, last: comma}
  }
  return undefined
}

/**
 * A name or pronoun that opens the sentence and is set off by a comma, when
 * all that stands between it and the verb is set off by commas too.
 */
function leadingSubject(sentence: Sentence, comma: number): Range | undefined {
  const start = skipSpace(sentence, 0)
  let first = -1
  for (let i = start; i < comma && i < start + window; i++) {
    if (sentence.tokens[i]!.text === ',') {
      first = i
      break
    }
  }
  // (Set-off phrases are short: a subject far before its verb is none, and a long sentence stays linear.)
  if (first === -1 || first === comma || comma - first > 2 * window) return undefined
  const before = skipSpaceBack(sentence, first - 1)
  const range = sentence.tokens[before]?.text === ')' ? nameWithBracket(sentence, before) : nounPhraseEndingAt(sentence, before)
  if (!range || range.first !== start) return undefined
  const head = wordAt(sentence, range.last)
  const opener = wordAt(sentence, start)
  // Only people and bodies open a sentence so (`Clinton, …`, `The mayor, …`), not a time or a place phrase.
  if (!head || !opener || opener.class === 'prep' || opener.class === 'conj' || opener.class === 'adv' || isTime(opener)) return undefined
  if (!(head.proper || head.class === 'pron' || titles.has(head.lower) || anonymous.has(head.lower) || organizations.has(head.lower) || media.has(head.lower))) return undefined
  // Nothing between but set-off phrases: no finite verb of its own (a participle or `who` clause may stand).
  for (let i = first + 1; i < comma; i++) {
    const w = wordAt(sentence, i)
    if (w?.class === 'verb' && !/(ing|ed)$/.test(w.lower) && !relativeBefore(sentence, i, first)) return undefined
  }
  // An apposition or a relative clause belongs to the mention (`Boris Vetrov, a former ambassador,`);
  // a phrase of time or place does not (`Clinton, during a meeting in Columbus, Ohio,`).
  const next = wordAt(sentence, skipSpace(sentence, first + 1))
  // (`speaking on CNBC`: a participle, however it was read, is no apposition.)
  const apposition = next !== undefined && (next.class === 'det' || next.class === 'rel' || next.class === 'num' || next.class === 'nominal') && !participleWord(next)
  // (Not a clause that reports on its own: `Cruz, who says Trump is attacking him, said`.)
  return apposition && !(next.class === 'rel' && cueBetween(sentence, first, comma)) ? {first: range.first, last: comma} : range
}

/** A `who` or `which` between a point and a verb. */
function relativeBefore(sentence: Sentence, verb: number, from: number): boolean {
  for (let i = verb - 1; i > from; i--) if (wordAt(sentence, i)?.class === 'rel') return true
  return false
}

/** `Sen. Rand Paul (R-Ky.)`: a name with a short bracket after it, ending at the closing bracket. */
function nameWithBracket(sentence: Sentence, close: number): Range | undefined {
  let open = close
  while (open > 0 && sentence.tokens[open]!.text !== '(' && close - open < 12) open--
  const name = sentence.tokens[open]?.text === '(' ? nounPhraseEndingAt(sentence, skipSpaceBack(sentence, open - 1)) : undefined
  return name ? {first: name.first, last: close} : undefined
}

/** `most of them`, `two of us`: a share of a group named before, by the index of its pronoun. */
function shareOfThem(sentence: Sentence, index: number): Range | undefined {
  if (!/^(them|us)$/.test(sentence.tokens[index]!.lower)) return undefined
  const of = skipSpaceBack(sentence, index - 1)
  if (sentence.tokens[of]?.lower !== 'of') return undefined
  const share = skipSpaceBack(sentence, of - 1)
  const w = wordAt(sentence, share)
  return w && (shares.has(w.lower) || numbers.has(w.lower) || w.class === 'num') ? {first: share, last: index} : undefined
}

function pronoun(w: EnWord): boolean {
  // (Not `you`: outside quotes it is mostly anyone, `if you believe them`.)
  return ['he', 'she', 'they', 'it', 'we', 'i'].includes(w.lower)
}

/** Read a noun phrase leftwards from its last word. */
export function nounPhraseEndingAt(sentence: Sentence, last: number): Range | undefined {
  // `42% say`: a share of people.
  if (sentence.tokens[last]?.text === '%' && wordAt(sentence, last - 1)?.class === 'num') return {first: last - 1, last}
  const end = wordAt(sentence, last)
  // `Mrs. Clinton herself`: an intensifying pronoun after its noun.
  if (end?.class === 'pron' && reflexives.has(end.lower)) {
    const noun = wordAt(sentence, skipSpaceBack(sentence, last - 1))
    const range = noun && noun.class === 'nominal' ? nounPhraseEndingAt(sentence, noun.token.index) : undefined
    return range && {first: range.first, last}
  }
  if (!end || !(end.class === 'nominal' || end.class === 'num')) {
    if (end && end.class === 'pron' && pronoun(end)) return {first: last, last}
    return undefined
  }
  let first = last
  let i = skipSpaceBack(sentence, last - 1)
  while (i >= 0 && i > last - window) {
    const token = sentence.tokens[i]!
    if (token.type !== 'word') {
      // Hyphens and ampersands inside names.
      if ((token.text === '-' || token.text === '&') && sentence.tokens[i - 1]?.type === 'word') {
        i--
        continue
      }
      break
    }
    const w = wordAt(sentence, i)!
    if (w.class === 'nominal' || w.class === 'num') {
      first = i
    } else if (w.class === 'det') {
      // (`said that President Joe Biden would veto`: `that` before a name opens a clause; before a
      // plural it is no determiner either, `infractions that regulators revealed`.)
      if (w.lower === 'that' && (wordAt(sentence, first)?.proper || singulars.has(sentence.tokens[last]!.lower))) break
      first = i
      // `officials familiar with the talks`: the determiner opens an inner phrase; go on past its preposition.
      const prep = wordAt(sentence, skipSpaceBack(sentence, i - 1))
      if (!prep || !(innerBefore.has(prep.lower) || afterUnnamed(sentence, prep.token.index) || onPlace(sentence, prep.token.index))) break
    } else if (innerBefore.has(w.lower) || (w.lower === 'and' && capitalizedAround(sentence, i)) || afterUnnamed(sentence, i) || onPlace(sentence, i)) {
      // Only when a noun stands before: `spokesman for the campaign`, `Belov and Gus`.
      const before = wordAt(sentence, skipSpaceBack(sentence, i - 1))
      if (!before || before.class !== 'nominal') break
      // (`Democracy for America`: capitals around the preposition make one name, even at a sentence start.)
      const named = before.capitalized && wordAt(sentence, skipSpace(sentence, i + 1))?.capitalized
      // (`the minutes of its last meeting`: a text of something; `Footage from the game`: a text from somewhere
      // unnamed — `Data from the Labor Department` is the named body's.)
      const textOf = documents.has(before.lower) && (w.lower === 'of' || (w.lower === 'from' && !fromNamed(sentence, i)))
      if (innerBefore.has(w.lower) && !(named || titles.has(before.lower) || before.proper || anonymous.has(before.lower) || unnamed.has(before.lower) || media.has(before.lower) || organizations.has(before.lower) || textOf)) break
    } else {
      break
    }
    i = skipSpaceBack(sentence, i - 1)
  }
  return {first, last}
}

/** `Fans on social media`, `Democrats on the committee`: `on` after unnamed people, not before a time (`officials on Monday`). */
function onPlace(sentence: Sentence, on: number): boolean {
  if (sentence.tokens[on]!.lower !== 'on') return false
  const before = wordAt(sentence, skipSpaceBack(sentence, on - 1))
  let after = skipSpace(sentence, on + 1)
  if (wordAt(sentence, after)?.class === 'det') after = skipSpace(sentence, after + 1)
  const next = wordAt(sentence, after)
  return before !== undefined && anonymous.has(before.lower) && next !== undefined && !isTime(next)
}

/** Does a name follow this `from`, past an article or a number (`from the 2014 American Community Survey`)? */
function fromNamed(sentence: Sentence, from: number): boolean {
  let i = skipSpace(sentence, from + 1)
  while (wordAt(sentence, i)?.class === 'det' || wordAt(sentence, i)?.class === 'num') i = skipSpace(sentence, i + 1)
  return wordAt(sentence, i)?.capitalized ?? false
}

/** A preposition after an unnamed source's modifier (`briefed on`, `involved in`, `close to`). */
function afterUnnamed(sentence: Sentence, i: number): boolean {
  if (!/^(on|in|about|with|to)$/.test(sentence.tokens[i]!.lower)) return false
  const before = wordAt(sentence, skipSpaceBack(sentence, i - 1))
  return before !== undefined && unnamed.has(before.lower) && before.class === 'nominal'
}

function capitalizedAround(sentence: Sentence, i: number): boolean {
  const before = wordAt(sentence, skipSpaceBack(sentence, i - 1))
  const after = wordAt(sentence, skipSpace(sentence, i + 1))
  return Boolean(before?.capitalized && after?.capitalized)
}

/** The noun phrase right after a position: determiners, nouns, names, `of`-phrases, an apposition. */
/**
 * `Sanders has pushed his promise`, `Obama was moved to tears during his announcement`: a possessive
 * is the name that opens the sentence, when no other name stands between and the gender does not
 * tell them apart.
 */
function subjectOwning(sentence: Sentence, possessive: number, gender: 'masc' | 'femn' | 'plur', cue: Cue): Phrase | undefined {
  const np = phraseAfter(sentence, skipSpace(sentence, 0))
  // (Within the window a subject stands in: an endless sentence of possessives stays linear.)
  if (!np || np.last >= possessive || possessive - np.last > window) return undefined
  for (let i = np.last + 1; i < possessive; i++) if (wordAt(sentence, i)?.proper) return undefined
  const subject = describe(sentence, np, cue)
  if (subject.anaphor) return undefined
  // (`Both women framed their remarks`: a group, or bodies, own `their`.)
  if (gender === 'plur') return subject.kind === 'anonymous' || subject.kind === 'organization' || subject.kind === 'media' || (subject.kind === 'person' && !subject.named) ? subject : undefined
  if (!subject.named || subject.kind !== 'person' || (subject.gender && subject.gender !== gender)) return undefined
  return subject
}

/** Words that date a time word before a verb (`this past week`, `late last month`). */
const timeModifiers = new Set(['last', 'this', 'past', 'next', 'early', 'late', 'earlier', 'later'])

/** Determiners that stand alone for people (`another`, `one of them`, `many`). */
const quantifiers = new Set(['one', 'another', 'some', 'many', 'several', 'most', 'few', 'both', 'all', 'each', 'two', 'three', 'four', 'five'])

export function phraseAfter(sentence: Sentence, start: number): Range | undefined {
  let i = start
  let last = -1
  let nouns = 0
  let afterPreposition = false
  while (i < sentence.tokens.length && i < start + window) {
    const token = sentence.tokens[i]!
    if (token.type !== 'word') {
      if ((token.text === '-' || token.text === '&') && last !== -1 && sentence.tokens[i + 1]?.type === 'word') {
        i++
        continue
      }
      break
    }
    const w = wordAt(sentence, i)!
    // (`said one of those advisers`, `tweeted another.`: a quantifier standing as the noun.)
    const next = sentence.tokens[skipSpace(sentence, i + 1)]
    if (w.class === 'det' && nouns === 0 && quantifiers.has(w.lower) && (next?.type !== 'word' || next.lower === 'of')) {
      last = i
      nouns++
      i = skipSpace(sentence, i + 1)
      continue
    }
    // A determiner opens the phrase, or the part after an inner preposition (`familiar with the matter`).
    if (w.class === 'det' && (nouns === 0 || afterPreposition)) {
      afterPreposition = false
      i = skipSpace(sentence, i + 1)
      continue
    }
    afterPreposition = false
    if (w.class === 'pron' && nouns === 0 && pronoun(w)) return {first: i, last: i}
    // (A lower-case `-ed` word after the noun is its verb: `The judge rubbed …`.)
    if (nouns > 0 && w.class === 'nominal' && !w.capitalized && w.lower.endsWith('ed') && !unnamed.has(w.lower)) break
    // (`state news agency TASS`: a form as often a noun, before a noun, modifies it.)
    const following = wordAt(sentence, skipSpace(sentence, i + 1))
    const modifier = w.class === 'verb' && !isVerbForm(w.lower) && following?.class === 'nominal'
    // (`citing internal documents,`: such a form ends the phrase as its noun, before no verb's object.)
    const ending = w.class === 'verb' && !isVerbForm(w.lower) && (!following || following.class === 'prep' || following.class === 'conj')
    if (w.class === 'nominal' || w.class === 'num' || modifier || ending || (w.class === 'adv' && nouns === 0 && !w.capitalized)) {
      if (w.class !== 'adv') {
        last = i
        nouns++
      }
      i = skipSpace(sentence, i + 1)
      continue
    }
    const unnamedBefore = afterUnnamed(sentence, i)
    if (nouns > 0 && (innerAfter.has(w.lower) || unnamedBefore || (w.lower === 'and' && capitalizedAround(sentence, i)))) {
      const next = wordAt(sentence, skipSpace(sentence, i + 1))
      if (next && (next.class === 'nominal' || next.class === 'det') && (unnamedBefore || (innerAfter.has(w.lower) ? w.lower === 'of' || w.lower === 'for' || next.capitalized || next.class === 'det' : true))) {
        afterPreposition = true
        i = skipSpace(sentence, i + 1)
        continue
      }
    }
    break
  }
  if (last === -1) return undefined
  // An apposition: `, Twitter’s director of political advertising,`.
  const comma = skipSpace(sentence, last + 1)
  if (sentence.tokens[comma]?.text === ',') {
    const next = wordAt(sentence, skipSpace(sentence, comma + 1))
    // `a spokeswoman, Karine Jean-Pierre.`: a name after an unnamed role.
    const head = wordAt(sentence, last)
    const named = next?.proper && head !== undefined && (titles.has(head.lower) || anonymous.has(head.lower)) && !head.proper
    if (next && (next.class === 'det' || titles.has(next.lower) || /['’]s$/.test(next.lower) || named)) {
      const apposition = phraseAfter(sentence, next.token.index)
      const close = apposition ? skipSpace(sentence, apposition.last + 1) : -1
      if (apposition && (close >= sentence.tokens.length || /^[,.]$/.test(sentence.tokens[close]!.text))) {
        return {first: start, last: apposition.last}
      }
    }
  }
  return {first: start, last}
}

/** `…,” said Sen. Smith`, `…, said a spokesman for the campaign`: the phrase after the verb. */
function subjectAfter(sentence: Sentence, from: number): Range | undefined {
  let i = skipSpace(sentence, from)
  // Skip `on Tuesday`, `in a statement` between the verb and an inverted subject.
  let skipped = 0
  while (i < sentence.tokens.length && skipped < 4) {
    const w = wordAt(sentence, i)
    if (!w || !(w.class === 'adv' || timeWords.has(w.lower))) break
    if (w.class === 'det' || w.class === 'prep') break
    i = skipSpace(sentence, i + 1)
    skipped++
  }
  const w = wordAt(sentence, i)
  if (!w || w.class === 'pron' || w.class === 'conj' || w.class === 'prep' || w.class === 'verb' || w.class === 'aux' || w.class === 'rel') {
    return w && w.class === 'pron' && ['he', 'she', 'they', 'it', 'we', 'i'].includes(w.lower) ? {first: i, last: i} : undefined
  }
  const range = phraseAfter(sentence, i)
  if (!range) return undefined
  // An inverted subject ends the clause (`…, said Holan.`, `said Day, who …`); `said the days are gone` is content.
  const after = sentence.tokens[skipSpace(sentence, range.last + 1)]
  const afterWord = after ? wordAt(sentence, after.index) : undefined
  if (after && !afterWord && !/^[.,;:!?)—–\-(]$/.test(after.text)) return undefined
  if (afterWord && !(afterWord.class === 'rel' || afterWord.class === 'prep' || afterWord.class === 'conj' || afterWord.class === 'adv' || isTime(afterWord))) return undefined
  return range
}

const months = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.'])
const days = new Set([...weekDays, 'today', 'yesterday', 'tonight', 'tomorrow', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year'])

/** Point a phrase back to whoever was named with a title (`the Fed chair` after `Fed Chair Jerome Powell`), and to no one else. */
function namedByTitle(phrase: Phrase, title: string): void {
  phrase.anaphor = 'person'
  phrase.title = title
  phrase.titleOnly = true
}

/** Two or three words from a first name to a surname, not a body's noun (`Bill Gates`, not `Bill Gates Foundation`). */
function firstNamed(words: EnWord[]): boolean {
  const end = words[words.length - 1]?.lower.replace(/['’]s$/, '') ?? ''
  return words.length >= 2 && words.length <= 3 && firstNames.has(words[0]!.token.text) && !organizations.has(end) && !media.has(end) && !documents.has(end)
}

/** A people or group named by a plural (`Americans`, `Millennials`), or its adjective before a noun (`Russian soldiers`). */
function people(words: EnWord[], index: number): boolean {
  const w = words[index]!
  // (Not any capitalised plural: `Reuters` reads as one too.)
  const singular = singulars.get(w.lower)
  if (/s$/.test(w.lower) && (demonyms.has(w.lower) || (singular !== undefined && (demonyms.has(singular) || titles.has(singular))))) return true
  const next = words[index + 1]
  return demonyms.has(w.lower) && next !== undefined && !next.capitalized && next.class === 'nominal'
}

/**
 * A one-word name no person bears: a capital inside it, past the prefixes of
 * surnames (`BuzzFeed`, not `McConnell`, `DiPietro`), all capitals past an
 * acronym's length (`POLITICO`), or a network's (`Twitter`).
 */
function corporate(w: EnWord): boolean {
  const text = w.token.text.replace(/['’]s$/, '')
  if (/^[A-Z][a-z]+[A-Z]/.test(text) && !/^(?:Mc|Mac|O'|O’|D'|D’|Di|De|Du|Da|La|Le|Van|Von)[A-Z]/.test(text)) return true
  return /^[A-Z]{7,}$/.test(text) || w.lower in lexicon.channels
}

/** A day's name (`Monday night's results`), never anyone's. */
function dayName(w: EnWord): boolean {
  return weekDays.includes(w.lower.replace(/['’]s$/, ''))
}

/** Days, months and years: adverbs of time, never sources. */
function isTime(w: EnWord): boolean {
  return days.has(w.lower) || months.has(w.lower) || /^(1[89]|20)\d\d$/.test(w.lower)
}

/**
 * Describe a phrase as a source: kind, name, key.
 *
 * @param sentence The sentence.
 * @param range The phrase.
 * @param cue The cue that introduced it.
 * @returns The phrase as a source.
 */
export function describe(sentence: Sentence, range: Range, cue: Cue | undefined): Phrase {
  const words: EnWord[] = []
  let bracket = false
  for (let i = range.first; i <= range.last; i++) {
    // (Not what a bracket adds to a name: `Sen. Jack Reed (D-R.I.)`.)
    const text = sentence.tokens[i]!.text
    if (text === '(') bracket = true
    else if (text === ')') bracket = false
    const w = bracket ? undefined : wordAt(sentence, i)
    if (w) words.push(w)
  }
  const phrase: Phrase = {
    sentence: sentence.index,
    first: range.first,
    last: range.last,
    kind: 'organization',
    name: trimEnd(textOf(sentence, range.first, range.last)),
    key: '',
    anaphor: undefined,
    gender: undefined,
    channel: undefined,
    named: false
  }
  const first = words[0]
  if (!first) return phrase
  const ownerOf = words.length === 1 && first.class === 'det' ? owners[first.lower] : undefined
  if (words.length === 1 && (first.class === 'pron' || first.class === 'rel' || ownerOf)) {
    phrase.kind = 'person'
    phrase.key = first.lower
    if (first.class === 'rel') {
      // (`Cruz, who …` past the comma; `people who refuse` right before.)
      const before = skipSpaceBack(sentence, range.first - 1)
      const antecedent = nounPhraseEndingAt(sentence, sentence.tokens[before]?.text === ',' ? skipSpaceBack(sentence, before - 1) : before)
      if (antecedent) {
        const described = describe(sentence, antecedent, cue)
        return {...described, first: range.first, last: range.last, relative: true}
      }
      phrase.anaphor = 'any'
      phrase.relative = true
      return phrase
    }
    // (`He's` is named `He`.)
    const pronoun = ownerOf ?? first.lower
    phrase.name = first.token.text.slice(0, first.lower.length)
    phrase.key = pronoun
    phrase.gender = genders[pronoun]
    phrase.anaphor = pronoun === 'they' || pronoun === 'it' ? 'any' : pronoun === 'i' || pronoun === 'we' || pronoun === 'you' ? undefined : 'person'
    if (pronoun === 'it') phrase.kind = 'organization'
    return phrase
  }
  // The core: up to the first comma (an apposition follows), without determiners.
  const comma = words.findIndex((w, n) => n > 0 && sentence.tokens[skipSpaceBack(sentence, w.token.index - 1)]?.text === ',')
  let coreWords = (comma === -1 ? words : words.slice(0, comma)).filter((w) => w.class !== 'det')
  // `a spokeswoman, Karine Jean-Pierre`: a name in apposition names the role.
  const appositive = comma === -1 ? [] : words.slice(comma).filter((w) => w.class !== 'det')
  if (!coreWords.some((w) => w.proper) && appositive.length > 0 && appositive.every((w) => w.capitalized)) coreWords = [...coreWords, ...appositive]
  // (`Mayor Ann Lee's spokesman, John Doe,`: the role's own name, not whose role it is.)
  else if (appositive.length >= 2 && appositive.every((w) => w.capitalized) && speakingFor.has(coreWords[coreWords.length - 1]?.lower ?? '')) coreWords = appositive
  const ofAt = coreWords.findIndex((w) => w.class === 'prep' || w.lower === 'and')
  const headPart = ofAt === -1 ? coreWords : coreWords.slice(0, ofAt)
  // `officials familiar with`, `sources close to`: the noun before the trailing adjective heads.
  while (headPart.length > 1 && unnamed.has(headPart[headPart.length - 1]!.lower)) headPart.pop()
  const head = headPart[headPart.length - 1] ?? first
  const lowers = coreWords.map((w) => w.lower.replace(/['’]s$/, ''))
  // (A party or title capitalised names no one: `A Republican committee aide`.)
  // (Nor does a day, `Monday night's results`, a people, `Americans`, `Millennials`, or its adjective, `Russian soldiers`.)
  const proper = coreWords.filter((w, n) => (w.proper || (w.capitalized && !w.initial)) && !titles.has(w.lower) && !dayName(w) && !people(coreWords, n))
  const hasProper = proper.length > 0
  const writes = cue !== undefined && lexicon.verbs[cue.lemma] === 'write'
  phrase.named = hasProper
  // (`agency`, `bureau` name government bodies as often: outlets only with `news` or `press`, `Xinhua News Agency`.)
  const mediaWord = lowers.some((l) => media.has(l) && !(ambiguousMedia.has(l) && !lowers.some((o) => o === 'news' || o === 'press')))
  const orgWord = lowers.some((l) => organizations.has(l))
  const determiner = words[0]?.class === 'det' ? words[0].lower : undefined

  // `Democratic leaders in the legislature`, `Officials in Washington`: unnamed people, whatever names qualify them.
  if (hasProper && anonymous.has(head.lower) && (!head.capitalized || head.initial) && !headPart.some((w) => titles.has(w.lower) && w !== head)) {
    phrase.kind = 'anonymous'
    phrase.named = false
    phrase.name = headPart.filter((w) => w.class !== 'det').map((w) => w.token.text).join(' ')
    phrase.key = phrase.name.toLowerCase()
    return phrase
  }
  // `A Fed spokeswoman`, `a Pentagon spokesman`: someone speaking for the body named before the title;
  // `the Fed chair`: whoever was named with that title (`Fed Chair Jerome Powell`), else the body.
  if (hasProper && titles.has(head.lower) && !head.capitalized && determiner !== undefined && coreWords.indexOf(head) === coreWords.length - 1) {
    const body = properRun(coreWords)
    // (`The Florida senator`, `a Texas judge`: a place says where the person serves, not a body who speaks.)
    if (body.length === 1 && placeNames.has(body[0]!.token.text)) {
      phrase.kind = 'person'
      phrase.name = coreWords.map((w) => w.token.text).join(' ')
      phrase.key = phrase.name.toLowerCase()
      // (Only someone named with both: `the Florida senator` is no Texas senator named last.)
      if (determiner === 'the') namedByTitle(phrase, phrase.key.replace(/^the\s+/, ''))
      return phrase
    }
    if (body.length > 0) {
      phrase.kind = 'organization'
      phrase.name = body.map((w) => w.token.text).join(' ')
      phrase.key = phrase.name.toLowerCase()
      if (determiner === 'the') namedByTitle(phrase, `${phrase.key} ${head.lower}`)
      return phrase
    }
  }
  // `Russian news agencies`, `Israeli media`: a country's outlets, none of them named.
  if (hasProper && !head.capitalized && media.has(head.lower) && (head.lower === 'media' || singulars.has(head.lower))) {
    phrase.kind = 'anonymous'
    phrase.named = false
    phrase.name = trimEnd(textOf(sentence, coreWords[0]!.token.index, head.token.index))
    phrase.key = phrase.name.toLowerCase()
    return phrase
  }
  // `Ukraine's air force`, `Russia's defence ministry`, `Trump's campaign`: a body of the one named, by its own noun.
  const owner = coreWords.findIndex((w) => /['’]s$/.test(w.token.text))
  if (hasProper && owner !== -1 && coreWords[owner]!.capitalized && coreWords.indexOf(head) > owner && !head.capitalized && (organizations.has(head.lower) || media.has(head.lower)) && !singulars.has(head.lower)) {
    phrase.kind = media.has(head.lower) ? 'media' : 'organization'
    phrase.name = coreWords.slice(owner, coreWords.indexOf(head) + 1).map((w) => w.token.text).join(' ')
    phrase.key = phrase.name.toLowerCase()
    return phrase
  }
  if (hasProper) {
    const run = properRun(coreWords)
    // A person after a title (`Finance Minister Irina Soboleva`, `union leader Anna Krylova`): the words after the last title.
    const lastTitle = findLastIndex(coreWords, (_, n) => titleAt(coreWords, n))
    // `a spokesperson for the European Commission`: a body the role speaks for, not the role's name.
    // (`Secretary of State Anna Holt`: after an `of`, a first name still starts the person's name.)
    const following = lastTitle === -1 ? [] : coreWords.slice(lastTitle + 1).filter((w) => w.capitalized)
    // (Or, with three names or more, the last two: `Minister of Finance Irina Soboleva`.)
    const first = following.findIndex((w) => firstNames.has(w.token.text))
    const named = first !== -1 ? first : following.length >= 3 ? following.length - 2 : -1
    const forBody = lastTitle !== -1 && coreWords[lastTitle + 1]?.class === 'prep' && named === -1
    // `a judge in Washington`, `an official at the embassy`: a title placed, not named.
    if (forBody && placePrepositions.has(coreWords[lastTitle + 1]!.lower) && lastTitle === coreWords.indexOf(head)) {
      phrase.kind = 'anonymous'
      phrase.named = false
      phrase.name = trimEnd(textOf(sentence, coreWords[0]!.token.index, coreWords[coreWords.length - 1]!.token.index))
      phrase.key = phrase.name.toLowerCase()
      return phrase
    }
    // `The Justice Department`, `the State Department`: a title word inside a body's name.
    const bodyName = organizations.has(head.lower) || media.has(head.lower)
    const titled = lastTitle === -1 || forBody || bodyName ? [] : coreWords[lastTitle + 1]?.class === 'prep' ? following.slice(named) : following
    // (The name runs on unbroken: `Senator Bernie Sanders of Vermont` is Bernie Sanders.)
    const start = titled.length > 0 ? coreWords.indexOf(titled[0]!) : -1
    const end = start === -1 ? -1 : coreWords.findIndex((w, n) => n > start && !w.capitalized)
    const afterTitle = end === -1 ? titled : titled.filter((w) => coreWords.indexOf(w) < end)
    // (Titles open a name, `Senator John Dale`; one that ends it is part of it, `The Associated Press`.)
    const opening = bodyName ? 0 : run.findIndex((w, n) => !titleAt(run, n) && w.class !== 'prep')
    const nameWords = afterTitle.length > 0 ? afterTitle : opening === -1 ? [] : run.slice(opening)
    const name = (nameWords.length > 0 ? nameWords : run).map((w) => w.token.text).join(' ').replace(/['’]s$/, '')
    const acronym = run.length === 1 && /^[A-Z]{2,6}$/.test(run[0]!.token.text)
    // People take no article: `The Evening Courier reported` is an outlet.
    const article = determiner === 'the' && lastTitle === -1
    if (afterTitle.length > 0) phrase.kind = 'person'
    else if (documents.has(head.lower) && !head.capitalized) {
      // `a report by The Wall Street Journal`: the text is its author's words.
      // (`a statement from the ONS` too.)
      const by = coreWords[coreWords.indexOf(head) + 1]
      let author = by?.lower === 'by' || by?.lower === 'from' ? skipSpace(sentence, by.token.index + 1) : -1
      // (`an analysis by the Congressional Budget Office`: past the article.)
      if (author !== -1 && wordAt(sentence, author)?.class === 'det' && !wordAt(sentence, author)?.capitalized) author = skipSpace(sentence, author + 1)
      if (author !== -1 && author <= range.last && wordAt(sentence, author)?.capitalized) {
        return {...describe(sentence, {first: author, last: range.last}, cue), first: range.first, last: range.last}
      }
      // `a Law School poll`, `the Pentagon report`: a text, named by its words.
      phrase.kind = 'document'
      phrase.name = coreWords.slice(0, coreWords.indexOf(head) + 1).map((w) => w.token.text).join(' ')
      phrase.key = phrase.name.toLowerCase()
      return phrase
    } else if (mediaWord || (writes && !orgWord && (article || acronym || !personLike(coreWords)))) {
      phrase.kind = 'media'
      if (!mediaWord && !article && !acronym) phrase.kindGuessed = true
    }
    // (`Texas says`, `Moscow warned`: a place speaks for its government.)
    // (`Top Republican Party donor Sheldon Adelson`: a first name opens a person's name, whatever body qualifies it.)
    else if (firstNamed(nameWords)) phrase.kind = 'person'
    // (`BuzzFeed`, `ProPublica`, `POLITICO`, `Twitter`: a name no person bears.)
    // (Not a transcript's speaker, `WALLACE:`.)
    else if (nameWords.length === 1 && corporate(nameWords[0]!) && cue?.lemma !== ':') phrase.kind = writes ? 'media' : 'organization'
    else if (orgWord || acronym || article || (nameWords.length <= 1 && run.length === 1 && placeNames.has(run[0]!.token.text))) phrase.kind = 'organization'
    else {
      phrase.kind = 'person'
      // (`Apple said`: one word, no first name, no title; a company if the text goes on to call it one.)
      phrase.bare = nameWords.length === 1 && lastTitle === -1 && !firstNames.has(nameWords[0]!.token.text)
    }
    phrase.name = article && phrase.kind === 'media' ? `The ${name}` : name
    phrase.key = name.toLowerCase().replace(/^the\s+/, '')
    if (phrase.kind === 'person') {
      const honorific = lastTitle >= 0 ? honorifics[coreWords[lastTitle]!.lower] : undefined
      phrase.gender = honorific ?? (firstNames.get(nameWords[0]?.token.text ?? '') || undefined)
    }
    return phrase
  }
  const headLower = head.lower
  phrase.key = lowers.join(' ')
  // The name is the phrase before any apposition or clause (`The union, which represents …,` → `The union`).
  if (comma !== -1) phrase.name = trimEnd(textOf(sentence, range.first, skipSpaceBack(sentence, words[comma]!.token.index - 1)))
  if (head.class === 'num' || numbers.has(headLower) || (quantifiers.has(headLower) && coreWords.length <= 1)) {
    // `47% say`, `two in three said`: a share of people.
    phrase.kind = 'anonymous'
  } else if (media.has(headLower) && (headLower === 'media' || singulars.has(headLower))) {
    // `Local media`, `several news outlets`: outlets unnamed, not the one named before.
    phrase.kind = 'anonymous'
  } else if (media.has(headLower)) {
    phrase.kind = 'media'
    phrase.anaphor = 'media'
  } else if (documents.has(headLower)) {
    phrase.kind = 'document'
    // (`the report` points back; `the ministry reports` is a text of its own.)
    if ((determiner === 'the' || determiner === 'this' || determiner === 'that' || determiner === 'these') && coreWords.length === 1) {
      phrase.anaphor = 'document'
      // (`the letter` is the letter met before, not `the ad`; `the document` any.)
      if (!genericTexts.has(headLower)) phrase.title = singulars.get(headLower) ?? headLower
    }
  } else if (anonymous.has(headLower) || words.some((w) => unnamed.has(w.lower) && w.class !== 'nominal' && w !== head) || /s$/.test(headLower) && !organizations.has(headLower)) {
    phrase.kind = 'anonymous'
    // (`The analyst added` after `Mark Zandi, a senior analyst,`: the one named so, if anyone was.)
    if (determiner === 'the' && coreWords.length === 1 && titles.has(headLower) && !singulars.has(headLower)) namedByTitle(phrase, headLower)
  } else if (organizations.has(headLower)) {
    // `the company` is the company named before by its key, not any body (`the union` is no `company`);
    // and a business's noun, the last body or bare name (`Apple said … . The company did not say`).
    phrase.kind = 'organization'
    if (determiner === 'the' && coreWords.length === 1 && businesses.has(headLower)) {
      phrase.anaphor = 'organization'
      phrase.business = true
    }
  } else if (titles.has(headLower)) {
    phrase.kind = 'person'
    if (determiner === 'the') {
      phrase.anaphor = 'person'
      phrase.title = headLower
      // (`the spokesman` is whoever was named so, or someone new: a role that speaks for another is not the last person named.)
      if (speakingFor.has(headLower)) phrase.titleOnly = true
    }
  } else {
    // What is cited is mostly data or a text (`citing internal polling`); else an unnamed someone.
    phrase.kind = cue?.role === 'citing' || cue?.role === 'according' ? 'document' : 'person'
  }
  return phrase
}

function findLastIndex<T>(list: T[], test: (item: T, index: number) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!, i)) return i
  return -1
}

/**
 * Is the word a title here? Not when it opens a body's name, capitalised words
 * that end in a body's noun (`Justice Department`, `Defense Ministry`).
 */
function titleAt(words: EnWord[], index: number): boolean {
  if (!titles.has(words[index]!.lower)) return false
  let last = index
  while (words[last + 1]?.capitalized) last++
  const end = words[last]!.lower.replace(/['’]s$/, '')
  return last === index || !(organizations.has(end) || media.has(end))
}

function personLike(words: EnWord[]): boolean {
  return words.some((w) => titles.has(w.lower)) || words.filter((w) => w.capitalized).length >= 2 && !words.some((w) => media.has(w.lower) || organizations.has(w.lower))
}

function properRun(words: EnWord[]): EnWord[] {
  let best: EnWord[] = []
  let run: EnWord[] = []
  for (const w of words) {
    if (w.capitalized || (run.length > 0 && /^(of|for|the|and|&)$/.test(w.lower))) {
      run.push(w)
      continue
    }
    if (run.length > 0) best = run
    run = []
  }
  if (run.length > 0) best = run
  while (best.length > 0 && /^(of|for|the|and|&)$/.test(best[best.length - 1]!.lower)) best.pop()
  return best
}

/**
 * Keys of the capitalised words of a sentence (for nesting by context).
 *
 * @param sentence The sentence.
 * @returns Their lower case forms, possessives dropped.
 */
export function namesIn(sentence: Sentence): string[] {
  const keys: string[] = []
  for (const token of sentence.tokens) {
    const w = wordAt(sentence, token.index)
    if (w && w.proper) keys.push(w.lower.replace(/['’]s$/, ''))
  }
  return keys
}

const honorifics: Record<string, 'masc' | 'femn' | undefined> = {'mr.': 'masc', mr: 'masc', 'mrs.': 'femn', mrs: 'femn', 'ms.': 'femn', ms: 'femn'}

/**
 * People a sentence names: a run of capitalised words that starts with a
 * known first name or an honorific, or follows a title (`Governor Igor Belov`).
 *
 * @param sentence The sentence.
 * @returns The names, titles dropped, in order.
 */
export function personsIn(sentence: Sentence): Person[] {
  const people: Person[] = []
  const tokens = sentence.tokens
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    // Names are capitalised: other words are not even read.
    if (token.type !== 'word' || token.text[0] === token.lower[0]) continue
    const w = wordAt(sentence, i)
    if (!w || !(w.proper || (w.capitalized && firstNames.has(w.token.text)))) continue
    const run: EnWord[] = []
    let j = i
    while (j < tokens.length) {
      const next = wordAt(sentence, j)
      if (!next || !next.capitalized || next.class === 'det' || next.class === 'prep' || next.class === 'conj') break
      run.push(next)
      j = skipSpace(sentence, j + 1)
    }
    i = run.length > 0 ? run[run.length - 1]!.token.index : i
    const before = wordAt(sentence, skipSpaceBack(sentence, run[0]!.token.index - 1))
    let lastTitle = findLastIndex(run, (x) => titles.has(x.lower))
    const name = run.slice(lastTitle + 1)
    const first = name[0]
    if (!first || name.some((x) => media.has(x.lower) || organizations.has(x.lower))) continue
    const honorific = lastTitle >= 0 ? honorifics[run[lastTitle]!.lower] : undefined
    const titled = lastTitle >= 0 || (before !== undefined && titles.has(before.lower))
    if (!titled && !firstNames.has(first.token.text)) continue
    if (name.length === 1 && !titled) continue
    // (`chief UK economist`, `the Russian leader`: a place or people before a title qualifies it, naming no one.)
    const after = wordAt(sentence, skipSpace(sentence, name[name.length - 1]!.token.index + 1))
    if (name.length === 1 && (/^[A-Z]{2,6}$/.test(first.token.text) || placeNames.has(first.token.text) || demonyms.has(first.lower) || (after !== undefined && !after.capitalized && titles.has(after.lower)))) continue
    lastTitle = -1
    const text = name.map((x) => x.token.text).join(' ').replace(/['’]s$/, '')
    const gender = honorific ?? (firstNames.get(first.token.text) || undefined)
    people.push({name: text, key: text.toLowerCase(), gender, start: first.token.start, end: name[name.length - 1]!.token.end})
  }
  return people
}

/** Drop trailing commas and spaces (a loop: a regular expression anchored at the end would backtrack). */
function trimEnd(value: string): string {
  let end = value.length
  while (end > 0 && (value[end - 1] === ',' || /\s/.test(value[end - 1]!))) end--
  return value.slice(0, end)
}
