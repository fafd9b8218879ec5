/**
 * The sources a document names, merged across mentions: `Вязову` and
 * `Вязов`, `Олег Вязов` and `Вязов`, `The Evening Courier` and `the
 * Courier`; and reference by context (`издание`, `он`, `те же материалы`)
 * resolved to what was last named of that kind. People named anywhere in
 * the text count as antecedents too (`Governor Belov spoke. He said …`).
 * Lookups are by key or by kind, never by rescanning the text.
 */
import type {Doc, Entity, Person, Phrase, Sentence} from './model.js'
import {countWhile, shownEnd, shownStart} from './model.js'

/** How many recent speakers a titled anaphor looks back over, and how far before a name its title may stand. */
const titledLookBack = 6
const titleReach = 40
const titledMentions = 4

/** The registry of one document's sources. */
export class Registry {
  readonly doc: Doc
  private readonly byKey = new Map<string, Entity>()
  private readonly byLastWord = new Map<string, Entity>()
  private readonly lastOfKind = new Map<string, Entity>()
  /** People named in the text so far, sources or not: the last, by gender, by surname. */
  private readonly named = new Map<string, Person>()
  /** The last few people who spoke, in the order they were last noted. */
  private readonly people: Entity[] = []
  /** The last few texts cited. */
  private readonly documents: Entity[] = []
  /** People named lately, sources or not. */
  private readonly recentNamed: Person[] = []
  private titles: Set<string> | undefined
  private roles: Map<string, string[]> | undefined
  private bodies: Set<string> | undefined
  private readonly around = new Map<number, string[]>()

  constructor(doc: Doc) {
    this.doc = doc
  }

  /**
   * The entity a phrase stands for, created when it is new; records the mention.
   *
   * @param phrase A source phrase.
   * @param sentence Its sentence.
   * @returns The entity.
   */
  resolve(phrase: Phrase, sentence: Sentence): Entity {
    const span = {sentence: sentence.index, start: sentence.tokens[shownStart(phrase)]!.start, end: sentence.tokens[shownEnd(phrase)]!.end}
    const outer = phrase.outer ? this.resolve(phrase.outer, sentence) : undefined
    // (`The official` after `A senior administration official`: the article points back, before any person named so.)
    const unnamed = phrase.kind === 'anonymous' && /^the\s/i.test(phrase.name) && !phrase.key.includes(' ') ? this.byLastWord.get(phrase.key) : undefined
    let entity = unnamed?.kind === 'anonymous' ? unnamed : undefined
    entity ??= phrase.anaphor ? this.antecedent(phrase, span.start, phrase.near ? (this.doc.sentences[sentence.index - 1] ?? sentence).start : -1) : undefined
    entity ??= this.byKey.get(phrase.key)
    if (!entity && phrase.kind !== 'anonymous' && phrase.kind !== 'document') entity = this.partial(phrase)
    if (!entity) {
      // A surname alone for someone named in full before (`Зуев` after `Максим Зуев`).
      // (Also one the verb alone made an outlet: `Roy wrote` after `Rep. Chip Roy`.)
      // (And a name read as a body's for want of a first name, `— сказал Мерц` after `Фридрих Мерц`: when
      // the phrase ends in that name, not a body's noun, and it is no abbreviation: `the Clinton campaign`, `RT`.)
      const single = !phrase.anaphor && !phrase.key.includes(' ')
      const end = sentence.tokens[phrase.last]
      const bareName = this.doc.pack.surnamesAsBodies === true && phrase.kind === 'organization' && phrase.named && end?.lower === phrase.key && end.text !== end.text.toUpperCase()
      const known = single && (phrase.kind === 'person' || phrase.kindGuessed || bareName) ? this.named.get(`last:${phrase.key}`) : undefined
      const full = known && (!bareName || fullName(known.name)) ? known : undefined
      entity = full ? this.create({...phrase, kind: 'person', name: full.name, key: full.key, gender: phrase.gender ?? full.gender, bare: false}) : this.create(phrase)
      if (full) this.byKey.set(phrase.key, entity)
    } else if (!phrase.anaphor && phrase.key.length > entity.key.length && entity.kind === phrase.kind) {
      // A fuller name for someone named short before (`Вязов`, then `Олег Вязов`).
      this.byKey.set(phrase.key, entity)
      entity.name = phrase.name
      entity.bare = false
    }
    // (Named as a person once, `Mr. Cook`, it is no bare name.)
    if (entity.bare && phrase.kind === 'person' && !phrase.bare && !phrase.anaphor) entity.bare = false
    // (`источник РБК`, `обращение Немцова`: the outlet, the author stands outside.)
    if (outer && outer !== entity && entity.via.length === 0) entity.via = [outer]
    if (phrase.kind === 'publisher') entity.kind = 'publisher'
    entity.gender ??= phrase.gender
    if (phrase.named) entity.named = true
    addMention(entity, span)
    // (`в суде`, `следствие`: a body of one sort is no antecedent for a bare `компания` or `ведомство`.)
    this.note(entity, !(phrase.anaphor === 'organization' && phrase.title !== undefined && entity.key === phrase.key))
    // (The outlet told is known from here on: `собеседник агентства` after `Об этом ТАСС рассказал источник`;
    // and the channel is its name: `изданию сообщили` after `пишут «Ведомости»`.)
    if (phrase.told) phrase.channel = this.resolve(phrase.told, sentence).name
    return entity
  }

