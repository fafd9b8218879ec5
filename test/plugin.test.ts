import {describe, expect, it} from 'vitest'
import {retext} from 'retext'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import retextStringify from 'retext-stringify'
import type {Root, Sentence} from 'nlcst'
import {visit} from 'unist-util-visit'
import retextAttribution, {annotate, annotateSync, OptionsError} from '../src/index.js'

const ru = 'Завод закрыт. Об этом сообщает агентство Nordpress.\n\nЭксперты полагают, что цены вырастут.'

describe('the plugin', () => {
  it('puts the annotation on every sentence node', async () => {
    const processor = retext().use(retextAttribution, {language: 'ru'})
    const tree = (await processor.run(processor.parse(ru))) as Root
    const found: unknown[] = []
    visit(tree, 'SentenceNode', (node: Sentence) => {
      found.push(node.data?.attribution?.chain.map((s) => s.name) ?? null)
    })
    expect(found).toEqual([['Nordpress'], ['Nordpress'], ['эксперты']])
    expect(tree.data?.attribution?.language).toBe('ru')
    expect(tree.data?.attribution?.sources.map((s) => s.name)).toEqual(['Nordpress', 'эксперты'])
  })

  it('reports a message per attributed sentence and per flag, with a rule id and the package as source', async () => {
    const file = await retext().use(retextAttribution, {language: 'ru'}).use(retextStringify).process(ru)
    expect(file.messages.map((m) => [m.ruleId, m.source, m.line])).toEqual([
      ['attribution', 'retext-attribution', 1],
      ['attribution', 'retext-attribution', 1],
      ['attribution', 'retext-attribution', 3],
      ['anonymous-source', 'retext-attribution', 3]
    ])
    expect(file.messages[3]!.fatal).toBe(false)
    expect(file.messages[0]!.fatal).toBeUndefined()
    expect(String(file)).toBe(ru)
  })

  it('runs synchronously in a unified pipeline, in English', () => {
    const file = unified()
      .use(retextEnglish)
      .use(retextAttribution)
      .use(retextStringify)
      .processSync('"We won," the mayor said on X. The bridge will open in May.')
    expect(file.messages.filter((m) => m.ruleId === 'attribution')).toHaveLength(1)
    expect(file.messages[0]!.reason).toContain('mayor')
  })

  it('refuses bad options with one error naming the option', () => {
    expect(() => retext().use(retextAttribution, {language: 'fr' as 'ru'}).freeze()).toThrow(/`language` must be one of 'ru', 'en', not "fr"/)
    expect(() => retext().use(retextAttribution, {publisher: 1 as unknown as string}).freeze()).toThrow(/`publisher`/)
    expect(() => retext().use(retextAttribution, {lang: 'ru'} as never).freeze()).toThrow(/unknown option `lang`/)
    try {
      annotateSync('текст', {language: 'de' as 'ru'})
    } catch (error) {
      expect(error).toBeInstanceOf(OptionsError)
      expect((error as OptionsError).option).toBe('language')
    }
    expect.assertions(5)
  })
})

describe('annotate', () => {
  it('returns the sentences with offsets into the input, and the language it used', async () => {
    const doc = await annotate(ru)
    expect(doc.language).toBe('ru')
    expect(doc.sentences).toHaveLength(3)
    for (const s of doc.sentences) expect(ru.slice(s.start, s.end)).toBe(s.text)
    const en = await annotate('The minister said the plant would close.')
    expect(en.language).toBe('en')
  })

  it('refuses text that is not a string', async () => {
    await expect(annotate(42 as unknown as string)).rejects.toThrow(/text must be a string, not number/)
  })

  it('returns an empty annotation for empty text', () => {
    const doc = annotateSync('')
    expect(doc.sentences).toEqual([])
    expect(doc.sources).toEqual([])
  })
})
