/**
 * A parser extension (stage 1): parse-english and parse-latin read a lone
 * capital before a full stop as an initial (`on X.` → the word `X.`), which
 * glues the next sentence on. After a preposition or a network noun the
 * letter is the network X, so the full stop ends the sentence.
 */
import type {Paragraph, Root, Sentence, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'

/** Words after which a lone `X` is the network (`on X`, `в соцсети Х`). */
const channelContext = /^(on|via|in|at|в|на|соцсети|сети|платформе|платформы|соцсеть)$/i
const network = /^[XХ]$/

/**
 * Split sentences after `on X.` and the like (one pass: the paragraph's
 * children are rebuilt, not spliced, so many splits stay linear).
 *
 * @param paragraph A paragraph, as the parser made it.
 */
export function splitAfterNetwork(paragraph: Paragraph): void {
  if (!paragraph.children.some((child) => child.type === 'SentenceNode' && child.children.some((node) => node.type === 'WordNode' && isNetworkWithStop(node)))) return
  const children: Paragraph['children'] = []
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') {
      children.push(sentence)
      continue
    }
    let current: Sentence = sentence
    let from = 0
    const nodes = sentence.children
    for (let i = 2; i < nodes.length - 2; i++) {
      const word = nodes[i]
      const space = nodes[i + 1]
      const previous = nodes[i - 2]
      if (word?.type !== 'WordNode' || !isNetworkWithStop(word) || space?.type !== 'WhiteSpaceNode') continue
      if (previous?.type !== 'WordNode' || !channelContext.test(toString(previous))) continue
      // Detach the full stop from the letter and end the sentence there.
      const stop = word.children.pop()!
      if (word.position && stop.position) word.position.end = stop.position.start
      const head: Sentence = {type: 'SentenceNode', children: [...nodes.slice(from, i + 1), stop as Sentence['children'][number]]}
      const first = nodes[from]
      if (first?.position && stop.position) head.position = {start: first.position.start, end: stop.position.end}
      children.push(head, space)
      from = i + 2
      current = {type: 'SentenceNode', children: []}
    }
    if (from === 0) {
      children.push(sentence)
      continue
    }
    current.children = nodes.slice(from)
    const first = current.children[0]
    if (first?.position && sentence.position) current.position = {start: first.position.start, end: sentence.position.end}
    if (current.children.length > 0) children.push(current)
  }
  paragraph.children = children
}

function isNetworkWithStop(word: Word): boolean {
  const [letter, stop] = word.children
  return word.children.length === 2 && letter !== undefined && network.test(toString(letter)) && stop?.type === 'PunctuationNode' && toString(stop) === '.'
}

/**
 * Split after `on X.` in every paragraph of a tree. It runs on the root,
 * after the parser's own paragraph rules, one of which (English initials)
 * would glue the sentences back together.
 *
 * @param root The tree, as the parser made it.
 */
export function splitAfterNetworkInRoot(root: Root): void {
  for (const child of root.children) if (child.type === 'ParagraphNode') splitAfterNetwork(child)
}

/** A dash, then a lower-case word: the words of whoever spoke the line before (`— спросил он`). */
const lowerStart = /^\p{Ll}/u
const dash = /^[—–]$/
const askedOrExclaimed = /[?!…]$/

/**
 * Join `«Это правда?» — спросил он.` and `— Это правда? — спросил он.` into one
 * sentence: the parser ends one at the question mark, but the line goes on
 * with who said it. (One pass: the paragraph's children are rebuilt.)
 *
 * @param paragraph A paragraph, as the parser made it.
 */
export function joinDialogue(paragraph: Paragraph): void {
  const nodes = paragraph.children
  const children: Paragraph['children'] = []
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!
    const previous = children[children.length - 2]
    const space = children[children.length - 1]
    if (node.type === 'SentenceNode' && previous?.type === 'SentenceNode' && space?.type === 'WhiteSpaceNode' && continuesLine(previous, node)) {
      // (In place: a long run of lines joins in linear time.)
      children.pop()
      previous.children.push(space, ...node.children)
      if (previous.position && node.position) previous.position = {start: previous.position.start, end: node.position.end}
      continue
    }
    children.push(node)
  }
  if (children.length !== nodes.length) paragraph.children = children
}

/** Does the sentence open with a dash and a lower-case word after one that ends in `?`, `!` or `…` (perhaps inside a quote)? */
function continuesLine(previous: Sentence, sentence: Sentence): boolean {
  const [first, gap, word] = sentence.children
  if (first?.type !== 'PunctuationNode' || !dash.test(toString(first)) || gap?.type !== 'WhiteSpaceNode' || word?.type !== 'WordNode') return false
  if (!lowerStart.test(toString(word))) return false
  // The last marks before it: `?`, `!` or `…`, perhaps then a closing quote.
  const tail = previous.children
  for (let i = tail.length - 1; i >= 0 && i >= tail.length - 3; i--) {
    const value = toString(tail[i]!)
    if (askedOrExclaimed.test(value)) return true
    if (!/^[»"”’]$/.test(value)) return false
  }
  return false
}

/** Join dialogue lines in every paragraph of a tree. */
export function joinDialogueInRoot(root: Root): void {
  for (const child of root.children) if (child.type === 'ParagraphNode') joinDialogue(child)
}

/** The extensions to register on a retext parser (`nlcstRootExtensions`). */
export const rootExtensions = [splitAfterNetworkInRoot, joinDialogueInRoot]
