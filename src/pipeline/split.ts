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
 * Split sentences after `on X.` and the like.
 *
 * @param paragraph A paragraph, as the parser made it.
 */
export function splitAfterNetwork(paragraph: Paragraph): void {
  for (let index = 0; index < paragraph.children.length; index++) {
    const sentence = paragraph.children[index]
    if (!sentence || sentence.type !== 'SentenceNode') continue
    const children = sentence.children
    for (let i = 2; i < children.length - 2; i++) {
      const word = children[i]
      if (!word || word.type !== 'WordNode' || !isNetworkWithStop(word)) continue
      const space = children[i + 1]
      const previousWord = children[i - 2]
      if (space?.type !== 'WhiteSpaceNode' || previousWord?.type !== 'WordNode' || !channelContext.test(toString(previousWord))) continue
      // Detach the full stop from the letter and end the sentence there.
      const stop = word.children.pop()!
      if (word.position && stop.position) word.position.end = stop.position.start
      const rest: Sentence = {type: 'SentenceNode', children: children.slice(i + 2)}
      sentence.children = [...children.slice(0, i + 1), stop as Sentence['children'][number]]
      if (sentence.position && stop.position && rest.children[0]?.position) {
        rest.position = {start: rest.children[0].position.start, end: sentence.position.end}
        sentence.position = {start: sentence.position.start, end: stop.position.end}
      }
      paragraph.children.splice(index + 1, 0, space, rest)
      break
    }
  }
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

/** The extensions to register on a retext parser (`nlcstRootExtensions`). */
export const rootExtensions = [splitAfterNetworkInRoot]
