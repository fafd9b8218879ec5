/**
 * The English language pack: lexicon, verb forms from the derived table,
 * and source finding by word order.
 */
import type {Cue, Sentence, Token} from '../../pipeline/model.js'
import {capitalStart, skipSpace, skipSpaceBack} from '../../pipeline/model.js'
import type {LanguagePack, VerbReading} from '../pack.js'
import {coreVerbs, cueParticles, isVerbForm, lexicon, phrasalForms, singulars, speechVerbs, verbForms} from './lexicon.js'
import {documentBefore, findSource, frameFits, hearer, namesIn, personsIn, phraseAfter} from './sources.js'
import {asSayingForms, beForms, places, possessiveBefore, weekDays, wordAt} from './words.js'

/** Marks that open and close a quote, with the doubled apostrophes of some wires (`''…,'' he said`). */
const openingMark = /^(?:[“"]|''|``)$/
const closingMark = /^(?:[”"’]|''|''')$/

const backwardObjects = new Set(['this', 'that', 'so', 'it'])

/** Nouns of speech: after a possessive they report their owner (`the mayor’s remarks`, `her claim that`). */
const speechNouns = new Set([
  'remarks', 'comments', 'comment', 'statement', 'statements', 'claim', 'claims', 'criticism', 'view', 'views', 'promise',
  'promises', 'pledge', 'warning', 'warnings', 'assertion', 'argument', 'accusation', 'accusations', 'suggestion', 'proposal',
  'message', 'words', 'tweet', 'tweets', 'speech', 'testimony', 'denial', 'admission', 'response', 'answer', 'reply',
  'announcement', 'prediction', 'opinion', 'position', 'stance', 'insistence', 'complaint', 'allegation', 'allegations',
  'endorsement', 'opposition', 'concerns', 'fears', 'belief', 'assessment', 'account', 'version', 'description'
])

function verb(token: Token, sentence: Sentence): VerbReading | undefined {
  if (speechNouns.has(token.lower)) {
    if (possessiveBefore(sentence, token.index) !== -1 && !subjectOfOther(sentence, token.index)) {
      return {lemma: token.lower, passive: false, nonFinite: false, noun: true}
    }
    // Else it may be the verb (`The ad claims …`).
  }
  // Most words are no reporting verb form: tell so before reading them in context.
  if (!verbForms.has(token.lower.replace(/’/g, "'"))) return phrasal(token, sentence) ?? byQuote(token, sentence)
  const w = wordAt(sentence, token.index)
  if (!w || w.class !== 'verb' || !w.cue) return undefined
  const beforeToken = sentence.tokens[skipSpaceBack(sentence, token.index - 1)]
  const before = beforeToken ? wordAt(sentence, beforeToken.index) : undefined
  const next = sentence.tokens[skipSpace(sentence, token.index + 1)]
  // `in media reports`: the noun a preposition takes, not a verb.
  if (!isVerbForm(w.lower) && afterFrame(sentence, token.index)) return undefined
  // `Xinhua quoted President Xi as saying`: the object and its `as saying` make the verb.
  const quotes = (w.cue === 'quote' || w.cue === 'cite') && asSaying(sentence, token.index)
  // `continued to question`, `was quick to add`: an infinitive after a verb or adjective that takes one.
  const host = before?.lower === 'to' ? infinitiveHost(sentence, before.token.index) : undefined
  // (After a reporting verb, the verb reports: `vowed to fight`, `declined to say`.)
  const hostCue = host === undefined ? undefined : wordAt(sentence, host)?.cue
  if (hostCue !== undefined && !needsSpeech.has(hostCue)) return undefined
  // `is preparing to announce`, `is expected to unveil`: what is yet to be said is no report.
  if (host !== undefined && prospective.has(sentence.tokens[host]!.lower)) return undefined
  // `the report`, `a call`, `Obama’s promises`, `of estimates`: a noun.
  if (host === undefined && before && (before.class === 'det' || before.class === 'prep' || /['’]s$/.test(before.lower))) return undefined
  // A form that is as often a noun (`point`, `reports`) is a verb only where a verb stands.
  // `state delegate Mary Susan`, `talk radio host`: a form as often a noun, in a compound naming a source.
  if (!isVerbForm(w.lower) && next?.type === 'word' && lexicon.titles.includes(next.lower)) {
    const after = wordAt(sentence, skipSpace(sentence, next.index + 1))
    // (`State media quoted …`: the compound is the subject of the verb after it.)
    if (after && (after.proper || after.class === 'nominal' || (after.class === 'verb' && after.cue !== undefined)) && !quotes) return undefined
  }
  // (`A poll out this week shows`: a text before a verb of finding is context enough; so is its clause, `Footage from the game shows that`.)
  const finds = findings.has(w.cue) && (textBefore(sentence, token.index) || (before?.class === 'nominal' && next?.lower === 'that'))
  if (host === undefined && !isVerbForm(w.lower) && !verbContext(beforeToken, before, next) && !finds && !quotes) return undefined
  // `the FBI email probe`: a form as often a noun, between a name its article opens and another noun, is a compound.
  if (!isVerbForm(w.lower) && before?.proper && wordAt(sentence, skipSpaceBack(sentence, before.token.index - 1))?.lower === 'the' && next && wordAt(sentence, next.index)?.class === 'nominal' && !wordAt(sentence, next.index)?.proper) return undefined
  // `had trouble`, `have support`: after a perfect auxiliary a verb stands as a participle, so a bare form is a noun.
  if (before && perfect.has(before.lower) && w.lower === w.cue && !irregularParticiples.has(w.lower)) return undefined
  // `called off the talks`: a particle that makes another verb.
  if (next && otherParticles[w.cue]?.includes(next.lower)) return undefined
  if (w.cue === 'add' && next && addedThings.test(next.lower)) return undefined
  // `agreed to pay`: a deal made, not words (`agreed that …` reports).
  if (w.cue === 'agree' && next?.lower === 'to' && infinitive(wordAt(sentence, skipSpace(sentence, next.index + 1)))) return undefined
  // `responded by easing sanctions`: an act, not words (a `saying` after it is the cue).
  if (next?.lower === 'by' && lexicon.verbs[w.cue] === 'say' && /ing$/.test(sentence.tokens[skipSpace(sentence, next.index + 1)]?.lower ?? '')) return undefined
  // `did not respond to a request for comment`: the writer's note that nothing was said.
  if (silence.has(w.cue) && beforeToken && negated(sentence, beforeToken)) return undefined
  // `calls seeking comment`, `a request to comment`: asking for words, not reporting them.
  if (next && /^comments?$/.test(next.lower) && (w.cue === 'seek' || w.cue === 'request' || w.cue === 'ask')) return undefined
  // `could not be independently verified`: the writer's note that nothing confirms it, no one's report.
  if (lexicon.verbs[w.cue] === 'confirm' && beforeToken && negatedPassive(sentence, beforeToken)) return undefined
  // (`Reuters could not independently verify the reports`: likewise, the one who tried is no source of them.)
  if ((w.cue === 'verify' || w.cue === 'corroborate') && beforeToken && unable(sentence, beforeToken)) return undefined
  // `Costa reported from Washington.`: a byline, not a report.
  if (byline(sentence, w.cue, next)) return undefined
  // `talked about the economy`, `thinks of`: a topic, not a report.
  if (next && (next.lower === 'about' || next.lower === 'of') && lexicon.verbs[w.cue] !== 'say') return undefined
  // `the poll found that`, `the data show`: these verbs report only for a text or a clause.
  if (findings.has(w.cue) && !(thatSoon(sentence, token.index) || textBefore(sentence, token.index))) return undefined
  // `continued:` and `…,” he continued` report speech; `continued to`, `would continue.` do not.
  if (needsSpeech.has(w.cue) && !((next && (next.text === ':' || openingMark.test(next.text))) || quoteJustAfter(sentence, token.index) || quoteJustBefore(sentence, token.index))) return undefined
  // `a class called “Perception”`, `emails held on a server`, `documents released by`: a participle
  // after a common noun, when what follows is no report (`Another child responded, “…` is one).
  // (`a video posted on social media`: a text is posted, it posts nothing; `a memo seen by` has its agent.)
  const text = before !== undefined && lexicon.documents.includes(before.lower) && next?.lower !== 'by'
  if (before && before.class === 'nominal' && !before.proper && participle(w.lower) && (!sourceNoun(before.lower) || text) && modifiesNoun(sentence, token.index, w.cue) && !quotes) {
    return undefined
  }
  // `The poll, released on Monday by …, showed`, `Smith, asked about it, said`: a participle set off after a noun.
  if (beforeToken?.text === ',' && participle(w.lower) && next && (wordAt(sentence, next.index)?.class === 'prep' || next.lower === 'by') && closedByComma(sentence, next.index)) {
    const noun = wordAt(sentence, skipSpaceBack(sentence, beforeToken.index - 1))
    if (noun && noun.class === 'nominal') return undefined
  }
  const span = verbGroup(sentence, host ?? token.index, w.cue)
  return {
    lemma: w.cue,
    passive: isPassive(sentence, span.first, token.index),
    nonFinite: w.lower.endsWith('ing'),
    span: {first: span.first, last: host === undefined ? span.last : verbGroup(sentence, token.index, w.cue).last},
    learnt: !coreVerbs.has(w.cue)
  }
}

/**
 * A plural form as often a noun after a preposition and a noun (`in media
 * reports`, `to news reports`). (Right after `according to`, the word reader
 * has already made it a noun.)
 */
function afterFrame(sentence: Sentence, index: number): boolean {
  const one = skipSpaceBack(sentence, index - 1)
  const two = skipSpaceBack(sentence, one - 1)
  const prior = wordAt(sentence, two)
  return sentence.tokens[index]!.lower.endsWith('s') && wordAt(sentence, one)?.class === 'nominal' && (prior?.class === 'prep' || sentence.tokens[two]?.lower === 'to')
}

/** `quoted Xi as saying`, `cited officials as telling`: `as` and a verb of speech within a few words after. */
function asSaying(sentence: Sentence, index: number): boolean {
  let words = 0
  for (let i = skipSpace(sentence, index + 1); i < sentence.tokens.length && words < 8; i = skipSpace(sentence, i + 1)) {
    const token = sentence.tokens[i]!
    if (token.type !== 'word') return false
    if (token.lower === 'as') return asSayingForms.has(sentence.tokens[skipSpace(sentence, i + 1)]?.lower ?? '')
    words++
  }
  return false
}

/** `found that`, `found in 2014 that`: a clause within a few words after. */
function thatSoon(sentence: Sentence, index: number): boolean {
  let words = 0
  for (let i = index + 1; i < sentence.tokens.length && words < 5; i++) {
    const token = sentence.tokens[i]!
    if (token.type !== 'word') {
      if (token.type === 'whitespace') continue
      return false
    }
    if (token.lower === 'that') return true
    words++
  }
  return false
}

/** A comma closes the phrase within a few words, before any clause opens (`, released on Monday by X, showed`). */
function closedByComma(sentence: Sentence, from: number): boolean {
  let words = 0
  for (let i = from; i < sentence.tokens.length && words < 15; i++) {
    const token = sentence.tokens[i]!
    if (token.text === ',') return true
    if (token.type === 'word') {
      words++
      if (token.lower === 'that') return false
    } else if (token.type !== 'whitespace' && token.text !== '-') {
      return false
    }
  }
  return false
}

/** Adjectives that take an infinitive of saying (`was quick to add`, `the first to say`). */
const infinitiveAdjectives = new Set(['quick', 'eager', 'ready', 'careful', 'willing', 'reluctant', 'keen', 'hesitant', 'happy', 'glad', 'anxious', 'first', 'last', 'able', 'unable'])

/** The verb or adjective an infinitive hangs on (`continued` in `continued to question`), by the index of its `to`. */
function infinitiveHost(sentence: Sentence, to: number): number | undefined {
  const index = skipSpaceBack(sentence, to - 1)
  const w = wordAt(sentence, index)
  if (!w) return undefined
  if (infinitiveAdjectives.has(w.lower) || w.class === 'verb' || (w.class === 'nominal' && !w.capitalized && isVerbForm(w.lower))) return index
  // `went on to say`.
  if (w.lower === 'on') {
    const verb = skipSpaceBack(sentence, index - 1)
    if (wordAt(sentence, verb)?.class === 'verb') return verb
  }
  return undefined
}

/** `shot back`, `weighed in`: a verb that reports only with its particle, not after a determiner (`a shot back home`). */
function phrasal(token: Token, sentence: Sentence): VerbReading | undefined {
  const entry = phrasalForms.get(token.lower)
  if (!entry) return undefined
  const last = particleEnd(sentence, token.index, entry.particles)
  if (last === undefined) return undefined
  const before = wordAt(sentence, skipSpaceBack(sentence, token.index - 1))
  if (before && (before.class === 'det' || before.class === 'prep' || /['’]s$/.test(before.lower))) return undefined
  const span = verbGroup(sentence, token.index, entry.lemma)
  return {lemma: entry.lemma, passive: false, nonFinite: token.lower.endsWith('ing'), span: {first: span.first, last}}
}

/** The last token of one of the particles (of one or more words, `it clear`) right after a verb, if one follows. */
function particleEnd(sentence: Sentence, verb: number, particles: string[]): number | undefined {
  for (const particle of particles) {
    let i = verb
    let ok = true
    for (const word of particle.split(' ')) {
      i = skipSpace(sentence, i + 1)
      if (sentence.tokens[i]?.lower !== word) {
        ok = false
        break
      }
    }
    if (ok) return i
  }
  return undefined
}

/** `be` in a verb group, contracted too (`it's been reported`). */
const beInGroup = new Set([...beForms, "'s", '’s'])

/** `is expected`, `was reported`, `has been told`: a form of `be` in the verb group before a participle. */
function isPassive(sentence: Sentence, first: number, verb: number): boolean {
  if (!passiveParticiple(sentence.tokens[verb]!.lower)) return false
  for (let i = first; i < verb; i++) if (beInGroup.has(sentence.tokens[i]!.lower)) return true
  return false
}

/** The verb group around a cue: auxiliaries and adverbs before (`has also said`), a particle after (`pointed to`). */
function verbGroup(sentence: Sentence, index: number, lemma: string): {first: number; last: number} {
  let first = index
  for (let i = skipSpaceBack(sentence, index - 1); i >= 0; i = skipSpaceBack(sentence, i - 1)) {
    const w = wordAt(sentence, i)
    if (!w || (w.class !== 'aux' && w.class !== 'adv') || places.has(w.lower)) break
    first = i
  }
  let last = index
  const particle = sentence.tokens[skipSpace(sentence, index + 1)]
  if (particle && (particles[lemma]?.includes(particle.lower) || topics.has(particle.lower))) last = particle.index
  return {first, last}
}

/** Particles that belong to a reporting verb (`called for`, `pointed out`, `fired back`). */
const particles: Record<string, string[]> = {
  call: ['for', 'on'], point: ['to', 'out'], refer: ['to'], fire: ['back'], shoot: ['back'], talk: ['about'],
  ask: ['about'], weigh: ['in'], lash: ['out'], speak: ['out', 'about'], sound: ['off'], hit: ['back'], push: ['back', 'for'],
  write: ['in'], argue: ['for', 'against'], warn: ['of', 'against'], complain: ['about', 'of'], joke: ['about'],
  tweet: ['out'], rail: ['against'], lay: ['out'], spell: ['out'], single: ['out'], brush: ['off', 'aside'], back: ['away']
}

/**
 * Prepositions of what a report is about (`said of`, `spoke with`): the grammar
 * reads past them; whether the cue shows them is learnt per verb (`cueParticles`).
 */
const topics = new Set(['of', 'about', 'with', 'for'])

const needsSpeech = new Set(['continue'])
/** Words before `to` that put the verb after it in the future (`preparing to announce`). */
const prospective = new Set([
  'prepare', 'prepares', 'preparing', 'prepared', 'plan', 'plans', 'planning', 'planned', 'expected', 'set', 'poised', 'going',
  'due', 'scheduled', 'intend', 'intends', 'intending', 'intended', 'likely', 'about'
])
const perfect = new Set(['has', 'have', 'had', 'having'])
const silence = new Set(['respond', 'reply', 'return', 'answer', 'comment'])
const negations = new Set(lexicon.negations)
/** Particles after which a reporting verb is another verb (`called off`, `backed down`). */
const otherParticles: Record<string, string[]> = {call: ['off', 'up'], back: ['down', 'off', 'up'], post: ['up'], push: ['through'], point: ['at'], add: ['to', 'up']}

/** Words after `add` that make it an addition of things (`added 200,000 jobs`, `added another seat`), not of words. */
const addedThings = /^(?:\$?\d[\d,.]*|more|another|new|additional|extra|its|their|nearly|almost|roughly|about|over|some)$/

const groupAux = new Set([...beForms, 'has', 'have', 'had', 'can', 'could', 'will', 'would', 'may', 'might', 'should', 'yet'])

/** A bare lower-case word after `to`: a verb's infinitive (`to pay`), not a noun phrase (`to the terms`, `to him`). */
function infinitive(w: ReturnType<typeof wordAt>): boolean {
  return w !== undefined && !w.capitalized && (w.class === 'verb' || w.class === 'nominal' || w.class === 'adv')
}

/** `could not independently`, `was unable to`, `cannot`: a verb group that says one failed, by the token before the verb. */
function unable(sentence: Sentence, before: Token): boolean {
  let token: Token | undefined = before
  for (let hops = 0; token && token.type === 'word' && hops < 4; hops++) {
    if (/^(?:cannot|can['’]t|couldn['’]t|unable)$/.test(token.lower) || (token.lower === 'not' && /^(?:could|can)$/.test(sentence.tokens[skipSpaceBack(sentence, token.index - 1)]?.lower ?? ''))) return true
    if (!(token.lower === 'to' || token.lower === 'was' || token.lower === 'were' || token.lower.endsWith('ly'))) return false
    token = sentence.tokens[skipSpaceBack(sentence, token.index - 1)]
  }
  return false
}

/** `could not be independently verified`, `has not been confirmed`: a passive with a negation in its verb group. */
function negatedPassive(sentence: Sentence, before: Token): boolean {
  let token: Token | undefined = before
  let passive = false
  for (let hops = 0; token && token.type === 'word' && hops < 6; hops++) {
    const lower = token.lower
    if (negations.has(lower)) return passive
    if (beForms.has(lower)) passive = true
    else if (!(groupAux.has(lower) || lower.endsWith('ly'))) return false
    token = sentence.tokens[skipSpaceBack(sentence, token.index - 1)]
  }
  return false
}

/**
 * `Her remarks came the day after …`, `Trump's response has been controversial`:
 * a noun of speech that opens the sentence as the subject of another verb is
 * talked about, not reported (`her claim that …`, `his remarks: “…”` report).
 */
function subjectOfOther(sentence: Sentence, noun: number): boolean {
  // (Only a phrase that opens the sentence: `Her remarks`, `The mayor's remarks`.)
  const owner = possessiveBefore(sentence, noun)
  const before = skipSpaceBack(sentence, owner - 1)
  const start = before !== -1 && wordAt(sentence, before)?.class === 'det' ? before : owner
  if (start !== skipSpace(sentence, 0)) return false
  let i = skipSpace(sentence, noun + 1)
  // (Over what the noun is about: `Trump's response to the attacks has been …`; not an infinitive, `proposal to build`.)
  if (wordAt(sentence, i)?.class === 'prep' && wordAt(sentence, skipSpace(sentence, i + 1))?.class !== 'verb') {
    i = skipSpace(sentence, i + 1)
    for (let words = 0; words < 6 && /^(det|nominal|num)$/.test(wordAt(sentence, i)?.class ?? ''); words++) i = skipSpace(sentence, i + 1)
  }
  const next = sentence.tokens[i]
  if (!next || next.type !== 'word' || next.lower === 'that') return false
  const w = wordAt(sentence, next.index)
  return w !== undefined && (w.class === 'verb' || w.class === 'aux') && !verbForms.has(next.lower)
}

/**
 * A verb of no lexicon that a quote shows to be one of speech (`“Go back,”
 * Trump barked`, `“Fantastic!” beamed Hartley`, `the supporter retorted:
 * “…”`): a past form, between the quote and its speaker or before a colon
 * that opens one.
 */
function byQuote(token: Token, sentence: Sentence): VerbReading | undefined {
  const lower = token.lower
  if (lower.length < 5 || !lower.endsWith('ed') || token.text !== lower) return undefined
  const tokens = sentence.tokens
  const next = tokens[skipSpace(sentence, token.index + 1)]
  // `… retorted: “…`
  if (next?.text === ':' && openingMark.test(tokens[skipSpace(sentence, next.index + 1)]?.text ?? '')) return quoted(lower)
  // `“…,” beamed Hartley`
  const before = tokens[skipSpaceBack(sentence, token.index - 1)]
  if (before && closingMark.test(before.text) && next?.type === 'word' && (capitalStart.test(next.text) || /^(he|she|they)$/.test(next.lower))) return quoted(lower)
  // `“…,” Trump barked.`: a name or pronoun of up to three words between.
  let i = skipSpaceBack(sentence, token.index - 1)
  let words = 0
  while (i >= 0 && tokens[i]!.type === 'word' && words < 3 && (capitalStart.test(tokens[i]!.text) || /^(he|she|they)$/.test(tokens[i]!.lower))) {
    words++
    i = skipSpaceBack(sentence, i - 1)
  }
  const ends = next === undefined || /^[.,!?;]$/.test(next.text)
  return words > 0 && i >= 0 && closingMark.test(tokens[i]!.text) && ends ? quoted(lower) : undefined
}

function quoted(form: string): VerbReading {
  return {lemma: form.replace(/e?d$/, ''), passive: false, nonFinite: false}
}

/** `not`, or `not` past adverbs (`did not immediately respond`, `has not yet replied`). */
function negated(sentence: Sentence, before: Token): boolean {
  let token: Token | undefined = before
  for (let hops = 0; token && hops < 3; hops++) {
    if (negations.has(token.lower)) return true
    if (!(token.lower.endsWith('ly') || token.lower === 'yet')) return false
    token = sentence.tokens[skipSpaceBack(sentence, token.index - 1)]
  }
  return false
}

/** `Costa reported from Washington.`, `Smith wrote from Kyiv.`: a reporter's line ending the story. */
function byline(sentence: Sentence, lemma: string, next: Token | undefined): boolean {
  if (next?.lower !== 'from' || (lemma !== 'report' && lemma !== 'write')) return false
  let words = 0
  for (let i = next.index + 1; i < sentence.tokens.length; i++) {
    const token = sentence.tokens[i]!
    if (token.type === 'word' && (++words > 4 || !capitalStart.test(token.text))) return false
  }
  return words > 0
}

/** An opening quote mark right after, perhaps past a comma (`He continued, “…`). */
function quoteJustAfter(sentence: Sentence, index: number): boolean {
  for (let i = index + 1; i < sentence.tokens.length && i <= index + 4; i++) if (openingMark.test(sentence.tokens[i]!.text)) return true
  return false
}

/** A closing quote mark among the few tokens before (`…,” he continued`). */
function quoteJustBefore(sentence: Sentence, index: number): boolean {
  for (let i = index - 1; i >= 0 && i >= index - 6; i--) if (closingMark.test(sentence.tokens[i]!.text)) return true
  return false
}
const findings = new Set(['find', 'show'])
// (With those that look like their base: `had forecast`.)
const irregularParticiples = new Set(['told', 'written', 'known', 'shown', 'given', 'made', 'seen', 'heard', 'found', 'forecast', 'broadcast'])

/** Verbs of naming, whose participle after a noun names it (`a class called “X”`). */
const naming = new Set(['call', 'name', 'dub', 'title', 'label', 'term', 'brand'])

/** Does the participle hang on the noun before it: a verb of naming, or `by` or a preposition after? */
function modifiesNoun(sentence: Sentence, index: number, lemma: string): boolean {
  if (naming.has(lemma)) return true
  const next = wordAt(sentence, skipSpace(sentence, index + 1))
  // (Or a time: `a statement issued late Tuesday`, `the report released yesterday`.)
  return next !== undefined && (next.class === 'prep' || next.lower === 'by' || timeOpeners.has(next.lower))
}

/** Words that open a time after a participle (`issued late Tuesday`, `released on Monday` has its preposition). */
const timeOpeners = new Set([...weekDays, 'late', 'early', 'earlier', 'last', 'this', 'yesterday', 'today', 'tonight'])

/** A past participle (`called`, `told`); `said` is left out, as no one writes `the words said by`. */
function participle(form: string): boolean {
  return (form.endsWith('ed') && form !== 'said') || irregularParticiples.has(form)
}

/** The same, for a passive, where `said` counts (`is said to`). */
function passiveParticiple(form: string): boolean {
  return participle(form) || form === 'said'
}

/** Nouns that often stand as the subject of a report (`officials said`, `the poll found`). */
function sourceNoun(noun: string): boolean {
  const {anonymous, documents, media, organizations, titles} = lexicon
  return anonymous.includes(noun) || documents.includes(noun) || media.includes(noun) || organizations.includes(noun) || titles.includes(noun)
}

/** A noun for a text among the few words before (`The poll by the institute showed`). */
function textBefore(sentence: Sentence, index: number): boolean {
  return documentBefore(sentence, index) !== undefined
}

/** After a subject-like word or an auxiliary, or inverted after a quote or comma. */
function verbContext(beforeToken: Token | undefined, before: ReturnType<typeof wordAt>, next: Token | undefined): boolean {
  if (!beforeToken) return next !== undefined && (next.text === ':' || openingMark.test(next.text))
  if (!before) return beforeToken.text === ',' || closingMark.test(beforeToken.text) || /^[—–%]$/.test(beforeToken.text)
  if (before.class === 'pron' || before.class === 'aux' || before.class === 'adv' || before.class === 'rel' || before.proper || sourceNoun(before.lower)) return true
  // `Election scholars caution that …`: people in the plural, a verb and its clause.
  return before.class === 'nominal' && singulars.has(before.lower) && next?.lower === 'that'
}

/** `X reported this.`, `That's according to X.`: the cue points at what came before. */
function backward(sentence: Sentence, cue: Cue): boolean {
  if (cue.role === 'according') {
    const first = sentence.tokens[skipSpace(sentence, 0)]
    return first !== undefined && /^(that|this|that's|that’s|this's)$/i.test(first.text) && cue.first - first.index <= 4
  }
  if (cue.role !== 'verb') return false
  const next = sentence.tokens[skipSpace(sentence, cue.last + 1)]
  if (!next || !backwardObjects.has(next.lower)) return false
  const after = sentence.tokens[skipSpace(sentence, next.index + 1)]
  return after === undefined || /^[.!]$/.test(after.text)
}

/** The content follows the cue (`said that …`, `said:`) rather than coming before it (`…, he said.`). */
function forward(sentence: Sentence, cue: Cue): boolean {
  const before = sentence.tokens[skipSpaceBack(sentence, cue.first - 1)]
  // `“…,” said X` and `…, said X.`: inverted after its content. (`X, 22, said he …` is not:
  // a subject set off by commas, with the clause after.)
  const subjectFirst = cue.source !== undefined && cue.source.first < cue.first
  if (before && before.type !== 'word' && (closingMark.test(before.text) || /^[—–]$/.test(before.text)) && !subjectFirst) return false
  if (before?.text === ',' && !subjectFirst) return false
  // `…, the Courier reported.`: subject then verb at the end (`…, Graham told reporters on Monday.`: past whom it
  // told, and a time or place).
  const lead = sentence.tokens[skipSpaceBack(sentence, Math.min(cue.first, cue.source?.first ?? cue.first) - 1)]
  if (lead?.text === ',' && speechVerbs.has(cue.lemma) && onlyAdjunctAfter(sentence, afterHearer(sentence, cue), true)) return false
  let i = skipSpace(sentence, afterHearer(sentence, cue) + 1)
  while (i < sentence.tokens.length) {
    const token = sentence.tokens[i]!
    if (token.type === 'word') return true
    if (/^[.!?]$/.test(token.text)) break
    if (token.text === ':' || openingMark.test(token.text)) return true
    i = skipSpace(sentence, i + 1)
  }
  return cue.first < sentence.tokens.length / 3
}

const statementNouns = new Set(['statement', 'interview', 'email', 'e-mail', 'speech', 'letter', 'op-ed', 'tweet', 'post', 'video', 'release', 'note', 'memo', 'message', 'briefing', 'filing'])
/** Times shown with a verb of saying (`said Monday`). */
const shownTimes = new Set([...weekDays, 'today', 'yesterday', 'recently', 'earlier', 'later'])

/**
 * A verb of saying shown with what goes with it (`said Monday`, `said in a
 * statement`, `wrote in an email`), as annotators of news mark cues.
 */
function cueEnd(sentence: Sentence, cue: Cue): number {
  if (cue.role !== 'verb' || cue.noun) return cue.last
  const word = (index: number): string => (sentence.tokens[index]?.type === 'word' ? sentence.tokens[index]!.lower : '')
  let last = particleShown(sentence, cue, word)
  if (!speechVerbs.has(cue.lemma)) return last
  let i = skipSpace(sentence, last + 1)
  if (shownTimes.has(word(i))) {
    last = i
    i = skipSpace(sentence, i + 1)
  }
  // (`wrote in an email`: the particle may already end the cue.)
  if (word(last) === 'in') i = last
  if (word(i) === 'in') {
    const article = skipSpace(sentence, i + 1)
    const noun = skipSpace(sentence, article + 1)
    if (/^(a|an|the|his|her|their|its)$/.test(word(article)) && statementNouns.has(word(noun))) last = noun
  }
  return last
}

/**
 * The preposition after a verb that annotators keep in its cue (`focused on`,
 * `talked about`; not `said of`, `said on Monday`), as learnt per verb.
 */
function particleShown(sentence: Sentence, cue: Cue, word: (index: number) => string): number {
  const learnt = cueParticles.get(cue.lemma)
  const last = word(cue.last)
  // A preposition the grammar read with the verb, which the cue does not show.
  if (topics.has(last) && !learnt?.has(last) && !particles[cue.lemma]?.includes(last)) return skipSpaceBack(sentence, cue.last - 1)
  const next = skipSpace(sentence, cue.last + 1)
  return learnt?.has(word(next)) && !topics.has(last) && !particles[cue.lemma]?.includes(last) ? next : cue.last
}

/** The cue ends the sentence, with no more than an adjunct after it (`…, the bank said in a statement.`). */
function closes(sentence: Sentence, cue: Cue): boolean {
  // (`…, I said, attempting to regroup`: a participle hangs on the clause; `focused on`: a learnt verb may be anything.)
  if (!speechVerbs.has(cue.lemma) || sentence.tokens[cue.last]!.lower.endsWith('ing')) return false
  return onlyAdjunctAfter(sentence, afterHearer(sentence, cue))
}

/**
 * Does nothing but an adjunct (`in a statement on Wednesday`) stand between a token and the end of its
 * clause, or of the sentence (not `…, Rogan said in an interview, Mr. Clinton …`)?
 */
function onlyAdjunctAfter(sentence: Sentence, last: number, toEnd = false): boolean {
  let i = skipSpace(sentence, last + 1)
  let adjunct = false
  while (i < sentence.tokens.length) {
    const token = sentence.tokens[i]!
    if (token.type === 'word') {
      if (!adjunctWord(wordAt(sentence, i), adjunct)) return false
      adjunct = true
    } else if (/^[.!?]$/.test(token.text) || (token.text === ',' && adjunct && !toEnd)) {
      return true
    } else if (!/^[»"”’)\]]$/.test(token.text)) {
      return false
    }
    i = skipSpace(sentence, i + 1)
  }
  return true
}

/** The last token of `told` and whom it told (`told reporters`, `told The Huffington Post`), else of the cue. */
function afterHearer(sentence: Sentence, cue: Cue): number {
  if (cue.lemma !== 'tell') return cue.last
  const hearer = phraseAfter(sentence, skipSpace(sentence, cue.last + 1))
  return hearer ? hearer.last : cue.last
}

/** Words of an adjunct after a verb (`in a statement on Wednesday`): a preposition first, then a phrase. */
function adjunctWord(w: ReturnType<typeof wordAt>, started: boolean): boolean {
  if (!w) return false
  if (!started) return w.class === 'prep' && w.lower !== 'to'
  return w.class === 'prep' || w.class === 'det' || w.class === 'nominal' || w.class === 'num' || w.class === 'adv'
}

/** The English language pack. */
export const en: LanguagePack = {
  language: 'en',
  lexicon,
  verb,
  backward,
  forward,
  closes,
  cueEnd,
  source: (sentence, cue) => findSource(sentence, cue),
  names: namesIn,
  persons: personsIn,
  hearer,
  frameFits,
  nounLemma: (word) => {
    const lower = word.toLowerCase()
    return singulars.get(lower) ?? lower
  },
  isName: (sentence, index) => wordAt(sentence, index)?.proper ?? false,
  isPronoun: (sentence, index) => wordAt(sentence, index)?.class === 'pron'
}
