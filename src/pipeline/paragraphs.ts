/**
 * Stage 1, before reading: parse a text paragraph by paragraph.
 *
 * parse-latin and parse-english tokenise a whole text as one paragraph and
 * only then split it, which grows faster than the text (a 4 MB article takes
 * far more than four times a 1 MB one). A blank line always ends a sentence
 * and a paragraph for them, so parsing the stretches between blank lines on
 * their own gives the same sentences, in time linear in the text. Positions
 * are moved to where each stretch stands in the whole.
 */
import type {Nodes, Root, RootContent} from 'nlcst'
import type {Point, Position} from 'unist'
import {ParseEnglish} from 'parse-english'
import {ParseLatin} from 'parse-latin'
import {location} from 'vfile-location'
import type {Language} from '../schema.js'
import {rootExtensions} from './split.js'

/** A run of white space holding two or more line breaks: a blank line. */
const blankLine = /[ \t]*(?:\r\n|\n|\r)(?:[ \t]*(?:\r\n|\n|\r))+/g

/**
 * Parse a text into an nlcst tree, one paragraph at a time.
 *
 * @param text The text.
 * @param language Its language: `en` uses parse-english, `ru` parse-latin.
 * @returns The tree, positions into the whole text.
 */
export function parseByParagraph(text: string, language: Language): Root {
  const parser = language === 'en' ? new ParseEnglish() : new ParseLatin()
  parser.tokenizeRootPlugins.unshift(...rootExtensions)
  const place = location(text)
  const children: RootContent[] = []
  let start = 0
  const add = (end: number): void => {
    if (end <= start) return
    const tree = parser.parse(text.slice(start, end))
    const base = place.toPoint(start)
    for (const child of tree.children) {
      if (base && start > 0) shift(child, base)
      children.push(child)
    }
  }
  for (const match of text.matchAll(blankLine)) {
    add(match.index)
    const value = match[0]
    const from = place.toPoint(match.index)
    const to = place.toPoint(match.index + value.length)
    children.push({type: 'WhiteSpaceNode', value, ...(from && to ? {position: {start: from, end: to}} : {})})
    start = match.index + value.length
  }
  add(text.length)
  const root: Root = {type: 'RootNode', children}
  const first = place.toPoint(0)
  const last = place.toPoint(text.length)
  if (first && last && text.length > 0) root.position = {start: first, end: last}
  return root
}

/** Move the positions of a subtree parsed on its own to where it stands. */
function shift(node: Nodes, base: Point): void {
  if (node.position) node.position = moved(node.position, base)
  if ('children' in node) for (const child of node.children) shift(child, base)
}

function moved(position: Position, base: Point): Position {
  const point = (p: Point): Point => ({
    line: p.line + base.line - 1,
    column: p.line === 1 ? p.column + base.column - 1 : p.column,
    offset: (p.offset ?? 0) + (base.offset ?? 0)
  })
  return {start: point(position.start), end: point(position.end)}
}
