// Annotated HTML as a hast tree, taken further by a rehype plugin (here one
// that marks low-confidence sentences for an editor), then serialised.
// Run after `npm run build`.
import {rehype} from 'rehype'
import {visit} from 'unist-util-visit'
import {annotate, toHast} from '../dist/index.js'

const doc = await annotate('Эксперты полагают, что цены вырастут. Министр Ирина Соболева заявила, что цены не вырастут.')

/** A rehype plugin: add `class="needs-check"` to every low-level sentence. */
function rehypeFlagLow() {
  return (tree) => {
    visit(tree, 'element', (node) => {
      if (node.properties?.dataLevel === 'low') node.properties.className = [...(node.properties.className ?? []), 'needs-check']
    })
  }
}

const processor = rehype().data('settings', {fragment: true}).use(rehypeFlagLow)
const tree = await processor.run(toHast(doc.tree, {fragment: true}))
const html = processor.stringify(tree)
console.log(html.match(/<article[\s\S]*?<\/article>/)[0])
