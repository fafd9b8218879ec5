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
import type {Point} from 'unist'
import {ParseEnglish} from 'parse-english'
import {ParseLatin} from 'parse-latin'
import {location} from 'vfile-location'
import type {Language} from '../schema.js'
import {rootExtensions} from './split.js'

/** Characters parsed in one call, at least (a batch ends at the next blank line). */
const batch = 16_384
/**
 * Characters parsed in one call, at most: a paragraph longer than this is cut
 * at a sentence end (or a space). The parsers' own passes grow faster than
 * the text within one huge sentence; no paragraph of real prose comes near.
 */
const piece = 65_536
/** A sentence end and the space after it, or any space: where a huge paragraph may be cut. */
const sentenceEnd = /[.!?…][»"”’)\]]*\s+/g
const space = /\s+/g

/** A line break, then one or more lines holding only spaces and tabs: a blank line (it starts at a line break, so it cannot backtrack over a long run of spaces). */
const blankLine = /(?:\r\n|\n|\r)(?:[ \t]*(?:\r\n|\n|\r))+/g

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
  const parse = (from: number, to: number): void => {
    const tree = parser.parse(text.slice(from, to))
    const base = place.toPoint(from)
    for (const child of tree.children) {
      if (base && from > 0) shift(child, base)
      children.push(child)
    }
  }
  const add = (end: number): void => {
    while (end - start > piece) {
      const cut = cutBefore(text, start, start + piece)
      parse(start, cut)
      start = cut
    }
    if (end > start) parse(start, end)
  }
  for (const match of text.matchAll(blankLine)) {
    // Paragraphs are parsed in batches of about `batch` characters: small enough to stay
    // linear, large enough that the cost of each call does not add up.
    if (match.index - start < batch) continue
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

/** The last sentence end in the second half of a stretch, else its last space, else its end. */
function cutBefore(text: string, from: number, to: number): number {
  const stretch = text.slice(from + (to - from) / 2, to)
  const offset = to - stretch.length
  let cut = -1
  for (const match of stretch.matchAll(sentenceEnd)) cut = match.index + match[0].length
  if (cut === -1) for (const match of stretch.matchAll(space)) cut = match.index + match[0].length
  // (Not at the very end: the space may go on past it.)
  return cut > 0 && cut < stretch.length ? offset + cut : to
}

/**
 * Move the positions of a subtree parsed on its own to where it stands, in
 * place: each leaf owns its points, so leaves are moved, and a parent's
 * position is set again from its first and last child (as the parser does).
 */
function shift(node: Nodes, base: Point): void {
  if ('children' in node) {
    const children = node.children as Nodes[]
    for (const child of children) shift(child, base)
    const first = children[0]?.position
    const last = children[children.length - 1]?.position
    if (first && last) node.position = {start: first.start, end: last.end}
    return
  }
  if (node.position) {
    move(node.position.start, base)
    move(node.position.end, base)
  }
}

function move(point: Point, base: Point): void {
  if (point.line === 1) point.column += base.column - 1
  point.line += base.line - 1
  point.offset = (point.offset ?? 0) + (base.offset ?? 0)
}
