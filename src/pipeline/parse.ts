/**
 * Stage 1, parse: flatten the parser's nlcst tree into sentences of tokens
 * with offsets into the input. The sentences are the parser's own
 * `SentenceNode`s, in order, none skipped.
 */
import type {Root, Sentence as SentenceNode, Nodes} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {Doc, Sentence, Token} from './model.js'
import type {LanguagePack} from '../languages/pack.js'

const terminalMark = /[.!?…:;]$/
const closing = /^[»"”“’'\])}]+$/

/**
 * Read the tree into the working model.
 *
 * Offsets are counted from the tree itself (the sum of the text before each
 * node), so they hold for any tree whose text is the input, with or without
 * positions.
 *
 * @param tree The nlcst root made by parse-latin or parse-english.
 * @param pack The language pack of the text.
 * @param publisher The outlet that publishes the text, if known.
 * @returns The document, with sentences and tokens and nothing found yet.
 */
export function readDocument(tree: Root, pack: LanguagePack, publisher: string | undefined): Doc {
  const sentences: Sentence[] = []
  let text = ''
  let paragraph = -1

  const visit = (node: Nodes, inParagraph: boolean): void => {
    if (node.type === 'ParagraphNode') {
      paragraph++
      for (const child of node.children) visit(child, true)
      return
    }
    if (node.type === 'SentenceNode') {
      if (!inParagraph) paragraph++
      sentences.push(readSentence(node, sentences.length, paragraph, text.length))
      text += sentences[sentences.length - 1]!.text
      return
    }
    if (node.type === 'RootNode') {
      for (const child of node.children) visit(child, false)
      return
    }
    text += toString(node)
  }

  visit(tree, false)
  return {text, language: pack.language, pack, publisher, sentences, quotes: [], entities: []}
}

function readSentence(node: SentenceNode, index: number, paragraph: number, offset: number): Sentence {
  const tokens: Token[] = []
  let start = offset
  let words = 0
  for (const child of node.children) {
    const value = toString(child)
    const type =
      child.type === 'WordNode'
        ? 'word'
        : child.type === 'PunctuationNode'
          ? 'punctuation'
          : child.type === 'WhiteSpaceNode'
            ? 'whitespace'
            : 'symbol'
    if (type === 'word') words++
    if (value.length > 0) {
      tokens.push({index: tokens.length, text: value, lower: value.toLowerCase(), start, end: start + value.length, type, quote: -1})
    }
    start += value.length
  }
  const text = tokens.map((t) => t.text).join('')
  return {
    index,
    node,
    paragraph,
    start: offset,
    end: start,
    text,
    tokens,
    words,
    terminal: isTerminal(tokens),
    quoted: 0,
    quote: -1,
    cues: [],
    named: [],
    attribution: undefined
  }
}

function isTerminal(tokens: Token[]): boolean {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!
    if (token.type === 'whitespace' || closing.test(token.text)) continue
    return terminalMark.test(token.text)
  }
  return false
}
