/**
 * Stage 5, chains: turn each sentence's cues and sources into a chain,
 * outermost source first, in one pass over the sentences in order:
 *
 * - nesting within a sentence: a frame (`по данным X`) stands outside the
 *   verb it frames, `со ссылкой на Y` / `citing Y` adds a hop, and a cue
 *   inside another's reported content is one hop further in;
 * - nesting by context: a speaker named inside a reported document speaks
 *   through it; a document first reported by an outlet stays reported by it;
 * - direct quotes take the chain of their speaker, named before or after,
 *   over as many sentences as they run;
 * - `Об этом сообщает X` attributes what came before it (`backward`);
 * - a sentence with no cue carries on its paragraph's attribution (`inherited`).
 */
import {Registry} from './entities.js'
import type {Flag} from '../schema.js'
import type {Attribution, Cue, Doc, Entity, Link, Quote, Sentence} from './model.js'
import {authorsRemark} from './quotes.js'
import {countWhile, shownEnd, shownStart, skipSpace, skipSpaceBack} from './model.js'

/** A sentence counts as a quote's when this share of its letters lies inside it. */
const quotedShare = 0.5
/** Longest chain kept: deeper nesting is rare and mostly a misreading. */
const maxChain = 4
/** Sentences looked back over for a speaker of unattributed speech. */
const lookBack = 12
/** The labels of an interview's question and answer (`Q:`, `A:`). */
const interviewLabels = /^[QA]$/

/**
 * Build the attribution of every sentence.
 *
 * @param doc The document, its sources found; fills `sentence.attribution` and `doc.entities`.
 */
export function buildChains(doc: Doc): void {
  const state = new Chains(doc)
  for (const sentence of doc.sentences) state.visit(sentence)
}

class Chains {
  private readonly doc: Doc
  private readonly registry: Registry
  /** Explicit attributions by sentence, computed once (a quote may need its speaker's before we get there). */
  private readonly explicit = new Map<number, Attribution | undefined>()
  /** Speaker sentence of each quote, once looked for. */
  private readonly speakers = new Map<number, Attribution | undefined>()
  /** Names mentioned in the sentences each document or outlet reports. */
  private readonly reported = new Map<Entity, Set<string>>()

  /** Speech quotes that open or close in each sentence. */
  private readonly quotesIn = new Map<number, number[]>()
  /** The transcript turn the paragraph being read is, if it is one (see `inTurn`). */
  private turn: {paragraph: number; attribution: Attribution} | undefined
  /** The one an interview announced gives the floor to, while its lines of dialogue go on. */
  private interviewee: Attribution | undefined
  /** Whether the paragraph being read is a line of dialogue. */
  private dialogue = false

  constructor(doc: Doc) {
    this.doc = doc
    this.registry = new Registry(doc)
    for (const quote of doc.quotes) {
      if (!quote.speech) continue
      const ends = new Set([quote.open.sentence, quote.close?.sentence ?? quote.open.sentence])
      for (const index of ends) {
        const list = this.quotesIn.get(index)
        if (list) list.push(quote.index)
        else this.quotesIn.set(index, [quote.index])
      }
    }
  }

  /** Does a speech quote open in this sentence? */
  private opensQuote(sentence: Sentence): boolean {
    return (this.quotesIn.get(sentence.index) ?? []).some((q) => this.doc.quotes[q]!.open.sentence === sentence.index)
  }

  visit(sentence: Sentence): void {
    let attribution = this.fromCues(sentence)
    const quote = sentence.quote !== -1 && sentence.quoted >= quotedShare ? sentence.quote : -1
    if (quote !== -1) {
      const speaker = this.speakerOf(quote)
      if (speaker && (!attribution || attribution.cue === speaker.cue || attribution.chain.length === 0)) {
        attribution = {...copy(speaker), mode: 'direct', cue: speaker.cue?.sentence === sentence.index ? speaker.cue : undefined}
      } else if (!attribution) {
        // Speech with no speaker in sight continues the one who spoke last (interviews, long quotes).
        const previous = this.previousAttributed(sentence, 2)
        if (previous && previous.chain.length > 0 && (previous.mode === 'direct' || previous.cue?.forward || previous.cue?.role === 'verb')) {
          attribution = {...copy(previous), mode: 'direct', cue: undefined}
        }
      }
    }
    // `«Мы не отступим», — подчеркнула Крылова`: the cue that introduces a quote in this sentence makes it direct.
    if (attribution?.cue && attribution.mode === 'indirect') {
      for (const q of this.quotesIn.get(sentence.index) ?? []) {
        if (this.speakerOf(q)?.cue === attribution.cue) {
          attribution = {...attribution, mode: 'direct'}
          break
        }
      }
    }
    // `— Бюджет сбалансирован, — добавил он.`: a line of dialogue, opened by a dash, is speech too,
    // over every sentence of the line (`— Безусловно. Мы провели большую работу, — ответил политик.`).
    if (attribution?.cue && attribution.mode === 'indirect') {
      const line = this.dialogueLine(sentence, attribution.cue)
      if (line !== undefined) {
        attribution = {...attribution, mode: 'direct'}
        for (let i = line; i < sentence.index; i++) {
          const earlier = this.doc.sentences[i]!
          if (!earlier.attribution || earlier.attribution.mode === 'inherited') earlier.attribution = {...copy(attribution), cue: undefined}
        }
      }
    }
    attribution = this.inTurn(sentence, attribution)
    if (attribution?.cue?.backward) {
      sentence.attribution = attribution
      this.attributeBackward(sentence, attribution)
    } else {
      sentence.attribution = attribution ?? this.inherit(sentence)
    }
    this.noteReported(sentence)
    this.registry.noteNamed(this.doc.pack.persons(sentence))
  }

