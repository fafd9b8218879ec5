/**
 * The sources a document names, merged across mentions: `Путину` and
 * `Путин`, `Дональд Трамп` and `Трамп`, `The Washington Post` and `the
 * Post`; and reference by context (`издание`, `он`, `те же материалы`)
 * resolved to the source last named of that kind. Lookups are by key or by
 * kind, never by rescanning the text.
 */
import type {Doc, Entity, Phrase, Sentence} from './model.js'
import {textOf} from './model.js'

/** The registry of one document's sources. */
export class Registry {
  readonly doc: Doc
  private readonly byKey = new Map<string, Entity>()
  private readonly byLastWord = new Map<string, Entity>()
  private readonly lastOfKind = new Map<string, Entity>()

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
    const span = {sentence: sentence.index, start: sentence.tokens[phrase.first]!.start, end: sentence.tokens[phrase.last]!.end}
    let entity = phrase.anaphor ? this.antecedent(phrase) : undefined
    entity ??= this.byKey.get(phrase.key)
    if (!entity && phrase.kind !== 'anonymous' && phrase.kind !== 'document') entity = this.partial(phrase)
    if (!entity) {
      entity = {
        id: this.doc.entities.length,
        name: phrase.name,
        key: phrase.key,
        kind: phrase.kind,
        mentions: [],
        via: [],
        gender: phrase.gender,
        named: phrase.named
      }
      this.doc.entities.push(entity)
      this.byKey.set(phrase.key, entity)
    } else if (!phrase.anaphor && phrase.key.length > entity.key.length && entity.kind === phrase.kind) {
      // A fuller name for someone named short before (`Трамп`, then `Дональд Трамп`).
      this.byKey.set(phrase.key, entity)
      entity.name = phrase.name
    }
    if (phrase.kind === 'publisher') entity.kind = 'publisher'
    entity.gender ??= phrase.gender
    if (phrase.named) entity.named = true
    entity.mentions.push(span)
    this.note(entity)
    return entity
  }

  /** Remember an entity as the last of its kind, and by the last word of its name. */
  private note(entity: Entity): void {
    this.lastOfKind.set(entity.kind, entity)
    this.lastOfKind.set('any', entity)
    if (entity.kind === 'person' && entity.gender) this.lastOfKind.set(`person:${entity.gender}`, entity)
    const words = entity.key.split(' ')
    if (words.length > 1 || entity.kind !== 'anonymous') this.byLastWord.set(words[words.length - 1]!, entity)
  }

  /** What `издание`, `he`, `те же материалы` stand for. */
  private antecedent(phrase: Phrase): Entity | undefined {
    switch (phrase.anaphor) {
      case 'person':
        return (phrase.gender ? this.lastOfKind.get(`person:${phrase.gender}`) : undefined) ?? this.lastOfKind.get('person')
      case 'media':
        return this.lastOfKind.get('media') ?? this.lastOfKind.get('publisher')
      case 'document':
        return this.lastOfKind.get('document')
      case 'organization':
        return this.lastOfKind.get('organization')
      default:
        return this.lastOfKind.get('any')
    }
  }

  /** `Трамп` for `Дональд Трамп`, `the Post` for `The Washington Post`: the last word names the whole. */
  private partial(phrase: Phrase): Entity | undefined {
    const words = phrase.key.split(' ')
    if (words.length === 1) {
      const entity = this.byLastWord.get(words[0]!)
      if (entity && (entity.kind === phrase.kind || phrase.kind === 'organization' || entity.kind === 'publisher')) return entity
      return undefined
    }
    // A full name whose surname was met alone before.
    const entity = this.byKey.get(words[words.length - 1]!)
    return entity && entity.kind === phrase.kind ? entity : undefined
  }
}

/**
 * The text of a phrase, for mentions.
 *
 * @param sentence The sentence.
 * @param phrase The phrase.
 * @returns The phrase as written.
 */
export function phraseText(sentence: Sentence, phrase: Phrase): string {
  return textOf(sentence, phrase.first, phrase.last)
}
