import {describe, expect, it} from 'vitest'
import type {Nodes} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {ParseLatin} from 'parse-latin'
import {location} from 'vfile-location'
import {parseByParagraph} from '../src/pipeline/paragraphs.js'

function positions(text: string, language: 'ru' | 'en'): void {
  const tree = parseByParagraph(text, language)
  const place = location(text)
  expect(toString(tree)).toBe(text)
  const check = (node: Nodes): void => {
    if (node.position) {
      const {start, end} = node.position
      expect(text.slice(start.offset, end.offset), node.type).toBe(toString(node))
      expect(place.toPoint(start.offset!)).toEqual({line: start.line, column: start.column, offset: start.offset})
      expect(place.toPoint(end.offset!)).toEqual({line: end.line, column: end.column, offset: end.offset})
    }
    if ('children' in node) for (const child of node.children) check(child)
  }
  check(tree)
}

describe('parsing paragraph by paragraph', () => {
  it('keeps every position pointing into the whole text', () => {
    const paragraph = 'Министр заявил, что «реформа начнется». U.S. officials said on X. It was over.\r\n'
    positions(`  ${paragraph}\n\n\t${paragraph.repeat(3)}\n \n${'слово '.repeat(5000)}\n\n`, 'ru')
    positions(`He wrote on X. "It is over," he added.\n\n${'The Post reported it. '.repeat(2000)}`, 'en')
  })

  it('cuts a paragraph far longer than prose at sentence ends or spaces, losing nothing', () => {
    // (One sentence of 200,000 characters, and one paragraph of many sentences with no blank line.)
    positions('Sen. Rand Paul (R-Ky.) said '.repeat(7000), 'en')
    positions('Министр заявил, что реформа начнется. '.repeat(5000), 'ru')
  })

  it('gives the sentences a whole-text parse gives', () => {
    const text = 'Первый абзац. Второе предложение!\n\nВторой абзац, длинный.\nС переносом строки.\n\n\nТретий?'
    const sentences = (tree: Nodes): string[] => {
      const found: string[] = []
      const walk = (node: Nodes): void => {
        if (node.type === 'SentenceNode') found.push(toString(node))
        else if ('children' in node) node.children.forEach(walk)
      }
      walk(tree)
      return found
    }
    expect(sentences(parseByParagraph(text, 'ru'))).toEqual(sentences(new ParseLatin().parse(text)))
  })
})
