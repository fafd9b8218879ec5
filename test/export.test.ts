import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import {select, selectAll} from 'hast-util-select'
import {toString as hastToString} from 'hast-util-to-string'
import {fromHtml} from 'hast-util-from-html'
import {annotateSync, documentSchema, fromJson, toHast, toHtml, toJsonSchema, toJson, toReport} from '../src/index.js'

const article = fs.readFileSync(new URL('../examples/article.ru.txt', import.meta.url), 'utf8')
const hostile = 'Эксперты полагают, что <script>alert(1)</script> & <img src=x onerror="alert(2)"> опасны.</article>\n\n"Конец", — сказал он.'

describe('JSON', () => {
  it('round-trips the annotated tree with positions and data', () => {
    const {tree} = annotateSync(article)
    const back = fromJson(toJson(tree))
    expect(back).toEqual(JSON.parse(JSON.stringify(tree)))
    expect(back).toEqual(tree)
  })

  it('refuses JSON that is no tree or holds a broken annotation', () => {
    expect(() => fromJson('{"type": "x"}')).toThrow(/not an nlcst tree/)
    const {tree} = annotateSync('Эксперты полагают, что цены вырастут.')
    const broken = JSON.parse(toJson(tree))
    broken.children[0].children[0].data.attribution.mode = 'sideways'
    expect(() => fromJson(JSON.stringify(broken))).toThrow(/invalid attribution/)
  })

  it('fits the exported zod schema', () => {
    const doc = annotateSync(article)
    expect(documentSchema.parse({language: doc.language, sentences: doc.sentences, sources: doc.sources})).toBeTruthy()
  })

  it('has a committed JSON Schema that is up to date (run `npm run schema`)', () => {
    const committed = JSON.parse(fs.readFileSync(new URL('../schema/attribution.schema.json', import.meta.url), 'utf8'))
    expect(committed).toEqual(toJsonSchema())
  })
})

describe('HTML', () => {
  it('shows every character of the input once, in order', () => {
    for (const text of [article, hostile, '', 'a\r\nb']) {
      const tree = toHast(annotateSync(text, {language: 'ru'}).tree)
      expect(hastToString(select('[data-attribution="document"]', tree)!)).toBe(text)
    }
  })

  it('escapes markup in the input', () => {
    const html = toHtml(annotateSync(hostile).tree)
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<img')
    expect(html).toContain('&#x3C;script>')
    const reread = fromHtml(html)
    expect(hastToString(select('[data-attribution="document"]', reread)!)).toBe(hostile)
    expect(selectAll('script, img', reread)).toEqual([])
  })

  it('marks attributed sentences with level and mode, focusable, with their card', () => {
    const tree = toHast(annotateSync(article).tree)
    const marked = selectAll('[data-attribution="document"] [data-level]', tree)
    expect(marked.length).toBeGreaterThan(5)
    for (const node of marked) {
      expect(['high', 'medium', 'low']).toContain(node.properties.dataLevel)
      expect(node.properties.dataMode).toBeTruthy()
      expect(node.properties.tabIndex).toBe(0)
      expect(String(node.properties.dataTip)).toMatch(/^Source: /)
    }
  })

  it('makes a self-contained page or a fragment', () => {
    const page = toHtml(annotateSync(article).tree, {title: 'Report'})
    expect(page).toMatch(/^<!doctype html><html lang="ru">/)
    expect(page).toContain('<title>Report</title>')
    expect(page).not.toMatch(/<(link|script)\b|src=|url\(/)
    const fragment = toHtml(annotateSync(article).tree, {fragment: true})
    expect(fragment).toMatch(/^<main class="ra"/)
  })

  it('tables the sources and counts the figures', () => {
    const tree = toHast(annotateSync(article).tree)
    const rows = selectAll('.ra-sources tbody tr', tree).map((row) => hastToString(select('th', row)!))
    expect(rows).toContain('Nordpress')
    expect(hastToString(select('.ra-figures', tree)!)).toMatch(/Anonymous sources1 \(\d+%\)/)
  })
})

describe('report', () => {
  it('prints each sentence with its chain, mode, level and flags', () => {
    const report = toReport(annotateSync('Эксперты полагают, что цены вырастут. Завод закрыт.'))
    expect(report).toBe(
      [
        'retext-attribution: 2 sentences (ru), 1 attributed',
        '',
        '1  Эксперты полагают, что цены вырастут.',
        '   эксперты  ·  indirect  ·  low 0.35  ·  cue “полагают”',
        '   flags: anonymous-source',
        '2  Завод закрыт.',
        '   — not attributed',
        '',
        'Sources',
        '  эксперты (anonymous): 1 sentence, 1 low',
        ''
      ].join('\n')
    )
  })

  it('colours only when asked', () => {
    const doc = annotateSync('Эксперты полагают, что цены вырастут.')
    expect(toReport(doc)).not.toContain('\u001B[')
    expect(toReport(doc, {color: true})).toContain('\u001B[31mlow 0.35')
  })
})
