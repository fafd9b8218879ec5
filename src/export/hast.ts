/**
 * Annotated HTML as a hast tree: the input text, every character once and in
 * order, inside `[data-attribution="document"]`, each sentence a focusable
 * element marked with its level and mode whose chain, cue, flags and reasons
 * show on hover, focus or tap (pure CSS, no script); beside it a table of
 * sources and the document's figures.
 */
import type {Root as NlcstRoot, Nodes as NlcstNodes, Sentence} from 'nlcst'
import type {Element, ElementContent, Root as HastRoot} from 'hast'
import {h} from 'hastscript'
import {toString} from 'nlcst-to-string'
import type {Attribution, SourceSummary} from '../schema.js'
import {styles} from './styles.js'
import '../types.js'

/** Options of `toHast` and `toHtml`. */
export interface HtmlOptions {
  /** Make a fragment (the `<main>` only) rather than a whole page (default: false). */
  fragment?: boolean
  /** Title of the page (default: `Attribution report`). */
  title?: string
}

/**
 * Turn an annotated nlcst tree into a hast tree.
 *
 * @param tree A tree that went through `retextAttribution` (or `annotate(…).tree`).
 * @param options Page or fragment, and title.
 * @returns A hast root: a whole self-contained page, or a fragment.
 */
export function toHast(tree: NlcstRoot, options: HtmlOptions = {}): HastRoot {
  const data = tree.data?.attribution
  const language = data?.language
  const sentences: Array<Attribution | null> = []
  const content: ElementContent[] = []
  visit(tree, content, sentences)

  const title = options.title ?? 'Attribution report'
  const main = h('main.ra', {lang: language}, [
    h('header.ra-head', [h('h1', title), legend()]),
    h('div.ra-body', [
      h('article.ra-doc', {dataAttribution: 'document', lang: language}, content),
      h('aside.ra-side', [figures(sentences), sourceTable(data?.sources ?? [])])
    ])
  ])
  if (options.fragment) return {type: 'root', children: [main]}
  return {
    type: 'root',
    children: [
      {type: 'doctype'},
      h('html', {lang: language ?? 'und'}, [
        h('head', [
          h('meta', {charSet: 'utf-8'}),
          h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
          h('title', title),
          h('style', styles)
        ]),
        h('body', [main])
      ])
    ]
  }
}

/** Walk the tree in order: sentences become elements, everything else stays text. */
function visit(node: NlcstNodes, into: ElementContent[], sentences: Array<Attribution | null>): void {
  if (node.type === 'SentenceNode') {
    into.push(sentenceElement(node, sentences.length))
    sentences.push(node.data?.attribution ?? null)
    return
  }
  if (node.type === 'RootNode' || node.type === 'ParagraphNode') {
    for (const child of node.children) visit(child, into, sentences)
    return
  }
  const value = toString(node)
  if (value) into.push({type: 'text', value})
}

function sentenceElement(node: Sentence, index: number): Element {
  const text = toString(node)
  const a = node.data?.attribution
  if (!a) return h('span.ra-s', {dataIndex: index}, text)
  return h(
    'span.ra-s',
    {
      tabIndex: 0,
      dataIndex: index,
      dataLevel: a.confidence.level,
      dataMode: a.mode,
      dataFlags: a.flags.join(' ') || undefined,
      dataTip: tip(a),
      'aria-description': tip(a).replace(/\n/g, '; ')
    },
    text
  )
}

/** The card shown on hover or focus. */
function tip(a: Attribution): string {
  const chain = a.chain.map((s) => `${s.name} (${s.kind}${s.channel ? `, on ${s.channel}` : ''})`).join(' → ') || 'no source'
  const lines = [
    `Source: ${chain}`,
    `Mode: ${a.mode}`,
    `Confidence: ${a.confidence.level} ${a.confidence.score.toFixed(2)}`
  ]
  if (a.cue) lines.push(`Cue: “${a.cue.text}”`)
  if (a.flags.length > 0) lines.push(`Flags: ${a.flags.join(', ')}`)
  lines.push(`Why: ${a.confidence.reasons.join('; ')}`)
  return lines.join('\n')
}

function legend(): Element {
  return h('ul.ra-legend', {ariaLabel: 'Legend'}, [
    h('li', [h('span.ra-key', {dataLevel: 'high'}, 'high'), ' well sourced (solid underline)']),
    h('li', [h('span.ra-key', {dataLevel: 'medium'}, 'medium'), ' second-hand or inherited (dashed)']),
    h('li', [h('span.ra-key', {dataLevel: 'low'}, 'low'), ' anonymous, hedged or no source (dotted)']),
    h('li', 'Hover, focus (Tab) or tap a sentence to see its sources.')
  ])
}

function figures(sentences: Array<Attribution | null>): Element {
  const total = sentences.length
  const count = (test: (a: Attribution) => boolean): number => sentences.filter((a) => a && test(a)).length
  const share = (n: number): string => (total === 0 ? '0%' : `${Math.round((n / total) * 100)}%`)
  const attributed = count(() => true)
  const rows: Array<[string, number]> = [
    ['Attributed sentences', attributed],
    ['Anonymous sources', count((a) => a.flags.includes('anonymous-source'))],
    ['Hedged claims', count((a) => a.flags.includes('hedge'))],
    ['Denials', count((a) => a.flags.includes('denial'))],
    ['Self-citations', count((a) => a.flags.includes('self-citation'))],
    ['Claims with no source', count((a) => a.flags.includes('unattributed'))]
  ]
  return h('section.ra-figures', [
    h('h2', 'Figures'),
    h('dl', [
      h('dt', 'Sentences'),
      h('dd', String(total)),
      ...rows.flatMap(([label, n]) => [h('dt', label), h('dd', `${n} (${share(n)})`)])
    ])
  ])
}

function sourceTable(sources: SourceSummary[]): Element {
  return h('section.ra-sources', [
    h('h2', 'Sources'),
    sources.length === 0
      ? h('p', 'No attributed sentences.')
      : h('table', [
          h('thead', h('tr', [h('th', {scope: 'col'}, 'Source'), h('th', {scope: 'col'}, 'Kind'), h('th', {scope: 'col'}, 'Sentences'), h('th', {scope: 'col'}, 'Levels')])),
          h(
            'tbody',
            sources.map((s) =>
              h('tr', [
                h('th', {scope: 'row'}, s.name),
                h('td', s.kind),
                h('td', String(s.sentences)),
                h(
                  'td',
                  (['high', 'medium', 'low'] as const)
                    .filter((level) => s.levels[level] > 0)
                    .flatMap((level, i) => [...(i > 0 ? [' '] : []), h('span.ra-key', {dataLevel: level}, `${s.levels[level]} ${level}`)])
                )
              ])
            )
          )
        ])
  ])
}
