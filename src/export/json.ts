/**
 * The annotated tree as JSON and back. An nlcst tree is plain data, so JSON
 * keeps positions and annotations as they are; `fromJson` checks that what
 * comes back is a tree whose annotations fit the schema.
 */
import type {Root, Sentence} from 'nlcst'
import {visit} from 'unist-util-visit'
import {attributionSchema} from '../schema.js'
import '../types.js'

/**
 * Serialise an annotated tree.
 *
 * @param tree The tree.
 * @param space Indentation, as for `JSON.stringify`.
 * @returns JSON text.
 */
export function toJson(tree: Root, space?: number): string {
  return JSON.stringify(tree, null, space)
}

/**
 * Read an annotated tree back from JSON.
 *
 * @param json JSON text made by `toJson` (or `JSON.stringify`).
 * @returns The tree.
 * @throws {Error} When the text is not an nlcst root or an annotation does not fit the schema.
 */
export function fromJson(json: string): Root {
  const tree = JSON.parse(json) as Root
  if (!tree || typeof tree !== 'object' || tree.type !== 'RootNode' || !Array.isArray(tree.children)) {
    throw new Error('retext-attribution: JSON is not an nlcst tree (expected `type: "RootNode"` with `children`)')
  }
  visit(tree, 'SentenceNode', (node: Sentence) => {
    const attribution = node.data?.attribution
    if (attribution === undefined || attribution === null) return
    const result = attributionSchema.safeParse(attribution)
    if (!result.success) {
      const at = node.position ? ` at ${node.position.start.line}:${node.position.start.column}` : ''
      throw new Error(`retext-attribution: sentence${at} has an invalid attribution: ${result.error.issues[0]?.message ?? 'unknown'}`)
    }
  })
  return tree
}