  /**
   * The entity of a person a sentence names (`Михаил Осеевский` in `в интервью РБК рассказал …`),
   * created when new; records the mention.
   *
   * @param person The person named.
   * @param sentence Its sentence.
   * @returns The entity.
   */
  person(person: Person, sentence: Sentence): Entity {
    const entity = this.byKey.get(person.key) ?? this.create({sentence: sentence.index, first: 0, last: 0, kind: 'person', name: person.name, key: person.key, anaphor: undefined, gender: person.gender, channel: undefined, named: true})
    addMention(entity, {sentence: sentence.index, start: person.start, end: person.end})
    this.note(entity)
    return entity
  }

  /**
   * Remember the people a sentence names, as antecedents of later pronouns.
   *
   * @param people Person names found in a sentence, in order.
   */
  noteNamed(people: Person[]): void {
    for (const named of people) {
      // A name's gender, when its words leave it open, is the one its source was read with (`Она` is no `Новак`).
      const entity = this.byKey.get(named.key)
      const person = named.gender || entity?.kind !== 'person' || !entity.gender ? named : {...named, gender: entity.gender}
      this.recentNamed.push(person)
      if (this.recentNamed.length > titledLookBack) this.recentNamed.shift()
      this.named.set('last', person)
      if (person.gender) this.named.set(`last:${person.gender}`, person)
      this.named.set(`last:${person.key.split(' ').pop()!}`, person)
      // (And a source read before its name's gender was known takes it now.)
      if (entity?.kind === 'person' && !entity.gender && person.gender) {
        entity.gender = person.gender
        if (this.lastOfKind.get('person') === entity) this.lastOfKind.set(`person:${person.gender}`, entity)
      }
    }
  }

  private create(phrase: Phrase): Entity {
    const entity: Entity = {
      id: this.doc.entities.length,
      name: phrase.name,
      key: phrase.key,
      kind: phrase.kind,
      mentions: [],
      via: [],
      gender: phrase.gender,
      named: phrase.named,
      bare: phrase.bare
    }
    this.doc.entities.push(entity)
    this.byKey.set(phrase.key, entity)
    return entity
  }

  /** Remember an entity as the last of its kind, and by the last word of its name. */
  private note(entity: Entity, antecedent = true): void {
    if (entity.kind === 'document') noteRecent(this.documents, entity)
    if (entity.kind === 'person') noteRecent(this.people, entity)
    if (antecedent) this.lastOfKind.set(entity.kind, entity)
    this.lastOfKind.set('any', entity)
    if (entity.kind === 'person' && entity.gender) this.lastOfKind.set(`person:${entity.gender}`, entity)
    const words = entity.key.split(' ')
    if (words.length > 1 || entity.kind !== 'anonymous') this.byLastWord.set(words[words.length - 1]!, entity)
  }

