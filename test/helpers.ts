/** Shared helpers of the tests. */
import {annotateSync, type AnnotatedDocument} from '../src/index.js'
import type {Attribution} from '../src/schema.js'

/**
 * Annotate a text and return the attribution of one sentence.
 *
 * @param text The text.
 * @param language Its language.
 * @param index Which sentence (default: the first).
 * @returns The sentence's attribution, or null.
 */
export function attributionOf(text: string, language: 'ru' | 'en', index = 0): Attribution | null {
  const doc = annotateSync(text, {language})
  const sentence = doc.sentences[index]
  if (!sentence) throw new Error(`no sentence ${index} in ${JSON.stringify(text)}`)
  return sentence.attribution
}

/**
 * The chain of every sentence, as names.
 *
 * @param doc An annotated document.
 * @returns One list of names per sentence.
 */
export function chains(doc: AnnotatedDocument): string[][] {
  return doc.sentences.map((s) => (s.attribution ? s.attribution.chain.map((x) => x.name) : []))
}