  /**
   * A turn: a transcript's paragraph opened by a speaker's name and a colon (`FALLIN: Well, I
   * think … . They want safe homes.`), or an interview's answer, a line of dialogue after the
   * interview is announced. Either is its speaker's words throughout: a sentence of the turn with
   * no source of its own, or with the speaker's `I` and `we`, is theirs; one that reports
   * someone else is reported through them.
   */
  private inTurn(sentence: Sentence, own: Attribution | undefined): Attribution | undefined {
    const previous = this.doc.sentences[sentence.index - 1]
    if (!previous || previous.paragraph !== sentence.paragraph) {
      const label = own !== undefined && own.cue?.lemma === ':' && own.cue.sentence === sentence.index && own.chain.length > 0
      // (A turn of more than one sentence is the speaker's own words, from its label on; a headline is not.)
      const spoken = label && this.doc.sentences[sentence.index + 1]?.paragraph === sentence.paragraph ? {...own, mode: 'direct' as const} : own
      this.turn = label && spoken ? {paragraph: sentence.paragraph, attribution: spoken} : undefined
      // (An interview's answers: lines of dialogue after it is announced, save the questions.)
      this.dialogue = this.dialogueOpens(sentence)
      if (!this.dialogue) this.interviewee = this.announcedInterview(sentence, own)
      else if (this.interviewee && !this.asks(sentence)) this.turn = {paragraph: sentence.paragraph, attribution: this.answering(sentence, this.interviewee)}
      if (!this.turn || label) return spoken
    } else if (!this.dialogue) {
      // (Announced later in a paragraph too: `… . Here is the edited transcript of the interview.`)
      this.interviewee = this.announcedInterview(sentence, own) ?? this.interviewee
    }
    if (!this.turn || this.turn.paragraph !== sentence.paragraph) return own
    const speaker = this.turn.attribution
    const selves = this.doc.pack.lexicon.firstPersons ?? []
    const theirs = !own || own.chain.length === 0 || own.chain.every((link) => link.entity === speaker.chain[0]!.entity || (!link.entity.named && selves.includes(link.entity.key)))
    if (theirs) return {...copy(speaker), mode: 'direct', cue: undefined}
    if (own.chain.some((link) => link.entity === speaker.chain[0]!.entity)) return {...own, mode: 'direct'}
    return {...own, chain: [...speaker.chain.map((link) => ({...link})), ...own.chain].slice(0, maxChain), mode: 'direct'}
  }

  /** The interviewee, mentioned by the answer's label when it has one (`A:` names who speaks). */
  private answering(sentence: Sentence, interviewee: Attribution): Attribution {
    const first = sentence.tokens[skipSpace(sentence, 0)]
    if (first?.text !== 'A') return interviewee
    return {...copy(interviewee), chain: [{...interviewee.chain[0]!, mention: {start: first.start, end: first.end}}]}
  }

  /** Does the sentence open with a dash, as a line of dialogue does, or with an interview's `Q:` or `A:`? */
  private dialogueOpens(sentence: Sentence): boolean {
    const first = sentence.tokens[skipSpace(sentence, 0)]
    return /^[—–-]$/.test(first?.text ?? '') || (interviewLabels.test(first?.text ?? '') && sentence.tokens[skipSpace(sentence, first!.index + 1)]?.text === ':')
  }

