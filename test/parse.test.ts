import {describe, expect, it} from 'vitest'
import type {Root} from 'nlcst'
import {unified} from 'unified'
import retextLatin from 'retext-latin'
import {readDocument} from '../src/pipeline/parse.js'
import {packs} from '../src/languages/index.js'
import {runUntil} from './stages.js'

describe('parse', () => {
  it('keeps the parser’s sentences, in order, with offsets into the input', () => {
    const text = 'Первое предложение. Второе!\n\nТретье, в новом абзаце?'
    const doc = runUntil(text, 'ru', 'parse')
    expect(doc.sentences.map((s) => s.text)).toEqual(['Первое предложение.', 'Второе!', 'Третье, в новом абзаце?'])
    for (const s of doc.sentences) expect(text.slice(s.start, s.end)).toBe(s.text)
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1])
    expect(doc.text).toBe(text)
  })

  it('gives every token its own text', () => {
    const text = 'U.S. officials said on Tuesday.'
    const doc = runUntil(text, 'en', 'parse')
    for (const token of doc.sentences[0]!.tokens) expect(text.slice(token.start, token.end)).toBe(token.text)
  })

  it('marks terminal punctuation (captions have none)', () => {
    const doc = runUntil('Мэр и губернатор (фото из архива)\n\nМэр выступил.', 'ru', 'parse')
    expect(doc.sentences.map((s) => s.terminal)).toEqual([false, true])
  })

  it('ends a sentence after `on X.` rather than reading an initial', () => {
    const doc = runUntil('He wrote on X. "It is over," he added.', 'en', 'parse')
    expect(doc.sentences.map((s) => s.text)).toEqual(['He wrote on X.', '"It is over," he added.'])
  })

  it('does the same for the Cyrillic Х', () => {
    const doc = runUntil('Он написал в соцсети Х. Пост удалили.', 'ru', 'parse')
    expect(doc.sentences).toHaveLength(2)
  })

  it('reads an empty text as no sentences', () => {
    expect(runUntil('', 'ru', 'parse').sentences).toEqual([])
  })

  it('slices sentences from the input when the tree spells it, and reads the tree when it does not', () => {
    const text = 'Первое предложение. Второе!'
    const tree = unified().use(retextLatin).parse(text) as Root
    const sliced = readDocument(tree, packs.ru, undefined, text)
    expect(sliced.text).toBe(text)
    expect(sliced.sentences.map((s) => s.text)).toEqual(['Первое предложение.', 'Второе!'])
    // (A tree changed by another plugin no longer spells the input: its own text is used.)
    const other = readDocument(tree, packs.ru, undefined, 'something else')
    expect(other.text).toBe(text)
    expect(other.sentences.map((s) => s.text)).toEqual(['Первое предложение.', 'Второе!'])
  })

  it('keeps a line of dialogue whole: a question, then a dash and who asked', () => {
    const text = '«Это правда?» — спросил журналист. — Нет! — ответил министр. Он ушел.'
    const doc = runUntil(text, 'ru', 'parse')
    expect(doc.sentences.map((s) => s.text)).toEqual(['«Это правда?» — спросил журналист.', '— Нет! — ответил министр.', 'Он ушел.'])
    for (const s of doc.sentences) expect(text.slice(s.start, s.end)).toBe(s.text)
    // (A new line of speech after a question stays a sentence of its own.)
    expect(runUntil('Кто это? — Никто не знал.', 'ru', 'parse').sentences).toHaveLength(2)
  })
})
