/**
 * Types of the data the plugin puts on nlcst nodes, declared by augmenting
 * the nlcst `Data` interfaces.
 */
import type {Attribution} from './schema.js'
import type {DocumentData} from './export/annotation.js'

declare module 'nlcst' {
  interface SentenceData {
    /** Who the sentence is attributed to and how well sourced it is; `null` when it is not attributed. */
    attribution?: Attribution | null | undefined
  }
  interface RootData {
    /** The document's language and table of sources. */
    attribution?: DocumentData | undefined
  }
}

export {}