  /** What `издание`, `he`, `те же материалы` stand for (a person named from `since` on, when given). */
  private antecedent(phrase: Phrase, at: number, since: number): Entity | undefined {
    switch (phrase.anaphor) {
      case 'person': {
        if (phrase.title) return this.titled(phrase, phrase.title, at)
        // The last person, unless their gender rules them out; then the last of the pronoun's gender.
        const last = this.lastOfKind.get('person')
        const source =
          last && phrase.gender && last.gender && last.gender !== phrase.gender ? this.lastOfKind.get(`person:${phrase.gender}`) : last
        const lastNamed = this.named.get('last')
        const person =
          lastNamed && phrase.gender && lastNamed.gender && lastNamed.gender !== phrase.gender ? this.named.get(`last:${phrase.gender}`) : lastNamed
        // Whoever was named last: a source, or someone the text only mentioned.
        const sourceAt = source?.mentions[source.mentions.length - 1]?.start ?? -1
        if (person && person.start > sourceAt && person.start < at) {
          if (person.start < since) return undefined
          return this.byKey.get(person.key) ?? this.create({...phrase, name: person.name, key: person.key, gender: person.gender, anaphor: undefined, named: true})
        }
        return sourceAt >= since ? source : undefined
      }
      case 'media':
        return this.lastOfKind.get('media') ?? this.lastOfKind.get('publisher')
      case 'document': {
        if (!phrase.title) return this.lastOfKind.get('document')
        // The last text whose name holds the same noun (`the memo` for `a draft memo`), or none.
        const noun = phrase.title
        for (let i = this.documents.length - 1; i >= 0; i--) {
          const entity = this.documents[i]!
          if (entity.key.split(' ').some((word) => word === noun || word.startsWith(noun))) return entity
        }
        return undefined
      }
      case 'organization': {
        // (`Apple said …. The company did not say`: a bare name met since the last body was a company.)
        const bare = this.lastBare()
        const last = this.lastOfKind.get('organization')
        if (bare && phrase.business && lastStart(bare) > (last ? lastStart(last) : -1)) {
          bare.kind = 'organization'
          bare.bare = false
          this.people.splice(this.people.indexOf(bare), 1)
          const person = this.people[this.people.length - 1]
          if (person) this.lastOfKind.set('person', person)
          else this.lastOfKind.delete('person')
          return bare
        }
        // (`the company` is no `Labor Department`: a body named by a noun of the lexicon is another sort;
        // nor one named sentences ago, `the Federal Reserve` after other news.)
        if (phrase.business) {
          const recent = (last?.mentions[last.mentions.length - 1]?.sentence ?? -Infinity) >= phrase.sentence - businessReach
          return last && recent && !last.key.split(/[\s-]/).some((word) => this.bodyNouns().has(word)) ? last : undefined
        }
        // (`в суде` is a court named before, not whatever body came last.)
        if (!phrase.title || !last) return last
        const noun = phrase.title
        return last.key.split(/[\s-]/).some((word) => word.startsWith(noun)) ? last : undefined
      }
      default:
        return this.lastOfKind.get('any')
    }
  }

  /**
   * `the mayor`: the last person named with that title (`Mayor Ann Lee`); else
   * the last person, unless another title names them (`Rep. Jamie Raskin` is no mayor).
   */
  private titled(phrase: Phrase, title: string, at: number): Entity | undefined {
    const titles = this.titleSet()
    const candidates: Array<{start: number; words: string[]; entity?: Entity; person?: Person}> = []
    for (const entity of this.people) {
      const mentions = mentionsBefore(entity, at, titledMentions)
      const last = mentions[mentions.length - 1]
      if (!last) continue
      candidates.push({start: last.start, words: mentions.flatMap((m) => this.wordsAround(m.start, m.end)), entity})
    }
    for (const person of this.recentNamed) {
      if (person.start < at) candidates.push({start: person.start, words: this.wordsAround(person.start, person.end), person})
    }
    candidates.sort((a, b) => b.start - a.start)
    // (Inflected titles too: `министра`, `главы региона` for `глава региона`; and titles of the same
    // role, `защитник` for `адвокат`.)
    const stem = (part: string): string => (part.length > 4 ? part.replace(/[аяоеьйи]$/, '') : part)
    const parts = title.split(' ').map((part) => [part, ...this.sameTitles(part)].map(stem))
    const found = candidates.find((c) => parts.every((stems) => stems.some((s) => c.words.some((w) => w.startsWith(s) && w.length <= s.length + 2))))
    const latest = candidates[0]
    const chosen = found ?? (!phrase.titleOnly && latest && !latest.words.some((w) => titles.has(w)) ? latest : undefined)
    if (!chosen) return undefined
    if (chosen.entity) return chosen.entity
    const person = chosen.person!
    return this.byKey.get(person.key) ?? this.create({...phrase, name: person.name, key: person.key, gender: person.gender, anaphor: undefined, named: true})
  }

