#!/usr/bin/env node
// Derives the English lexicon's data from the PolNeAR training articles:
//   node scripts/derive-en-lexicon.mjs [../shared/corpus/polnear-train.jsonl]
// Writes src/languages/en/derived.json:
// - `verbs`: every verb lemma that heads a human-annotated cue at least MIN_COUNT
//   times and is a cue in at least MIN_RATIO of its uses, with all its forms
//   (forms from compromise's conjugation, not from suffix rules);
// - `verbForms`: word forms that compromise tags as verbs in at least 90% of their
//   uses (frequent ones only): the grammar stops a noun phrase at them;
// - `adverbs`: frequent words tagged as adverbs, which the grammar skips;
// - `commonWords`: words written in lower case inside sentences far more often than
//   capitalised: at the start of a sentence such a word is no name;
// - `singulars`: plural nouns seen at least MIN_COUNT times, with their singular;
// - `firstNames`: capitalised words compromise tags as male or female first names at
//   least twice, to tell people's names from places and to resolve `he` and `she`;
// - `particles`: prepositions annotators keep in a verb's cue (`focused on`);
// - `places`: capitalised words compromise tags as places in nearly all their uses;
// - `demonyms`: capitalised words it tags as adjectives of peoples (or adjectives) in most uses.
// Only counts and word lists leave the corpus; no text is copied.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import nlp from 'compromise'

const MIN_COUNT = 3
const MIN_RATIO = Number(process.env.MIN_RATIO ?? 0.2)
const MIN_FORM = 5
const PARTICLE_RATIO = 0.6

const here = path.dirname(fileURLToPath(import.meta.url))
const corpus = process.argv[2] ?? path.join(here, '..', '..', 'shared', 'corpus', 'polnear-train.jsonl')
const out = path.join(here, '..', 'src', 'languages', 'en', 'derived.json')
const docs = fs.readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))

// Words that are never reporting verbs themselves, though they stand in cue spans (`has said`).
const auxiliaries = new Set(['be', 'have', 'do', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'get', 'go', 'make', 'take', 'come', 'keep', 'let', 'begin', 'start', 'continue', 'try', 'use'])

