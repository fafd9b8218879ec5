/**
 * Language detection by script: Cyrillic letters mean Russian, Latin letters
 * English. Enough for the two packs we have, instant, and it cannot be
 * fooled into a language we do not support.
 */
import type {Language} from '../schema.js'

const cyrillic = /\p{Script=Cyrillic}/u
const latin = /\p{Script=Latin}/u
/** Letters looked at: the start of a text tells its language. */
const sample = 20_000

/**
 * Detect the language of a text.
 *
 * @param text The text.
 * @returns `ru` when Cyrillic letters outnumber a third of the Latin ones, else `en`.
 */
export function detectLanguage(text: string): Language {
  let ru = 0
  let en = 0
  const end = Math.min(text.length, sample)
  for (let i = 0; i < end; i++) {
    const char = text[i]!
    if (char < 'A') continue
    if (cyrillic.test(char)) ru++
    else if (latin.test(char)) en++
  }
  return ru > 0 && ru * 3 >= en ? 'ru' : 'en'
}
