/**
 * Stage 1, parse: flatten the parser's nlcst tree into sentences of tokens
 * with offsets into the input. The sentences are the parser's own
 * `SentenceNode`s, in order, none skipped.
 */
import type {Root, Sentence as SentenceNode, Nodes, RootContent, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {Doc, Sentence, Token} from './model.js'
import type {LanguagePack} from '../languages/pack.js'

const terminalMark = /[.!?…:;]$/
const closing = /^[»"”“’'\])}]+$/

/**
 * Read the tree into the working model.
 *
 * Offsets are counted from the tree itself (the length of the text before
 * each node), so they hold for any tree whose text is the input, with or
 * without positions.
 *
 * @param tree The nlcst root made by parse-latin or parse-english.
 * @param pack The language pack of the text.
 * @param publisher The outlet that publishes the text, if known.
 * @param input The text the tree was parsed from, if at hand (else the tree is read for it).
 * @returns The document, with sentences and tokens and nothing found yet.
 */
export function readDocument(tree: Root, pack: LanguagePack, publisher: string | undefined, input?: string): Doc {
  const sentences: Sentence[] = []
  let offset = 0
  let paragraph = -1

  const visit = (node: RootContent, inParagraph: boolean): void => {
    if (node.type === 'ParagraphNode') {
      paragraph++
      for (const child of node.children) visit(child, true)
      return
    }
    if (node.type === 'SentenceNode') {
      if (!inParagraph) paragraph++
      const sentence = readSentence(node, sentences.length, paragraph, offset)
      sentences.push(sentence)
      offset = sentence.end
      return
    }
    offset += textOf(node).length
  }

  for (const child of tree.children) visit(child, false)
  const capitals = capitalsInside(sentences)
  for (const sentence of sentences) sentence.capitals = capitals
  // (The input, when the tree spells it, spares joining it again; the sentences' texts are slices of the text.)
  const text = input !== undefined && input.length === offset ? input : toString(tree)
  for (const sentence of sentences) sentence.text = text.slice(sentence.start, sentence.end)
  return {text, language: pack.language, pack, publisher, sentences, quotes: [], entities: []}
}

/** The text of a node: its value, or its children's joined (no recursion for the usual leaves). */
function textOf(node: Nodes): string {
  if ('value' in node) return node.value
  if (!('children' in node)) return ''
  let value = ''
  for (const child of node.children as Nodes[]) value += textOf(child)
  return value
}

const types: Record<SentenceContent['type'], Token['type']> = {
  WordNode: 'word',
  PunctuationNode: 'punctuation',
  WhiteSpaceNode: 'whitespace',
  SymbolNode: 'symbol',
  SourceNode: 'symbol'
}

function readSentence(node: SentenceNode, index: number, paragraph: number, offset: number): Sentence {
  const tokens: Token[] = []
  let start = offset
  let words = 0
  for (const child of node.children) {
    const value = textOf(child)
    const type = types[child.type] ?? 'symbol'
    if (type === 'word') words++
    if (value.length > 0) {
      // (Only words have a lower case worth making.)
      tokens.push({index: tokens.length, text: value, lower: type === 'word' ? value.toLowerCase() : value, start, end: start + value.length, type, quote: -1})
    }
    start += value.length
  }
  return {
    index,
    node,
    paragraph,
    start: offset,
    end: start,
    // (Set from the document's text once it is read.)
    text: '',
    tokens,
    words,
    terminal: isTerminal(tokens),
    quoted: 0,
    quote: -1,
    cues: [],
    attribution: undefined,
    readings: undefined,
    capitals: noCapitals
  }
}

const noCapitals: ReadonlySet<string> = new Set()
const capital = /^\p{Lu}/u
/** Marks after which a word goes on a sentence rather than opening one. */
const inside = /^[,;()\[\]]$/

/** Lower-case forms of the words written with a capital after a word or a comma, anywhere in the document. */
function capitalsInside(sentences: Sentence[]): Set<string> {
  const found = new Set<string>()
  for (const sentence of sentences) {
    let previous: Token | undefined
    for (const token of sentence.tokens) {
      if (token.type === 'whitespace') continue
      if (token.type === 'word' && previous && (previous.type === 'word' || inside.test(previous.text)) && capital.test(token.text) && token.text !== token.text.toUpperCase()) {
        found.add(token.lower)
      }
      previous = token
    }
  }
  return found
}

function isTerminal(tokens: Token[]): boolean {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!
    if (token.type === 'whitespace' || closing.test(token.text)) continue
    return terminalMark.test(token.text)
  }
  return false
}
