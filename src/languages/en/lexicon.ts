/**
 * English lexicon: core reporting verbs (`verbs.json`), the verbs learnt
 * from annotated news with all their forms (`derived.json`, made by
 * `scripts/derive-en-lexicon.mjs`), and general vocabulary of reporting.
 */
import {lexiconSchema, type Lexicon} from '../pack.js'
import core from './verbs.json' with {type: 'json'}
import derived from './derived.json' with {type: 'json'}

/** A learnt verb joins the lexicon when annotators marked it as a cue this often… */
export const minCount = 3
/** …and in at least this share of its uses. */
export const minRatio = 0.2

type Kind = Lexicon['verbs'][string]
const kinds = ['say', 'write', 'think', 'deny', 'confirm', 'ask'] as const

const verbs: Lexicon['verbs'] = {}
for (const kind of kinds) for (const lemma of core[kind]) verbs[lemma] = kind as Kind
const phrasalOnly = new Set(Object.keys(core.phrasal))
/** Verbs of saying and writing from the hand-made core, not learnt: the ones a closing `…, X said.` uses. */
export const speechVerbs = new Set<string>([...core.say, ...core.write])
/** Every verb of the hand-made core, of any kind (`say`, `believe`, `deny`, …). */
export const coreVerbs = new Set<string>(kinds.flatMap((kind) => core[kind]))
for (const [lemma, entry] of Object.entries(derived.verbs)) {
  // (A verb that reports with its particle, `weighed in`, does not alone: `weighing other measures`.)
  if (!(lemma in verbs) && !phrasalOnly.has(lemma) && entry.count >= minCount && entry.ratio >= minRatio && /^[a-z]+$/.test(lemma) && lemma !== 'accord') {
    verbs[lemma] = 'say'
  }
}

/** Every form of every reporting verb, to its lemma (`said` → `say`). */
export const verbForms = new Map<string, string>()
for (const [lemma, entry] of Object.entries(derived.verbs)) {
  if (!(lemma in verbs)) continue
  for (const form of entry.forms) if (!verbForms.has(form)) verbForms.set(form, lemma)
}

/**
 * Base forms that are present tense only: the verb has a past of its own (`support`, `supported`),
 * unlike `read` or `forecast`, whose past is written the same.
 */
export const presentOnly = new Set<string>()
for (const [lemma, entry] of Object.entries(derived.verbs)) {
  if (lemma in verbs && entry.forms.includes(lemma) && entry.forms.some((form) => form !== lemma && !/(?:s|ing)$/.test(form))) presentOnly.add(lemma)
}

// (Added after the forms, so that `shot` alone is no cue.)
for (const lemma of Object.keys(core.phrasal)) verbs[lemma] ??= 'say'

/** Verbs that report only with their particle (`shot back`, `weighed in`): form → lemma and particles. */
export const phrasalForms = new Map<string, {lemma: string; particles: string[]}>()
for (const [lemma, particles] of Object.entries(core.phrasal)) {
  for (const form of derived.verbs[lemma as keyof typeof derived.verbs]?.forms ?? [lemma]) phrasalForms.set(form, {lemma, particles})
}

/**
 * Prepositions that annotators keep in a verb's cue (`focused on`, `talked
 * about`, but `said on Monday`), learnt per verb from the training articles.
 */
export const cueParticles = new Map<string, Set<string>>(Object.entries(derived.particles).map(([lemma, words]) => [lemma, new Set(words)]))

/** Forms that are verbs in nearly all their uses: a noun phrase stops at them. */
export const otherVerbs = new Set(derived.verbForms)

/**
 * Is a form a verb in nearly all its uses (`said`, not `reports`)?
 *
 * @param form A lower-case word.
 * @returns Whether the derived table has it as a verb form.
 */
