/**
 * Hostile input, as properties (fast-check, fixed seed, bounded runs): over
 * arbitrary Unicode and over generated news-like text, `annotate` never
 * throws, its sentences lie in the input in order, every offset points at
 * its own text, the annotation fits the exported schema, and the same input
 * always gives the same output.
 */
import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {annotateSync, sentenceSchema, sourceSummarySchema, type AnnotatedDocument} from '../src/index.js'

const settings = {seed: Number(process.env.FC_SEED ?? 20261125), numRuns: Number(process.env.FC_RUNS ?? 150)}

/** Characters news and attackers both use: every quote and dash, controls, RTL, emoji, BOM, CRLF. */
const special = fc.constantFrom(
  '«', '»', '„', '“', '”', '‘', '’', '"', "'", '‹', '›', '「', '」', '—', '–', '-', '‐', '\u0000', '\u0007', '\u001B',
  '\u200B', '\u200F', '\u202E', '\uFEFF', '\uD800', '\uDFFF', '😀', '👍🏽', '\r\n', '\r', '\n', '\n\n', '\t', ' ', '.', '…',
  ':', ';', '?', '!', '(', ')', '<script>', '&amp;', 'שלום', 'مرحبا', 'Х.', 'X.'
)
const unicode = fc
  .array(fc.oneof(fc.string({unit: 'binary', maxLength: 12}), special, fc.string({unit: 'grapheme', maxLength: 12})), {maxLength: 40})
  .map((parts) => parts.join(''))

const names = ['Ирина Соболева', 'Олег Вязов', 'агентство Nordpress', 'газета «Вечерний курьер»', 'эксперты', 'он', 'Finance Minister Irina Soboleva', 'The Evening Courier', 'officials', 'he']
const verbs = ['заявила', 'сообщил', 'заявили', 'отмечается', 'пишет', 'опроверг', 'полагают', 'said', 'told reporters', 'reported', 'denied', 'wrote']
const frames = ['по данным', 'по словам', 'согласно', 'со ссылкой на', 'according to', 'citing', 'якобы', 'allegedly', 'Об этом сообщает', 'Как пишет']
const fragment = fc.oneof(
  fc.constantFrom(...names),
  fc.constantFrom(...verbs),
  fc.constantFrom(...frames),
  fc.constantFrom('что', 'that', 'завод закрыт', 'the plant will close', ',', ':', '.', '—', '"', '«', '»', '“', '”', '\n\n', 'Х', 'X'),
  fc.constantFrom("''", "he's", 'both', 'Several', '47%', 'continued to', 'shot back', 'made it clear', 'the poll', 'released by', 'herself', 'Will'),
  // What this library reads past or around: descriptions, shares, words passed on, opening clauses.
  fc.constantFrom("'''", 'a pollster in Ohio', 'who says', 'a majority of', 'nine in', 'quoted', 'as saying', 'When', 'Asked if', 'according to press reports',
    'приводит слова', 'передает слова', 'опрошенных', 'Опрошенные', 'Напомним', 'мы писали', 'в разговоре с', 'в МИДе', 'тетка моя', 'и')
)
const newsLike = fc.array(fc.oneof(fragment, fragment, special), {minLength: 1, maxLength: 60}).map((parts) => parts.join(' '))

function checkDocument(text: string, doc: AnnotatedDocument): void {
  let previous = 0
  for (const sentence of doc.sentences) {
    expect(sentence.start).toBeGreaterThanOrEqual(previous)
    expect(sentence.end).toBeLessThanOrEqual(text.length)
    expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
    previous = sentence.end
    sentenceSchema.parse(sentence)
    const a = sentence.attribution
    if (!a) continue
    if (a.cue) {
      expect(text.slice(a.cue.start, a.cue.end)).toBe(a.cue.text)
      expect(a.cue.start).toBeGreaterThanOrEqual(sentence.start)
      expect(a.cue.end).toBeLessThanOrEqual(sentence.end)
    }
    for (const source of a.chain) if (source.mention) expect(text.slice(source.mention.start, source.mention.end)).toBe(source.mention.text)
  }
  for (const row of doc.sources) sourceSummarySchema.parse(row)
}

describe('hostile input', () => {
  for (const language of ['ru', 'en', undefined] as const) {
    it(`never breaks on arbitrary Unicode (${language ?? 'detected'})`, () => {
      fc.assert(
        fc.property(unicode, (text) => {
          checkDocument(text, annotateSync(text, {language}))
        }),
        settings
      )
    })

    it(`keeps offsets and schema on news-like text (${language ?? 'detected'})`, () => {
      fc.assert(
        fc.property(newsLike, (text) => {
          checkDocument(text, annotateSync(text, {language}))
        }),
        settings
      )
    })
  }

  it('gives the same input the same output', () => {
    fc.assert(
      fc.property(fc.oneof(newsLike, unicode), (text) => {
        const once = annotateSync(text)
        const again = annotateSync(text)
        expect(again.sentences).toEqual(once.sentences)
        expect(again.sources).toEqual(once.sources)
      }),
      {...settings, numRuns: 60}
    )
  })

  it('survives large pathological inputs', () => {
    const words = Array.from({length: 20_000}, (_, i) => ['министр', 'сказал', 'что', 'said', 'the', 'якобы'][i % 6]).join(' ')
    const quotes = '«Он сказал "'.repeat(3000)
    const frames = Array.from({length: 3000}, (_, i) => (i % 2 ? 'со ссылкой на агентство' : 'по словам министра')).join(', ') + '.'
    for (const text of [words, quotes, frames, '\u0000'.repeat(10_000), '.'.repeat(10_000)]) checkDocument(text, annotateSync(text, {language: 'ru'}))
  })
})
