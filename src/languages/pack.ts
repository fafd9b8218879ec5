/**
 * What a language brings to the pipeline: its lexicon (plain data, checked
 * by a zod schema) and a few hooks that need its grammar.
 */
import {z} from 'zod'
import type {Cue, Doc, Person, Phrase, Sentence, Token} from '../pipeline/model.js'
import type {Language} from '../schema.js'

/** The lexicon of a language: general vocabulary only, no names of people or outlets. */
export const lexiconSchema = z.object({
  /** Reporting verbs by lemma: what kind of reporting they do. */
  verbs: z.record(z.string(), z.enum(['say', 'write', 'think', 'deny', 'confirm', 'ask'])),
  /** Multi-word frames, as lower-case words in order, with the role they give the phrase after them. */
  frames: z.array(
    z.object({
      words: z.array(z.string().min(1)).min(1),
      role: z.enum(['according', 'citing', 'adverb'])
    })
  ),
  /**
   * Beginnings of words that call a claim false, one per word of a phrase
   * (`фейк`, `не соответству`, `untrue`): after a verb of saying they make it a
   * denial (`назвала эти сведения не соответствующими действительности`).
   */
  falsehoods: z.array(z.string().min(1)).optional(),
  /**
   * Beginnings of words for claims, reports and rumours (`информаци`, `слух`, `report`, `allegation`): words
   * before a closing verb that call one of them false deny it (`Информация … не соответствует действительности, заявили в …`).
   */
  claims: z.array(z.string().min(1)).optional(),
  /**
   * Beginnings of words that, with a negation, say a claim is not confirmed or not commented on
   * (`подтвержд`, `verif`, `комментир`): such a sentence is the writer's note, never a report carried on.
   */
  unconfirmed: z.array(z.string().min(1)).optional(),
  /** Negations, lower case (`не`, `not`). */
  negations: z.array(z.string().min(1)).optional(),
  /** Words and phrases that hedge a claim (`якобы`, `allegedly`). */
  hedges: z.array(z.string().min(1)),
  /** Nouns (lemmas) that name media outlets in general (`издание`, `newspaper`). */
  media: z.array(z.string().min(1)),
  /** Nouns (lemmas) for documents (`документ`, `report`). */
  documents: z.array(z.string().min(1)),
  /** Nouns (lemmas) for organisations (`министерство`, `campaign`). */
  organizations: z.array(z.string().min(1)),
  /** Nouns (lemmas) for unnamed sources (`эксперт`, `official`). */
  anonymous: z.array(z.string().min(1)),
  /** Modifiers that make a source unnamed (`неназванный`, `anonymous`). */
  unnamed: z.array(z.string().min(1)),
  /** Titles and roles of people (`президент`, `senator`). */
  titles: z.array(z.string().min(1)),
  /** Social networks and platforms, by the words that name them, with a display name. */
  channels: z.record(z.string(), z.string()),
  /** Words that introduce a channel (`в соцсети`, `on`). */
  channelNouns: z.array(z.string().min(1)),
  /**
   * Words by which the publisher speaks of itself: before a cue (`напомним`), or as the
   * subject of a verb of writing or reporting news (`мы писали`, `as we reported`).
   */
  selfMarkers: z.array(z.string().min(1)),
  /** Possessives by which the publisher names itself with an outlet's noun (`наше издание`, `our newspaper`). */
  selfPossessives: z.array(z.string().min(1)).optional(),
  /** Words around a channel's name, by which the sources stage finds it. */
  channelWords: z
    .object({
      /** Before a network's name, making it one (`в Х`, `on X`). */
      prepositions: z.array(z.string().min(1)),
      /** Nouns of an interview or broadcast, near which a name is the channel (`в интервью CNN`, `in an interview with CNN`). */
      interviews: z.array(z.string().min(1)),
      /** Words that may stand between such a noun and the name (`телеканалу`, `with`, `the`). */
      between: z.array(z.string().min(1)),
      /** Of those, the ones without which a name after the noun is no channel (`with`: not `interview Trump declared`); none: any name. */
      linkers: z.array(z.string().min(1)),
      /** Articles before a name that comes before the noun (`a Bloomberg interview`). */
      articles: z.array(z.string().min(1)),
      /** A preposition before a broadcaster after a verb of saying (`said on CNN`). */
      broadcast: z.array(z.string().min(1)),
      /** Words that speak on air before that preposition (`appearing on MSNBC`). */
      onAir: z.array(z.string().min(1)),
      /** Words after an acronym that leave it a name, not a topic (`said on CNN that`, not `said on NATO expansion`). */
      afterName: z.array(z.string().min(1)),
      /** Capitalised words that name no channel (`Sunday` in `in an interview on Sunday`). */
      notNames: z.array(z.string().min(1))
    })
    .optional(),
  /**
   * Words that open a reported clause: `что`, `that`; others that open one (`ли`, `whether`); the `to` of an
   * infinitive (`is expected to`); and, after a comma, a clause of its own set against the last (`but`, `while`, `но`).
   */
  clauseWords: z
    .object({
      that: z.array(z.string().min(1)),
      open: z.array(z.string().min(1)),
      infinitive: z.array(z.string().min(1)),
      contrast: z.array(z.string().min(1)).optional()
    })
    .optional(),
  /** Words that open a subordinate clause (`when`, `where`, `когда`): a cue in one that opens the sentence is not its main one. */
  subordinators: z.array(z.string().min(1)).optional(),
  /** Verbs, besides those of writing, by which an outlet reports news (`сообщать`). */
  newsVerbs: z.array(z.string().min(1)).optional(),
  /** Titles of the same role (`адвокат`, `защитник`): a bare one points back to whoever bore another. */
  sameTitles: z.array(z.array(z.string().min(1)).min(2)).optional(),
  /** The speaker's own pronouns (`I`, `we`, `я`, `мы`): in a transcript's turn they are its speaker. */
  firstPersons: z.array(z.string().min(1)).optional(),
  /** Lower-case labels a headline opens with before its colon, which name no one (`Update:`, `Видео:`). */
  headlineLabels: z.array(z.string().min(1)).optional()
})