  /** Does the paragraph a sentence opens end with a question, or is it labelled one (an interviewer's line)? */
  private asks(sentence: Sentence): boolean {
    const first = sentence.tokens[skipSpace(sentence, 0)]
    if (first?.text === 'Q') return true
    if (first?.text === 'A') return false
    let last = sentence
    for (let i = sentence.index + 1; i < this.doc.sentences.length && i <= sentence.index + lookBack && this.doc.sentences[i]!.paragraph === sentence.paragraph; i++) last = this.doc.sentences[i]!
    return /\?[»"”]?\s*$/.test(last.text)
  }

  /**
   * `Михаил Осеевский в интервью РБК рассказал …`, `In an interview, Smith said`: a sentence that
   * names an interview and one person gives that person the answers that follow.
   */
  private announcedInterview(sentence: Sentence, own: Attribution | undefined): Attribution | undefined {
    const words = this.doc.pack.lexicon.channelWords?.interviews ?? []
    if (!sentence.tokens.some((token) => token.type === 'word' && words.includes(token.lower))) return undefined
    // (Whoever the sentence attributes, else the one person it names, else the person the sentence before
    // attributed: `Biden complained … . Here is the edited transcript of the interview.`)
    const person = own?.chain.at(-1) ?? this.doc.sentences[sentence.index - 1]?.attribution?.chain.at(-1)
    if (person?.entity.kind === 'person') return attributionOf([{...person, channel: undefined}], undefined, new Set())
    const named = this.doc.pack.persons(sentence)
    if (named.length !== 1) return undefined
    const entity = this.registry.person(named[0]!, sentence)
    return attributionOf([{entity, mention: {start: named[0]!.start, end: named[0]!.end}, channel: undefined}], undefined, new Set())
  }

  /**
   * The first sentence of the line of dialogue a set-off closing verb ends (`…, — сказал X.`): the
   * line opens with a dash at the start of the paragraph, no sentence between has a cue of its own.
   */
  private dialogueLine(sentence: Sentence, cue: Cue): number | undefined {
    if (dialogue(sentence, cue)) return sentence.index
    if (cue.forward || !setOffByDash(sentence, cue)) return undefined
    for (let i = sentence.index - 1; i >= 0 && i >= sentence.index - lookBack; i--) {
      const earlier = this.doc.sentences[i]!
      if (earlier.paragraph !== sentence.paragraph || earlier.cues.length > 0) return undefined
      const first = earlier.tokens[skipSpace(earlier, 0)]
      if (first && /^[—–]$/.test(first.text)) return i
    }
    return undefined
  }

  /** The attribution a sentence's own cues give it. */
  private fromCues(sentence: Sentence): Attribution | undefined {
    if (this.explicit.has(sentence.index)) return this.explicit.get(sentence.index)
    const attribution = this.build(sentence)
    this.explicit.set(sentence.index, attribution)
    return attribution
  }

  private build(sentence: Sentence): Attribution | undefined {
    const cues = sentence.cues
    if (cues.length === 0) return undefined
    const sourced = cues.filter((c) => c.source && c.role !== 'citing')
    const citing = cues.filter((c) => c.source && c.role === 'citing')
    const links = new Map<Cue, Link>()
    for (const cue of cues) {
      if (!cue.source) continue
      const entity = this.registry.resolve(cue.source, sentence)
      const token = sentence.tokens
      links.set(cue, {entity, mention: {start: token[shownStart(cue.source)]!.start, end: token[shownEnd(cue.source)]!.end}, channel: cue.source.channel})
    }
    const primary = pickPrimary(sentence, sourced, this.doc.pack)
    const flags = new Set<Flag>()
    if (!primary && cues.some((c) => c.denial)) flags.add('denial')
    if (!primary) {
      // A reporting context with no source at all: `сообщается, что …`, `reportedly`.
      if (citing.length === 0) {
        flags.add('unattributed')
        // (A frame with nothing after it, `Как стало известно, …`, reports without a source too.)
        // (An adverb first: `The first protests will reportedly take place` hedges whatever else it holds.)
        const cue = cues.find((c) => c.role === 'adverb') ?? cues.find((c) => c.role === 'passive' || c.role === 'verb' || c.role === 'according')
        if (!cue || !reportsSomething(sentence, cue, this.doc.pack.lexicon)) return undefined
        return attributionOf([], cue, flags)
      }
    }
    const chain: Link[] = []
    const first = primary ? links.get(primary)! : links.get(citing[0]!)!
    for (const outer of first.entity.via) chain.push(this.linkTo(outer, sentence))
    // `ТАСС приводит слова Пескова`: the outlet that passes the words on stands outside their speaker.
    const through = (primary ?? citing[0])?.source?.through
    if (through) {
      const entity = this.registry.resolve(through, sentence)
      const tokens = sentence.tokens
      if (entity !== first.entity && !chain.some((l) => l.entity === entity)) {
        chain.push({entity, mention: {start: tokens[through.first]!.start, end: tokens[through.last]!.end}, channel: undefined})
      }
    }
    chain.push(first)
    for (const cue of citing) {
      if (chain.length >= maxChain) break
      const link = links.get(cue)!
      if (!chain.some((l) => l.entity === link.entity)) chain.push(link)
    }
    if (primary) {
      // (`Мы считаем …, заявили в компании`: a `we` or `I` is the speaker's own voice, no one inside it.)
      const pack = this.doc.pack
      const inner = innerCue(sentence, primary, sourced.filter((c) => !voiced(sentence, c, pack)), pack.lexicon)
      const link = inner ? links.get(inner) : undefined
      if (link && !chain.some((l) => l.entity === link.entity)) chain.push(link)
    }
    // `According to a memo seen by the newspaper`: a frame right after a link's phrase stands just outside it.
    for (const cue of sourced) {
      if (cue === primary || cue.role !== 'according') continue
      const link = links.get(cue)!
      // (Past a comma: `по мнению экспертов, опрошенных «Коммерсантом»`.)
      let before = skipSpaceBack(sentence, cue.first - 1)
      if (sentence.tokens[before]?.text === ',') before = skipSpaceBack(sentence, before - 1)
      const end = sentence.tokens[before]?.end
      const at = chain.findIndex((l) => l.mention !== undefined && l.mention.end === end)
      if (at !== -1 && !chain.some((l) => l.entity === link.entity)) chain.splice(at, 0, link)
    }
    this.nestByContext(sentence, chain)
    this.rememberVia(chain)
    // (A denial by someone outside the chain, in a clause aside, makes no denial of the report:
    // `where members have disavowed him, Ferre said …`.)
    if (cues.some((c) => c.denial && (c === primary || chain.some((l) => l.entity === links.get(c)?.entity)))) flags.add('denial')
    return attributionOf(chain.slice(0, maxChain), primary ?? citing[0], flags)
  }

  /**
   * A speaker named inside a document's or outlet's report speaks through it
   * (`Зуев сообщил …` after `в докладе … отмечается, что … Зуев`),
   * as long as that report is what the previous sentence carried.
   */
  private nestByContext(sentence: Sentence, chain: Link[]): void {
    if (chain.length !== 1) return
    const only = chain[0]!.entity
    if (only.kind !== 'person') return
    const previous = this.doc.sentences[sentence.index - 1]
    const context = previous?.attribution
    if (!previous || !context || context.chain.length === 0 || previous.paragraph < sentence.paragraph - 1) return
    const last = context.chain[context.chain.length - 1]!.entity
    if (last === only || (last.kind !== 'document' && last.kind !== 'media')) return
    const key = only.key.split(' ').pop()!
    if (!this.reported.get(last)?.has(key)) return
    chain.unshift(...context.chain.map((link) => this.linkTo(link.entity, sentence)))
  }

  /** Remember the names a report mentions (the words of each name, lower case). */
  private noteReported(sentence: Sentence): void {
    const chain = sentence.attribution?.chain
    const last = chain?.[chain.length - 1]?.entity
    if (!last || (last.kind !== 'document' && last.kind !== 'media')) return
    let names = this.reported.get(last)
    if (!names) {
      names = new Set()
      this.reported.set(last, names)
    }
    for (const name of this.doc.pack.names(sentence)) for (const part of name.split(' ')) names.add(part)
  }

  /** Documents and unnamed sources first met through someone stay reported by them. */
  private rememberVia(chain: Link[]): void {
    for (let i = 1; i < chain.length; i++) {
      const entity = chain[i]!.entity
      if (entity.via.length === 0 && (entity.kind === 'document' || entity.kind === 'anonymous')) {
        entity.via = chain.slice(0, i).map((link) => link.entity).filter((e) => !e.via.includes(entity))
      }
    }
  }

  /** A link to an entity named elsewhere: its last mention before the sentence ends (mentions are kept in order). */
  private linkTo(entity: Entity, sentence: Sentence): Link {
    const mentions = entity.mentions
    const m = mentions[Math.max(0, countWhile(mentions, (mention) => mention.start <= sentence.end) - 1)]
    return {entity, mention: m ? {start: m.start, end: m.end} : undefined, channel: undefined}
  }

  /** Find who speaks a quote: `X заявил: "…"` before it, or `"…", — сказал X` / `"…," X said` after it. */
  private speakerOf(index: number): Attribution | undefined {
    if (this.speakers.has(index)) return this.speakers.get(index)
    const quote = this.doc.quotes[index]!
    let found: Attribution | undefined
    if (quote.close) {
      const closing = this.doc.sentences[quote.close.sentence]!
      const after = cueNear(closing, quote.close.token, 1, this.doc.pack.lexicon)
      if (after) found = this.spoken(closing)
      else if (endsAt(closing, quote.close.token)) {
        // `“… we won!” Senator Belov said`: the parser ended the sentence inside the quote.
        const next = this.doc.sentences[closing.index + 1]
        const cue = next && next.paragraph === closing.paragraph ? cueNear(next, -1, 1, this.doc.pack.lexicon) : undefined
        if (next && cue && !this.opensQuote(next)) found = this.spoken(next)
      }
    }
    // (`«Переговоров не будет, — сказал Лавров. — Позиция неизменна»`: the writer's remark inside names the speaker.)
    if (!found) found = this.remarked(quote)
    if (!found) {
      const opening = this.doc.sentences[quote.open.sentence]!
      const before = cueNear(opening, quote.open.token, -1, this.doc.pack.lexicon)
      if (before) found = this.spoken(opening)
      else if (startsSentence(opening, quote.open.token)) {
        // `Крылова заявила:` ending the sentence before the quote.
        const previous = this.doc.sentences[opening.index - 1]
        if (previous && endsWithColon(previous)) {
          const cue = previous.cues.find((c) => c.source && (c.role === 'verb' || c.role === 'passive'))
          if (cue) found = this.spoken(previous)
        }
      }
    }
    this.speakers.set(index, found)
    quote.attribution = found
    return found
  }

  /** The attribution of a writer's remark inside a quote (a cue right after `, —`), if the quote holds one. */
  private remarked(quote: Quote): Attribution | undefined {
    const last = quote.close?.sentence ?? quote.open.sentence
    for (let i = quote.open.sentence; i <= last; i++) {
      const sentence = this.doc.sentences[i]!
      const cue = sentence.cues.find((c) => c.source && sentence.tokens[c.first]!.quote !== -1 && authorsRemark(sentence, c.first))
      if (cue) return this.spoken(sentence)
    }
    return undefined
  }

  /** The attribution a speaker's sentence gives, when it names someone. */
  private spoken(sentence: Sentence): Attribution | undefined {
    const attribution = this.fromCues(sentence)
    if (!attribution || attribution.chain.length === 0) return undefined
    return attribution
  }

  /** The nearest earlier attributed sentence within a few paragraphs. */
  private previousAttributed(sentence: Sentence, paragraphs: number): Attribution | undefined {
    for (let i = sentence.index - 1; i >= 0 && i >= sentence.index - lookBack; i--) {
      const previous = this.doc.sentences[i]!
      if (previous.paragraph < sentence.paragraph - paragraphs) return undefined
      if (previous.attribution) return previous.attribution
    }
    return undefined
  }

  /** `Об этом сообщает X`: X is the source of the sentences before it in the paragraph (or, opening a paragraph, of the one before). */
  private attributeBackward(sentence: Sentence, attribution: Attribution): void {
    let i = sentence.index - 1
    const first = this.doc.sentences[i]
    if (!first) return
    const paragraph = first.paragraph === sentence.paragraph ? sentence.paragraph : first.paragraph
    const outer = attribution.chain
    for (; i >= 0; i--) {
      const previous = this.doc.sentences[i]!
      if (previous.paragraph !== paragraph || !previous.terminal) break
      const own = previous.attribution
      if (own && own.mode !== 'inherited') {
        // `X заявил, что … . Об этом сообщает Y`: Y reported X's words, one hop further out —
        // only the sentence right before, and never one that pointed back itself.
        // (Not an outlet's own report: `…, передает «Интерфакс». Об этом ТАСС рассказал источник` are two reports.)
        // (Within the paragraph only: `Об этом …` opening one refers to the matter, not to the last speaker's words.)
        const adjacent = i === sentence.index - 1 && previous.paragraph === sentence.paragraph
        // (Nor one person's words claimed by another: `Об этом заявила Матвиенко` after Захарова spoke.)
        const reported = own.chain[0] !== undefined && own.chain[0].entity.kind !== 'media' && own.chain[0].entity.kind !== 'publisher' && outer[0]?.entity.kind !== 'person'
        // (`Его слова приводит Reuters` after Зеленский's words: Reuters passes on the speaker already in the chain.)
        const passedOn = outer.length > 1 && outer[outer.length - 1]!.entity === own.chain[0]?.entity ? outer.slice(0, -1) : outer
        if (adjacent && reported && !own.cue?.backward && !own.chain.some((link) => passedOn.some((o) => o.entity === link.entity))) {
          previous.attribution = {...copy(own), chain: [...passedOn.map((link) => ({...link})), ...own.chain].slice(0, maxChain)}
        }
        break
      }
      // A quote pointed back at (`«…». Так заявил X.`) is X's own words.
      const quoted = previous.quote !== -1 && previous.quoted >= quotedShare
      previous.attribution = {...copy(attribution), mode: quoted ? 'direct' : 'backward', cue: undefined}
      this.noteReported(previous)
    }
  }

  /**
   * Carry the previous sentence's attribution on within its paragraph: a
   * retold report goes on (`Согласно материалам, … . Президент направил …`),
   * and a sentence that only continues the last (lower-case start, a quote).
   * (A plain sentence after someone's words is the writer's own: carrying
   * those on was right for 7% of such sentences in annotated English news.)
   */
  private inherit(sentence: Sentence): Attribution | undefined {
    const previous = this.doc.sentences[sentence.index - 1]
    if (!previous || !previous.attribution || previous.paragraph !== sentence.paragraph) return undefined
    if (!sentence.terminal || sentence.words < 3 || notesUnconfirmed(sentence, this.doc.pack.lexicon)) return undefined
    const from = previous.attribution
    const last = from.chain[from.chain.length - 1]
    if (!last) return undefined
    const report = last.entity.kind === 'document' || last.entity.kind === 'media'
    if (!report && !continues(sentence)) return undefined
    return {...copy(from), mode: 'inherited', cue: undefined}
  }
}

/**
 * The cue that stands outermost: a frame not inside a verb's content, else
 * the first verb — or, when verbs follow their content (`"…," said X,
 * reports Y`), the last of them.
 */
function pickPrimary(sentence: Sentence, sourced: Cue[], pack: Doc['pack']): Cue | undefined {
  // A noun of speech (`the mayor’s remarks`) is the cue only when no verb is.
  const spoken = sourced.filter((c) => (c.role === 'verb' || c.role === 'passive') && !c.noun)
  // (A verb of a relative clause only when no main verb reports: `Cruz, who has seen …, challenged`.)
  // (Nor a verb inside that clause: `Cruz, who says Trump is attacking him, said …`.)
  // (Nor a verb of a clause that opens the sentence: `Where members have disavowed him, Ferre said …`.)
  const main = spoken.filter((c, i) => !c.source?.relative && !insideRelative(spoken, i) && !inOpeningClause(sentence, spoken, i, pack.lexicon))
  const verbs = main.length > 0 ? main : spoken.length > 0 ? spoken : sourced.filter((c) => c.noun)
  const verb = saying(verbs)
  const frame = sourced.find((c) => c.role === 'according')
  if (frame && (!verb || frame.first < verb.first || !verb.forward || !insideContent(sentence, verb, frame, pack.lexicon))) return frame
  if (verb && !verb.forward) {
    const later = verbs.filter((c) => !c.forward && c.source?.key !== verb.source?.key)
    const outer = later[later.length - 1]
    if (outer && outer !== verb) return outer
  }
  // A verb set off after its content frames the rest when it closes the sentence (`X held rates but
  // signaled a cut, the bank said.`), or when the verb before it is an unquoted `I` or `we`
  // speaking in its words (`I said no, Smith told reporters`).
  const tail = verbs[verbs.length - 1]
  if (verb && tail && tail !== verb && tail.source && setOff(sentence, Math.min(tail.first, tail.source.first))) {
    if (pack.closes(sentence, tail) || (voiced(sentence, verb, pack) && !voiced(sentence, tail, pack))) return tail
  }
  return verb ?? frame
}

/**
 * The first main verb, unless it is a learnt one (`sought to calm`, `celebrated`) and a verb of
 * saying with the same subject follows (`…, saying`, `and said`): that one says what the sentence
 * reports. (The same words as subject, not the same person named again: `which he said` is a clause of its own.)
 */
function saying(verbs: Cue[]): Cue | undefined {
  const first = verbs[0]
  const subject = first?.source
  if (!first?.learnt || !subject) return first
  return verbs.find((c) => !c.learnt && c.source?.first === subject.first && c.source.last === subject.last) ?? first
}

/** A cue whose source is `I`, `we` or `you` (a pronoun standing for no one named before). */
function voiced(sentence: Sentence, cue: Cue, pack: Doc['pack']): boolean {
  const source = cue.source
  return source !== undefined && !source.anaphor && source.first === source.last && pack.isPronoun(sentence, source.first)
}

/** `Официального подтверждения этой информации нет`, `The claim could not be verified`: the writer's note on a report. */
function notesUnconfirmed(sentence: Sentence, lexicon: Doc['pack']['lexicon']): boolean {
  const stems = lexicon.unconfirmed
  const negations = lexicon.negations
  if (!stems || !negations) return false
  let negated = false
  let unconfirmed = false
  for (const token of sentence.tokens) {
    if (token.type !== 'word') continue
    if (negations.includes(token.lower)) negated = true
    else if (stems.some((stem) => token.lower.startsWith(stem))) unconfirmed = true
  }
  return negated && unconfirmed
}

/** A sentence opened by a dash whose verb follows `, —` or `? —` (`— …, — сказал X.`). */
function dialogue(sentence: Sentence, cue: Cue): boolean {
  const first = sentence.tokens[skipSpace(sentence, 0)]
  return first !== undefined && /^[—–]$/.test(first.text) && !cue.forward && setOffByDash(sentence, cue)
}

/** The verb (or its source before it) follows `, —`, `? —` or `! —`, as the writer's remark does. */
function setOffByDash(sentence: Sentence, cue: Cue): boolean {
  return authorsRemark(sentence, Math.min(cue.first, cue.source?.first ?? cue.first))
}

/** How many cues either way a relative clause is looked for in (long sentences stay linear). */
const relativeReach = 8

/** Does a cue stand between a relative clause's verb and the main verb of the phrase the clause hangs on? */
function insideRelative(cues: Cue[], index: number): boolean {
  for (let i = index - 1; i >= 0 && i >= index - relativeReach; i--) {
    const relative = cues[i]!
    if (!relative.source?.relative) continue
    // The main verb: a later cue whose subject starts before the relative pronoun.
    const antecedent = relative.source.first
    for (let j = index + 1; j < cues.length && j <= index + relativeReach; j++) {
      const c = cues[j]!
      if (!c.source?.relative && c.source !== undefined && c.source.first < antecedent) return true
    }
    return false
  }
  return false
}

/**
 * Does a cue stand in a subordinate clause that opens the sentence (`When
 * asked, …`, `Even in Miami, where members have disavowed him, Ferre said`),
 * with a later cue after the comma that closes it?
 */
function inOpeningClause(sentence: Sentence, cues: Cue[], index: number, lexicon: Doc['pack']['lexicon']): boolean {
  const subordinators = lexicon.subordinators
  const cue = cues[index]!
  if (!subordinators) return false
  let opened = false
  for (let i = 0; i < cue.first && i < 60; i++) {
    const token = sentence.tokens[i]!
    if (token.type === 'word' && subordinators.includes(token.lower)) opened = true
  }
  if (!opened) return false
  // The comma that closes the clause, and a cue with its subject after it.
  let comma = -1
  for (let i = cue.last + 1; i < sentence.tokens.length && i < cue.last + 40; i++) {
    const text = sentence.tokens[i]!.text
    if (text === ',') {
      comma = i
      break
    }
    if (/^[.;:!?«»"“”—–]$/.test(text)) return false
  }
  if (comma === -1) return false
  // (Among the next few cues: a long sentence stays linear.)
  return cues.slice(index + 1, index + 1 + relativeReach).some((c) => c.first > comma && c.source !== undefined && c.source.first > comma && !c.source.relative)
}

/** A comma or closing quote mark right before a token. */
function setOff(sentence: Sentence, index: number): boolean {
  const before = sentence.tokens[skipSpaceBack(sentence, index - 1)]
  return before !== undefined && (before.text === ',' || /^[»"”’]$/.test(before.text))
}

/**
 * Does a later cue stand inside an earlier cue's reported clause (`said
 * that, according to X, …`) rather than frame the whole (`denied it,
 * according to X`)?
 */
function insideContent(sentence: Sentence, earlier: Cue, later: Cue, lexicon: Doc['pack']['lexicon']): boolean {
  const that = clauseWordsOf(lexicon).that
  for (let i = earlier.last + 1; i < later.first; i++) {
    const token = sentence.tokens[i]!
    if (that.has(token.lower) || token.text === ':' || /^[«"“„]$/.test(token.text)) return true
  }
  const before = sentence.tokens[skipSpaceBack(sentence, later.first - 1)]
  return before?.text !== ','
}

/** The cue one hop in from the primary: a verb framed by it, a cue inside its content, or an earlier inverted cue. */
function innerCue(sentence: Sentence, primary: Cue, all: Cue[], lexicon: Doc['pack']['lexicon']): Cue | undefined {
  // (`К такому выводу пришли X, результаты опубликованы в журнале Y`: what a cue pointing back reports came before it.)
  if (primary.backward) return undefined
  // Only words passed on make a hop: a learnt verb, a stance or a noun of speech inside a report is
  // someone's act (`said the government approved a bill`, `писали, что Вашингтон выступил против …: Рубио заявил`).
  const sourced = all.filter((c) => !c.learnt && !c.stance && !c.noun)
  // (`According to the ministry, the company supports the plan`: a stance under a frame before it is the frame's claim;
  // `Эксперты, опрошенные X, полагают`: a frame inside the subject's phrase leaves it its own.)
  if (primary.role === 'according') {
    return sourced.find((c) => c !== primary && (c.role === 'verb' || c.role === 'passive') && !(lexicon.verbs[c.lemma] === 'think' && c.source && c.source.first > primary.last))
  }
  if (!primary.forward) {
    const before = (c: Cue): boolean => c !== primary && c.last < primary.first && (c.role === 'verb' || c.role === 'passive')
    // (`Peskov said Moscow was watching, Interfax reported.`: the report the closing verb frames.)
    return sourced.find((c) => before(c) && !c.forward) ?? sourced.find((c) => before(c) && c.source !== undefined && !c.source.relative)
  }
  // (Not past a clause set against the report: `The Kremlin said it is open to talks, but Kyiv says …`; nor an agent
  // of something in the report, `the law cited by the White House`: such a frame counts only beside a source, see `build`.)
  const contrast = contrastAfter(sentence, primary.last, lexicon)
  return sourced.find((c) => c !== primary && c.first > primary.last && c.source !== undefined && c.source.first > primary.last && c.source.first < contrast && !agentFrame(c))
}

/** A frame naming an agent after a participle (`cited by`, `obtained by`). */
function agentFrame(cue: Cue): boolean {
  return cue.role === 'according' && / by$/.test(cue.lemma)
}

/**
 * The first semicolon, or comma and word that sets a clause of its own against the last (`, but`, `, while`,
 * `, но`; not one that goes on reporting, `, but that`), after a token; else the sentence's end.
 */
function contrastAfter(sentence: Sentence, from: number, lexicon: Doc['pack']['lexicon']): number {
  const words = clauseWordsOf(lexicon)
  for (let i = from + 1; i < sentence.tokens.length; i++) {
    const text = sentence.tokens[i]!.text
    if (text === ';') return i
    if (text !== ',') continue
    const next = sentence.tokens[skipSpace(sentence, i + 1)]
    if (next && words.contrast.has(next.lower) && !words.that.has(sentence.tokens[skipSpace(sentence, next.index + 1)]?.lower ?? '')) return i
  }
  return sentence.tokens.length
}

/** A cue right before an opening quote (`заявил: "`) or right after a closing one (`", — сказал X`). */
function cueNear(sentence: Sentence, token: number, direction: 1 | -1, lexicon: Doc['pack']['lexicon']): Cue | undefined {
  const limit = 16
  let best: Cue | undefined
  let distance = Infinity
  // Cues are in token order: look only at those near the mark.
  const cues = sentence.cues
  for (let i = countWhile(cues, (cue) => cue.first < token - 2 * limit); i < cues.length && cues[i]!.first <= token + 2 * limit; i++) {
    const cue = cues[i]!
    if (!cue.source || (cue.role !== 'verb' && cue.role !== 'passive')) continue
    const near = direction === 1 ? Math.min(cue.first, cue.source.first) : Math.max(cue.last, cue.source.last)
    const d = direction === 1 ? near - token : token - near
    // Only marks may stand between (`"…," said X`, `X said: "…`), or before a quote the one told
    // (`told her supporters, "…`); a quote after `that` is part of a clause.
    const between = onlyMarksBetween(sentence, Math.min(near, token), Math.max(near, token)) || (direction === -1 && hearerBetween(sentence, near, token, lexicon))
    if (d > 0 && d < limit && d < distance && between) {
      best = cue
      distance = d
    }
  }
  return best
}

/** Words a hearer may take between a cue and its quote (`told reporters at a briefing:`). */
const hearerWords = 3

/** The words that open a clause, as sets (made once per lexicon). */
interface ClauseWords {
  that: Set<string>
  contrast: Set<string>
  /** `that` and the others that open a clause. */
  any: Set<string>
  infinitive: Set<string>
}

const clauseWordSets = new WeakMap<Doc['pack']['lexicon'], ClauseWords>()

function clauseWordsOf(lexicon: Doc['pack']['lexicon']): ClauseWords {
  let words = clauseWordSets.get(lexicon)
  if (!words) {
    const lists = lexicon.clauseWords ?? {that: [], open: [], infinitive: []}
    words = {that: new Set(lists.that), contrast: new Set(lists.contrast), any: new Set([...lists.that, ...lists.open]), infinitive: new Set(lists.infinitive)}
    clauseWordSets.set(lexicon, words)
  }
  return words
}

/** A short object, then a comma or colon, between a cue and the quote it opens (`told her supporters, "…`). */
function hearerBetween(sentence: Sentence, cue: number, open: number, lexicon: Doc['pack']['lexicon']): boolean {
  const clauseWords = clauseWordsOf(lexicon).any
  const mark = sentence.tokens[skipSpaceBack(sentence, open - 1)]
  if (!mark || (mark.text !== ',' && mark.text !== ':')) return false
  let words = 0
  for (let i = cue + 1; i < mark.index; i++) {
    const token = sentence.tokens[i]!
    if (token.type !== 'word') {
      if (token.type === 'whitespace') continue
      return false
    }
    if (++words > hearerWords || clauseWords.has(token.lower)) return false
  }
  return words > 0
}

function onlyMarksBetween(sentence: Sentence, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (sentence.tokens[i]!.type === 'word') return false
  return true
}

/** A sentence that goes on from the one before: it opens in lower case or with a quote mark. */
function continues(sentence: Sentence): boolean {
  const first = sentence.tokens[skipSpace(sentence, 0)]
  if (!first) return false
  if (first.type !== 'word') return /^[“"«„‘]$/.test(first.text)
  return first.text[0] !== first.text[0]!.toUpperCase()
}

function endsAt(sentence: Sentence, token: number): boolean {
  return skipSpaceBack(sentence, sentence.tokens.length - 1) === token
}

function startsSentence(sentence: Sentence, token: number): boolean {
  return skipSpace(sentence, 0) === token
}

function endsWithColon(sentence: Sentence): boolean {
  const last = sentence.tokens[skipSpaceBack(sentence, sentence.tokens.length - 1)]
  return last !== undefined && last.text === ':'
}

/** A sourceless cue counts only when it reports a clause (`сообщается, что`), not in passing. */
function reportsSomething(sentence: Sentence, cue: Cue, lexicon: Doc['pack']['lexicon']): boolean {
  if (cue.role === 'adverb' || cue.role === 'according') return true
  if (cue.role !== 'passive') return false
  const words = clauseWordsOf(lexicon)
  for (let i = cue.last + 1; i < sentence.tokens.length && i < cue.last + 6; i++) {
    const token = sentence.tokens[i]!
    // `сообщается, что`, `it was reported that`, `is expected to`, `заявлено:`.
    if (words.that.has(token.lower) || words.infinitive.has(token.lower) || token.text === ':') return true
  }
  return false
}

function attributionOf(chain: Link[], cue: Cue | undefined, flags: Attribution['flags']): Attribution {
  return {chain, cue, mode: 'indirect', flags, score: 0, level: 'low', reasons: []}
}

function copy(attribution: Attribution): Attribution {
  return {...attribution, chain: attribution.chain.slice(), flags: new Set(attribution.flags)}
}