export function isVerbForm(form: string): boolean {
  return otherVerbs.has(form)
}
/** Frequent adverbs, skipped between a subject and its verb. */
export const adverbs = new Set(derived.adverbs)
/** Capitalised adjectives of peoples and their plurals (`Russian`, `Israelis`), learnt from the training articles. */
export const demonyms = new Set(derived.demonyms)
/** Words mostly written in lower case: capitalised at a sentence start, no name. */
export const commonWords = new Set(derived.commonWords)
/** Places (`Texas`, `Moscow`), learnt from the tagger's reading of the training articles. */
export const placeNames = new Set<string>(derived.places)

/** First names, with their usual gender (`''` when used for both). */
export const firstNames = new Map<string, 'masc' | 'femn' | ''>(Object.entries(derived.firstNames) as Array<[string, 'masc' | 'femn' | '']>)

/** General vocabulary of reporting, in the singular where a noun has one. */
const nouns = {
  verbs,
  frames: [
    ...['according to', 'as reported by', 'as told to', 'in the words of', 'per'].map((phrase) => ({words: phrase.split(' '), role: 'according'})),
    // `Officials quoted by the Courier said`: the one who quotes stands outside.
    // `a memo seen by the newspaper`, `documents obtained by X`: who saw the text reports it.
    ...['quoted by', 'cited by', 'polled by', 'surveyed by', 'interviewed by', 'questioned by', 'contacted by', 'seen by', 'obtained by', 'reviewed by', 'viewed by'].map((phrase) => ({
      words: phrase.split(' '),
      role: 'according'
    })),
    // (`The Post, which cited three officials,`: a relative clause citing is one hop in too.)
    ...['citing', 'quoting', 'which cited', 'which quoted', 'who cited', 'who quoted', 'which cites', 'who cites'].map((phrase) => ({words: phrase.split(' '), role: 'citing'})),
    ...['reportedly', 'allegedly', 'purportedly', 'supposedly', 'rumored', 'rumoured', 'it is said', 'it was said', 'it is reported', 'it was reported', 'it has been reported'].map((phrase) => ({
      words: phrase.split(' '),
      role: 'adverb'
    }))
  ],
  falsehoods: ['false', 'untrue', 'fake', 'baseless', 'unfounded', 'fabricated', 'fabrication', 'inaccurate', 'hoax', 'bogus', 'groundless', 'not true', 'a lie', 'lies', 'misinformation', 'disinformation'],
  unconfirmed: ['verif', 'confirm', 'corroborat', 'comment'],
  claims: ['report', 'claim', 'allegation', 'accusation', 'rumor', 'rumour', 'story', 'stories', 'charge'],
  negations: [
    'not', "n't", 'no', 'unable', 'cannot', 'never', 'didn’t', "didn't", 'couldn’t', "couldn't", 'hasn’t', "hasn't", 'haven’t', "haven't", 'wasn’t',
    "wasn't", 'wouldn’t', "wouldn't", 'doesn’t', "doesn't", 'don’t', "don't"
  ],
  hedges: ['allegedly', 'reportedly', 'purportedly', 'supposedly', 'rumored', 'rumoured', 'unconfirmed', 'unverified', 'it is said', 'it was said'],
  media: [
    'newspaper', 'paper', 'daily', 'agency', 'outlet', 'network', 'magazine', 'broadcaster', 'tabloid', 'website', 'site',
    'publication', 'channel', 'station', 'wire', 'journal', 'post', 'times', 'news', 'herald', 'tribune', 'gazette', 'telegraph',
    'observer', 'press', 'radio', 'tv', 'television', 'weekly', 'blog', 'newsletter', 'podcast', 'media', 'reuters', 'bureau',
    // Wire services and broadcasters known by a bare name (`told the BBC`, unlike `told the FBI`).
    'bbc', 'cnn', 'nbc', 'cbs', 'abc', 'npr', 'pbs', 'msnbc', 'cnbc', 'ap', 'afp', 'upi', 'itv', 'bloomberg', 'xinhua', 'interfax', 'tass'
  ],
  documents: [
    'document', 'documents', 'report', 'reports', 'memo', 'memos', 'letter', 'letters', 'statement', 'study', 'survey', 'poll',
    'polls', 'polling', 'filing', 'filings', 'record', 'records', 'data', 'analysis', 'transcript', 'complaint', 'indictment', 'ruling',
    'email', 'emails', 'cable', 'cables', 'assessment', 'audit', 'review', 'affidavit', 'lawsuit', 'testimony', 'release',
    'finding', 'findings', 'investigation', 'probe', 'dossier', 'briefing', 'order', 'motion', 'opinion', 'paperwork', 'file', 'files',
    'ad', 'ads', 'advertisement', 'editorial', 'op-ed', 'column', 'article', 'story', 'headline', 'book', 'video', 'website', 'minutes',
    'footage', 'recording', 'recordings', 'photo', 'photos', 'images', 'result', 'statistics', 'estimate', 'figures', 'projection'
  ],
  organizations: [
    'government', 'ministry', 'department', 'administration', 'committee', 'commission', 'campaign', 'party', 'company',
    'corporation', 'office', 'court', 'police', 'army', 'military', 'council', 'parliament', 'congress', 'senate', 'house',
    'agency', 'bureau', 'service', 'institute', 'university', 'foundation', 'association', 'union', 'center', 'centre', 'group',
    'firm', 'bank', 'board', 'embassy', 'team', 'coalition', 'alliance', 'organization', 'organisation', 'authority',
    'authorities', 'pentagon', 'kremlin', 'inc', 'corp', 'llc', 'fund', 'caucus', 'cabinet', 'secretariat', 'staff', 'leadership',
    // Forces and services, and companies named by what they make or do (`the iPhone maker`, `the regulator`).
    'force', 'forces', 'navy', 'guard', 'legislature', 'assembly', 'maker', 'manufacturer', 'producer', 'retailer', 'automaker',
    'carmaker', 'chipmaker', 'airline', 'insurer', 'lender', 'regulator', 'watchdog', 'operator', 'utility', 'conglomerate', 'startup',
    'club', 'league', 'federation', 'hospital', 'charity', 'nonprofit', 'prison'
  ],
  anonymous: [
    'official', 'officials', 'source', 'sources', 'aide', 'aides', 'analyst', 'analysts', 'expert', 'experts', 'critic',
    'critics', 'observer', 'observers', 'insider', 'insiders', 'people', 'person', 'someone', 'somebody', 'witness',
    'witnesses', 'diplomat', 'diplomats', 'advisers', 'advisors', 'staffers', 'others', 'many', 'some', 'supporters',
    'opponents', 'residents', 'voters', 'economists', 'scientists', 'researchers', 'strategists', 'operatives', 'allies',
    'associates', 'lawmakers', 'reporters', 'journalists', 'media', 'pundits', 'activists', 'leaders', 'members', 'users', 'several', 'most', 'few',
    'fans', 'protesters', 'demonstrators', 'parents', 'students', 'workers', 'employees', 'locals'
  ],
  unnamed: [
    'anonymous', 'unnamed', 'unidentified', 'senior', 'several', 'some', 'many', 'two', 'three', 'four', 'multiple', 'various',
    'familiar', 'knowledgeable', 'close', 'briefed', 'involved', 'unspecified', 'certain', 'most', 'few', 'numerous', 'other', 'another', 'one', 'a'
  ],
  titles: [
    'president', 'senator', 'sen', 'sen.', 'rep', 'rep.', 'representative', 'congressman', 'congresswoman', 'governor', 'gov',
    'gov.', 'secretary', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'chairman', 'chairwoman', 'chair',
    'adviser', 'advisor', 'attorney', 'lawyer', 'judge', 'justice', 'professor', 'prof.', 'dr', 'dr.', 'mr', 'mr.', 'mrs',
    'mrs.', 'ms', 'ms.', 'candidate', 'nominee', 'leader', 'mayor', 'ambassador', 'general', 'gen', 'gen.', 'chief', 'ceo',
    'founder', 'manager', 'strategist', 'speaker', 'pollster', 'host', 'anchor', 'reporter', 'correspondent', 'columnist',
    'editor', 'author', 'economist', 'historian', 'sheriff', 'prosecutor', 'commissioner', 'officer', 'delegate', 'coordinator',
    'vice', 'deputy', 'press', 'official', 'aide', 'analyst', 'expert', 'diplomat', 'pope', 'king', 'queen', 'prince',
    'chancellor', 'premier', 'lt.', 'col.', 'sgt.', 'capt.', 'adm.', 'dem.', 'democrat', 'republican', 'treasurer', 'clerk'
  ],
  channels: {
    'x': 'X', 'truth social': 'Truth Social', 'twitter': 'X', 'telegram': 'Telegram', 'facebook': 'Facebook', 'instagram': 'Instagram', 'youtube': 'YouTube',
    'tiktok': 'TikTok', 'threads': 'Threads', 'bluesky': 'Bluesky', 'linkedin': 'LinkedIn', 'whatsapp': 'WhatsApp',
    'reddit': 'Reddit', 'weibo': 'Weibo', 'snapchat': 'Snapchat', 'periscope': 'Periscope', 'substack': 'Substack', 'rumble': 'Rumble', 'gettr': 'Gettr', 'parler': 'Parler', 'vk': 'VK'
  },
  channelNouns: [
    'account', 'accounts', 'post', 'posts', 'page', 'feed', 'platform', 'network', 'tweet', 'tweets', 'thread', 'video',
    'livestream', 'podcast', 'channel', 'message', 'messages', 'blog', 'profile', 'handle', 'social'
  ],
  selfMarkers: ['we'],
  selfPossessives: ['our'],
  clauseWords: {that: ['that'], open: ['whether', 'if'], infinitive: ['to'], contrast: ['but', 'while', 'whereas', 'although', 'though']},
  channelWords: {
    prepositions: ['on', 'in', 'via', 'through'],
    interviews: ['interview', 'appearance', 'broadcast'],
    between: ['with', 'to', 'on', 'the', 'a', 'an'],
    linkers: ['with', 'to', 'on'],
    articles: ['a', 'an', 'the'],
    broadcast: ['on'],
    onAir: ['appearing', 'appeared', 'speaking', 'spoke', 'interviewed'],
    afterName: ['that', 'on', 'in', 'at', 'during', 'about', 'last', 'this', 'earlier'],
    notNames: [
      'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May',
      'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'
    ]
  },
  subordinators: ['when', 'where', 'while', 'whereas', 'although', 'though', 'because', 'if', 'unless', 'after', 'before', 'since', 'once', 'until'],
  sameTitles: [['lawyer', 'attorney', 'counsel'], ['spokesman', 'spokeswoman', 'spokesperson', 'representative'], ['analyst', 'expert']],
  firstPersons: ['i', 'we', 'me', 'us'],
  headlineLabels: [
    'update', 'updates', 'updated', 'breaking', 'watch', 'video', 'photos', 'listen', 'exclusive', 'opinion', 'analysis', 'editorial',
    'live', 'factbox', 'explainer', 'correction', 'podcast', 'quiz', 'wow', 'read', 'review', 'note'
  ]
}

/** Plural nouns to their singular (`campaigns` → `campaign`), from the derived table. */
export const singulars = new Map<string, string>(Object.entries(derived.singulars))

/** A list of nouns with the plurals of its words (`campaign` brings `campaigns`). */
function withPlurals(list: string[]): string[] {
  const words = new Set(list)
  return [...list, ...[...singulars].filter(([plural, singular]) => words.has(singular) && !words.has(plural)).map(([plural]) => plural)]
}

/** The English lexicon, checked against the lexicon schema at load. */
export const lexicon: Lexicon = lexiconSchema.parse({
  ...nouns,
  media: withPlurals(nouns.media),
  documents: withPlurals(nouns.documents),
  organizations: withPlurals(nouns.organizations),
  titles: withPlurals(nouns.titles)
})