  /** The lexicon's nouns for bodies (`department`, `министерство`). */
  private bodyNouns(): Set<string> {
    this.bodies ??= new Set(this.doc.pack.lexicon.organizations)
    return this.bodies
  }

  /** The last person known only by a bare name, if no one was named since. */
  private lastBare(): Entity | undefined {
    const last = this.people[this.people.length - 1]
    return last?.bare ? last : undefined
  }

  /** Other titles of the same role as a title (lexicon `sameTitles`). */
  private sameTitles(title: string): string[] {
    if (!this.roles) {
      this.roles = new Map()
      for (const group of this.doc.pack.lexicon.sameTitles ?? []) for (const one of group) this.roles.set(one, group.filter((other) => other !== one))
    }
    return this.roles.get(title) ?? []
  }

  /** Lower-case words of a name and what stands just before it in its sentence (`Mayor Ann Lee`), read once per span. */
  private wordsAround(start: number, end: number): string[] {
    const key = start * 2 ** 20 + Math.min(end - start, 2 ** 20 - 1)
    let words = this.around.get(key)
    if (!words) {
      words = this.readAround(start, end)
      this.around.set(key, words)
    }
    return words
  }

  private readAround(start: number, end: number): string[] {
    const sentences = this.doc.sentences
    // (The sentence the span starts in.)
    const at = Math.max(0, countWhile(sentences, (sentence) => sentence.start <= start) - 1)
    const from = Math.max(sentences[at]?.start ?? 0, start - titleReach)
    return this.doc.text.slice(from, end).toLowerCase().split(/[^\p{L}.]+/u).map((w) => w.replace(/\.$/, ''))
  }

  private titleSet(): Set<string> {
    this.titles ??= new Set(this.doc.pack.lexicon.titles)
    return this.titles
  }

  /** `Вязов` for `Олег Вязов`, `the Courier` for `The Evening Courier`: the last word names the whole. */
  private partial(phrase: Phrase): Entity | undefined {
    const words = phrase.key.split(' ')
    if (words.length === 1) {
      const entity = this.byLastWord.get(words[0]!)
      // (A surname alone is its person, whatever its verb suggested: `Netburn wrote` after `Judge Sarah Netburn`.)
      const surname = entity?.kind === 'person' && phrase.named
      if (entity && (entity.kind === phrase.kind || phrase.kind === 'organization' || entity.kind === 'publisher' || surname)) return entity
      return undefined
    }
    // A full name whose surname was met alone before (read as a body's, for want of a first name,
    // it was that person all along: `Трамп пригрозил …`, then `Президент США Дональд Трамп`).
    const entity = this.byKey.get(words[words.length - 1]!)
    if (entity && this.doc.pack.surnamesAsBodies && phrase.kind === 'person' && entity.kind === 'organization' && entity.named && fullName(phrase.name) && /^\p{Lu}\p{Ll}+$/u.test(entity.name)) entity.kind = 'person'
    return entity && entity.kind === phrase.kind ? entity : undefined
  }
}

/** A name of capitalised words alone, two or more, none possessive (`Дональд Трамп`; not `Fiorina and HP`, `Trump’s Indiana`). */
function fullName(name: string): boolean {
  return /^\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)+$/u.test(name)
}

/** Move an entity to the end of a short list of recent ones, dropping the oldest past its length. */
function noteRecent(list: Entity[], entity: Entity): void {
  const index = list.indexOf(entity)
  if (index !== -1) list.splice(index, 1)
  list.push(entity)
  if (list.length > titledLookBack) list.shift()
}

/** The last few mentions of an entity that start before a position (mentions are in text order). */
function mentionsBefore(entity: Entity, at: number, count: number): Entity['mentions'] {
  const before = countWhile(entity.mentions, (mention) => mention.start < at)
  return entity.mentions.slice(Math.max(0, before - count), before)
}

/** Keep an entity's mentions in text order (a speaker after a quote may be read early). */
function addMention(entity: Entity, span: Entity['mentions'][number]): void {
  const mentions = entity.mentions
  let i = mentions.length
  while (i > 0 && mentions[i - 1]!.start > span.start) i--
  if (i > 0 && mentions[i - 1]!.start === span.start) return
  mentions.splice(i, 0, span)
}

/** Sentences back within which `the company` may point to a body named by its name alone. */
const businessReach = 3

/** Where an entity was last mentioned. */
function lastStart(entity: Entity): number {
  return entity.mentions[entity.mentions.length - 1]?.start ?? -1
}
