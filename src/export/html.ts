/**
 * Annotated HTML as a string: the hast tree of `toHast`, serialised by
 * hast-util-to-html (which escapes every character of the input that needs it).
 */
import type {Root} from 'nlcst'
import {toHtml as hastToHtml} from 'hast-util-to-html'
import {toHast, type HtmlOptions} from './hast.js'

/**
 * Turn an annotated nlcst tree into HTML.
 *
 * @param tree A tree that went through `retextAttribution` (or `annotate(…).tree`).
 * @param options Page (default) or fragment, and title.
 * @returns A self-contained HTML page (no external resources), or a fragment.
 */
export function toHtml(tree: Root, options: HtmlOptions = {}): string {
  return hastToHtml(toHast(tree, options))
}