/** A lexicon. */
export type Lexicon = z.infer<typeof lexiconSchema>

/** What a reporting verb reads as. */
export interface VerbReading {
  lemma: string
  /** Passive or impersonal form (`отмечается`, `сообщено`). */
  passive: boolean
  /** A gerund or participle (`заявив`, `saying`). */
  nonFinite: boolean
  /** Token range of the whole verb group when wider than the verb (`has said`, `pointed to`). */
  span?: {first: number; last: number}
  /** A noun of speech after its owner (`the mayor’s remarks`, `his claim`): the owner is the source. */
  noun?: boolean
  /** A verb learnt from annotated news rather than one of saying (`sought`, `celebrated`): a verb of saying with the same speaker is the better cue. */
  learnt?: boolean
  /** A stance taken, no words (`выступил против`): the sentence's own cue at most, never a report inside another's. */
  stance?: boolean
}

/** A language pack. */
export interface LanguagePack {
  language: Language
  lexicon: Lexicon
  /** Read a word as a reporting verb of the lexicon, if it is one. */
  verb(token: Token, sentence: Sentence): VerbReading | undefined
  /** Does a frame of the lexicon, found at these tokens, frame a source here (`per the report`, not `per capita`)? Yes when absent. */
  frameFits?(sentence: Sentence, first: number, last: number): boolean
  /** Does this cue point back at what came before (`Об этом сообщает X`)? */
  backward(sentence: Sentence, cue: Cue): boolean
  /** Does this cue report what follows it (`заявил, что …`)? Asked once its source is found. */
  forward(sentence: Sentence, cue: Cue): boolean
  /** Does this cue end the sentence after its content, with no more than an adjunct after it (`…, the bank said in a statement.`)? */
  closes(sentence: Sentence, cue: Cue): boolean
  /** The source phrase of a cue, if the sentence names it. */
  source(sentence: Sentence, cue: Cue, doc: Doc): Phrase | undefined
  /** Proper names in a sentence (people, outlets), as keys, for reference by context. */
  names(sentence: Sentence): string[]
  /** Dictionary form of a word read as a noun (`соцсети` → `соцсеть`). */
  nounLemma(word: string): string
  /** A quoted name as it stands alone, when its words are inflected (`«Медузой»` → `Медуза`); else undefined. */
  nameAlone?(sentence: Sentence, first: number, last: number): string | undefined
  /** Is the word at this token a proper name (`Песков`, `McCain`)? */
  isName(sentence: Sentence, index: number): boolean
  /** Is the word at this token a personal pronoun (`он`, `she`)? */
  isPronoun(sentence: Sentence, index: number): boolean
  /** The people a sentence names (`Governor Igor Belov`), in the nominative, for later pronouns. */
  persons(sentence: Sentence): Person[]
  /** The last token of a cue as shown, over the words that belong with it (`said in a statement`, `said Monday`). */
  cueEnd?(sentence: Sentence, cue: Cue): number
  /**
   * The grammar may read a lone surname as a body's name, when the morphology knows the word as a
   * common noun (`Трамп`, `Мерц`): the registry then takes it for the person named so in the text.
   */
  surnamesAsBodies?: boolean
  /** The outlet a cue's source spoke to, named right after the verb (`рассказал «Известиям»`, `told The Washington Post`): its channel. */
  hearer(sentence: Sentence, cue: Cue): Phrase | undefined
}
