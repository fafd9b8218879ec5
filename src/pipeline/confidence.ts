/**
 * Stage 6, confidence: flags for a fact-checker and a score in [0, 1] with
 * the reasons that moved it. The scale is a fixed sum of documented steps,
 * so the same attribution always gets the same score:
 *
 * | step | value |
 * | --- | --- |
 * | named source on record (person, outlet, body) | +0.75 |
 * | named document | +0.70 |
 * | unnamed but specific source (`следователь`, `the newspaper` unresolved) | +0.60 |
 * | publisher citing itself | +0.50 |
 * | anonymous source (`эксперты`, `officials`) | +0.35 |
 * | no source at all | +0.15 |
 * | direct quote | +0.15 |
 * | each hop beyond the first | −0.10 |
 * | hedge (`якобы`, `allegedly`) | −0.20 |
 * | denial | −0.05 |
 * | inherited from the paragraph | −0.10 |
 * | attributed by a later sentence (`backward`) | −0.05 |
 *
 * Levels: high ≥ 0.70 > medium ≥ 0.45 > low.
 */
import type {Flag, Level} from '../schema.js'
import type {Attribution, Doc, Entity, Sentence} from './model.js'
import {skipSpace} from './model.js'

/** The steps of the scale, by reason. */
export const scale = {
  named: 0.75,
  namedDocument: 0.7,
  unnamed: 0.6,
  publisher: 0.5,
  anonymous: 0.35,
  none: 0.15,
  direct: 0.15,
  hop: -0.1,
  hedge: -0.2,
  denial: -0.05,
  inherited: -0.1,
  backward: -0.05
} as const

/** Lowest score of each level. */
export const thresholds = {high: 0.7, medium: 0.45} as const

/**
 * Flag and score every attribution of a document.
 *
 * @param doc The document, its chains built.
 */
export function scoreConfidence(doc: Doc): void {
  const hedges = hedgeIndex(doc.pack.lexicon.hedges)
  for (const sentence of doc.sentences) {
    const attribution = sentence.attribution
    if (!attribution) continue
    flag(sentence, attribution, hedges)
    score(attribution)
  }
}

function flag(sentence: Sentence, attribution: Attribution, hedges: Map<string, string[][]>): void {
  const flags = attribution.flags
  if (hasHedge(sentence, hedges)) flags.add('hedge')
  for (const link of attribution.chain) {
    if (link.entity.kind === 'anonymous') flags.add('anonymous-source')
    if (link.entity.kind === 'publisher') flags.add('self-citation')
  }
  if (attribution.chain.length === 0) flags.add('unattributed')
  // Flags keep a fixed order, so output is stable.
  attribution.flags = new Set(flagOrder.filter((f) => flags.has(f)))
}

const flagOrder: Flag[] = ['hedge', 'denial', 'anonymous-source', 'self-citation', 'unattributed']

function score(attribution: Attribution): void {
  const reasons: string[] = []
  const add = (value: number, reason: string): number => {
    reasons.push(`${reason} ${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(2)}`)
    return value
  }
  let total = 0
  const chain = attribution.chain
  const innermost = chain[chain.length - 1]?.entity
  total += innermost ? add(baseOf(innermost), `${baseReason(innermost)}`) : add(scale.none, 'no source')
  if (attribution.mode === 'direct') total += add(scale.direct, 'direct quote')
  for (let i = 1; i < chain.length; i++) total += add(scale.hop, `extra hop (${chain[i - 1]!.entity.name} → ${chain[i]!.entity.name})`)
  if (attribution.flags.has('hedge')) total += add(scale.hedge, 'hedge')
  if (attribution.flags.has('denial')) total += add(scale.denial, 'denial')
  if (attribution.mode === 'inherited') total += add(scale.inherited, 'inherited from the paragraph')
  if (attribution.mode === 'backward') total += add(scale.backward, 'attributed by a later sentence')
  const value = Math.round(Math.min(1, Math.max(0, total)) * 100) / 100
  attribution.score = value
  attribution.level = levelOf(value)
  attribution.reasons = reasons
}

function baseOf(entity: Entity): number {
  switch (entity.kind) {
    case 'anonymous':
      return scale.anonymous
    case 'publisher':
      return scale.publisher
    case 'document':
      return entity.named ? scale.namedDocument : scale.unnamed
    default:
      return entity.named ? scale.named : scale.unnamed
  }
}

function baseReason(entity: Entity): string {
  switch (entity.kind) {
    case 'anonymous':
      return 'anonymous source'
    case 'publisher':
      return 'publisher cites itself'
    case 'document':
      return entity.named ? 'named document' : 'unnamed document'
    default:
      return entity.named ? 'named source on record' : 'unnamed source'
  }
}

/**
 * The level of a score.
 *
 * @param score A score in [0, 1].
 * @returns `high`, `medium` or `low`.
 */
export function levelOf(score: number): Level {
  return score >= thresholds.high ? 'high' : score >= thresholds.medium ? 'medium' : 'low'
}

/** Hedges by first word, as word sequences. */
function hedgeIndex(hedges: string[]): Map<string, string[][]> {
  const index = new Map<string, string[][]>()
  for (const hedge of hedges) {
    const words = hedge.toLowerCase().split(/\s+/)
    const list = index.get(words[0]!) ?? []
    list.push(words)
    index.set(words[0]!, list)
  }
  return index
}

function hasHedge(sentence: Sentence, hedges: Map<string, string[][]>): boolean {
  for (const token of sentence.tokens) {
    if (token.type !== 'word') continue
    const candidates = hedges.get(token.lower)
    if (!candidates) continue
    for (const words of candidates) {
      let i = token.index
      let ok = true
      for (let n = 1; n < words.length; n++) {
        i = skipSpace(sentence, i + 1)
        if (sentence.tokens[i]?.lower !== words[n]) {
          ok = false
          break
        }
      }
      if (ok) return true
    }
  }
  return false
}