const inCue = new Map()
const total = new Map()
/** Forms seen in the corpus for each verb lemma (compromise's conjugation misses some: `tweeted`). */
const observed = new Map()
const formTags = new Map()
const casing = new Map()
const firstNames = new Map()
const plurals = new Map()
/** Capitalised words and how often the tagger reads them as places. */
const placeNames = new Map()
/** Capitalised words and how often the tagger reads them as a people's adjective or as an adjective. */
const adjectives = new Map()
/** Counts of a preposition right after a verb of a cue, and of it inside that cue. */
const after = new Map()
const prepositions = new Set(['about', 'against', 'as', 'at', 'away', 'back', 'by', 'down', 'for', 'from', 'in', 'into', 'of', 'off', 'on', 'out', 'over', 'to', 'toward', 'towards', 'up', 'with'])
let done = 0
for (const doc of docs) {
  const spans = doc.attributions.flatMap((a) => a.cue)
  const parsed = nlp(doc.text)
  parsed.compute('root')
  for (const sentence of parsed.json({offset: true})) {
    for (const [index, term] of sentence.terms.entries()) {
      const normal = term.normal
      if (!normal || !/^[a-z][a-z'-]*$/.test(normal)) continue
      if (/^[A-Z][a-z]+$/.test(term.text)) {
        const seen = placeNames.get(term.text) ?? {place: 0, all: 0}
        seen.all++
        if (term.tags.includes('Place')) seen.place++
        placeNames.set(term.text, seen)
        // (A people's or a party's adjective, inside a sentence: `Russian soldiers`, `Islamophobic remarks`.)
        if (index > 0) {
          const adjective = adjectives.get(normal) ?? {adjective: 0, all: 0}
          adjective.all++
          if (term.tags.includes('Demonym') || (term.tags.includes('Adjective') && !term.tags.includes('ProperNoun'))) adjective.adjective++
          adjectives.set(normal, adjective)
        }
      }
      if (/^[A-Z]/.test(term.text) && term.tags.includes('FirstName')) {
        const gender = term.tags.includes('FemaleName') ? 'femn' : term.tags.includes('MaleName') ? 'masc' : 'either'
        const seen = firstNames.get(term.text) ?? {masc: 0, femn: 0, either: 0}
        seen[gender]++
        firstNames.set(term.text, seen)
      }
      if (index > 0) {
        const seen = casing.get(normal) ?? {lower: 0, upper: 0}
        if (/^[a-z]/.test(term.text)) seen.lower++
        else if (/^[A-Z]/.test(term.text)) seen.upper++
        casing.set(normal, seen)
      }
      const tags = term.tags
      const counts = formTags.get(normal) ?? {verb: 0, adverb: 0, all: 0}
      counts.all++
      if (tags.includes('Verb')) counts.verb++
      if (tags.includes('Adverb')) counts.adverb++
      formTags.set(normal, counts)
      if (tags.includes('Plural') && tags.includes('Noun') && !tags.includes('ProperNoun')) plurals.set(normal, (plurals.get(normal) ?? 0) + 1)
      if (!tags.includes('Verb')) continue
      const lemma = term.root || normal
      if (auxiliaries.has(lemma) || tags.includes('Auxiliary') || tags.includes('Modal')) continue
      total.set(lemma, (total.get(lemma) ?? 0) + 1)
      if (!observed.has(lemma)) observed.set(lemma, new Set())
      observed.get(lemma).add(normal)
      const start = term.offset.start
      const end = start + term.offset.length
      const span = spans.find(([b, e]) => start < e && end > b)
      if (!span) continue
      inCue.set(lemma, (inCue.get(lemma) ?? 0) + 1)
      // The word right after a verb of a cue: is it inside the cue (`focused on`) or not (`said on`)?
      const next = sentence.terms[index + 1]
      if (next && prepositions.has(next.normal) && (term.post ?? '').trim() === '') {
        const key = `${lemma} ${next.normal}`
        const seen = after.get(key) ?? {in: 0, all: 0}
        seen.all++
        if (next.offset.start < span[1]) seen.in++
        after.set(key, seen)
      }
    }
  }
  if (++done % 100 === 0) console.error(`${done}/${docs.length}`)
}

// The core verbs (src/languages/en/verbs.json) get their forms too, however rare in the corpus.
const core = JSON.parse(fs.readFileSync(path.join(here, '..', 'src', 'languages', 'en', 'verbs.json'), 'utf8'))
const coreLemmas = new Set([
  ...Object.entries(core).filter(([, list]) => Array.isArray(list)).flatMap(([, list]) => list),
  // Phrasal verbs report only with their particle (`shot back`), but need their forms all the same.
  ...Object.keys(core.phrasal)
])
/**
 * Is the lemma a verb? The tagger makes verbs of particles in phrasal verbs
 * (`on`, `out`) and of adjectives (`likely`): a verb is no closed-class word,
 * and is a verb read alone (`touted`), or is seen inflected (`expressed`), or
 * is the form of another verb (`known`).
 */
const closedClasses = ['Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Value']
const verbAlone = (lemma) => {
  const tags = nlp(lemma).json()[0]?.terms[0]?.tags ?? []
  if (tags.some((tag) => closedClasses.includes(tag))) return false
  if (tags.includes('Verb') || [...(observed.get(lemma) ?? [])].some((form) => form !== lemma)) return true
  const infinitive = nlp(lemma).tag('Verb').verbs().toInfinitive().text('normal')
  return infinitive !== '' && infinitive !== lemma
}

const participleAlone = (lemma) => nlp(lemma).json()[0]?.terms[0]?.tags.includes('Participle') ?? false

const verbs = {}
const candidates = new Set([...inCue.keys(), ...coreLemmas])
for (const lemma of [...candidates].sort((a, b) => (inCue.get(b) ?? 0) - (inCue.get(a) ?? 0) || a.localeCompare(b))) {
  const count = inCue.get(lemma) ?? 0
  const ratio = count / (total.get(lemma) ?? Math.max(count, 1))
  if (!coreLemmas.has(lemma) && (count < MIN_COUNT || ratio < MIN_RATIO || !verbAlone(lemma))) continue
  const forms = new Set([lemma])
  // A participle the tagger left as its own root (`known`, `spoken`) keeps its one form:
  // conjugated, it would claim the forms of its verb (`spoke`). (Not a verb seen inflected
  // from it, as `liken`, `likened`.)
  if (participleAlone(lemma) && ![...(observed.get(lemma) ?? [])].some((form) => form !== lemma && form.startsWith(lemma))) {
    verbs[lemma] = {count, ratio: Math.round(ratio * 1000) / 1000, forms: [lemma]}
    continue
  }
  const conjugated = nlp(lemma).tag('Verb').verbs().conjugate()[0] ?? {}
  for (const key of ['Infinitive', 'PastTense', 'PresentTense', 'Gerund', 'Participle']) {
    const form = conjugated[key]
    if (typeof form === 'string' && /^[a-z'-]+$/.test(form)) forms.add(form)
  }
  for (const form of observed.get(lemma) ?? []) if (/^[a-z'-]+$/.test(form) && !form.includes("'")) forms.add(form)
  verbs[lemma] = {count, ratio: Math.round(ratio * 1000) / 1000, forms: [...forms].sort()}
}

const verbForms = []
const adverbs = []
for (const [form, counts] of formTags) {
  if (counts.all < MIN_FORM) continue
  if (counts.verb / counts.all >= 0.9) verbForms.push(form)
  if (counts.adverb / counts.all >= 0.9) adverbs.push(form)
}

const commonWords = [...casing].filter(([, seen]) => seen.lower >= 3 && seen.lower >= 2 * seen.upper).map(([word]) => word).sort()

const names = {}
for (const [name, seen] of [...firstNames].sort((a, b) => a[0].localeCompare(b[0]))) {
  const total = seen.masc + seen.femn + seen.either
  if (total < 2 || !/^[A-Z][a-z]+$/.test(name)) continue
  names[name] = seen.masc > seen.femn ? 'masc' : seen.femn > seen.masc ? 'femn' : ''
}

// Plural nouns with their singular (compromise's inflection), so that `campaigns` is read as `campaign`.
const singulars = {}
for (const [plural, count] of [...plurals].sort((a, b) => a[0].localeCompare(b[0]))) {
  if (count < MIN_COUNT || !/^[a-z]+$/.test(plural)) continue
  const singular = nlp(plural).tag('Plural').nouns().toSingular().text('normal')
  if (singular && singular !== plural && /^[a-z]+$/.test(singular)) singulars[plural] = singular
}

// Places (`Texas`, `Kyiv`, `Moscow`): a capital or a country speaks for its government, no person.
const places = [...placeNames]
  .filter(([name, seen]) => seen.all >= MIN_COUNT && seen.place / seen.all >= 0.9 && !names[name])
  .map(([name]) => name)
  .sort()

// Adjectives of peoples and parties (`Russian`, `Western`): written capitalised, naming no one before a noun.
const demonyms = [...adjectives]
  .filter(([word, seen]) => seen.all >= MIN_COUNT && seen.adjective / seen.all >= 0.8 && (casing.get(word)?.lower ?? 0) * 4 < seen.all && !names[word.charAt(0).toUpperCase() + word.slice(1)])
  .map(([word]) => word)
  .sort()

// Prepositions annotators keep in a verb's cue (`focused on`, `talked about`, not `said on`).
const particles = {}
for (const [key, seen] of [...after].sort((a, b) => a[0].localeCompare(b[0]))) {
  const [lemma, word] = key.split(' ')
  if (!verbs[lemma] || seen.all < MIN_COUNT || seen.in / seen.all < PARTICLE_RATIO) continue
  ;(particles[lemma] ??= []).push(word)
}

const data = {
  about: `Derived by scripts/derive-en-lexicon.mjs from ${path.basename(corpus)} (${docs.length} articles): cue verbs seen at least ${MIN_COUNT} times and cues in at least ${MIN_RATIO * 100}% of their uses; verb and adverb forms seen at least ${MIN_FORM} times; prepositions inside a verb's cue in at least ${PARTICLE_RATIO * 100}% of at least ${MIN_COUNT} uses; places read so in 90% of at least ${MIN_COUNT} uses; capitalised adjectives read so in 80% of at least ${MIN_COUNT} uses.`,
  verbs,
  verbForms: verbForms.sort(),
  adverbs: adverbs.sort(),
  commonWords,
  firstNames: names,
  singulars,
  particles,
  places,
  demonyms
}
fs.writeFileSync(out, JSON.stringify(data, null, 1) + '\n')
console.log(`${Object.keys(verbs).length} cue verbs, ${verbForms.length} verb forms, ${adverbs.length} adverbs, ${commonWords.length} common words, ${Object.keys(names).length} first names, ${Object.keys(singulars).length} plurals → ${path.relative(process.cwd(), out)}`)
