/**
 * Russian morphology from the `az` package (OpenCorpora dictionaries).
 *
 * The dictionaries are read once per process, on first use, from the
 * installed `az` package (never from the working folder). `az` loads them
 * through callbacks; we hand it a synchronous reader so that the plugin can
 * run inside `processSync` too.
 */
import {createRequire} from 'node:module'
import path from 'node:path'
import fs from 'node:fs'

/** One reading of a word, reduced to what the pipeline asks. */
export interface RuParse {
  /** Dictionary form, lower case. */
  lemma: string
  /** Part of speech (OpenCorpora: NOUN, ADJF, VERB, INFN, GRND, PRTF, PREP, CONJ, NPRO, …). */
  pos: string
  /** Case, when inflected for case (nomn, gent, datv, accs, ablt, loct, …). */
  case: string | undefined
  /** Number: sing or plur. */
  number: string | undefined
  /** Gender: masc, femn or neut. */
  gender: string | undefined
  /** Tense of verbs: past, pres, futr. */
  tense: string | undefined
  /** A verb of the speaking `we` (`напомним`, `отметим`: first person plural, or `let us`). */
  weForm: boolean
  /** A first name, surname or patronymic. */
  name: boolean
  /** A first name. */
  firstName: boolean
  /** A place name. */
  place: boolean
  /** An organisation name. */
  org: boolean
  /** Does not inflect (`Гарсиа`, `США`). */
  fixed: boolean
  /** Animate noun. */
  animate: boolean
  /** Likelihood given by the dictionary. */
  score: number
  /** Read from the dictionary itself, not guessed from the ending of an unknown word. */
  dictionary: boolean
  /** The nominative of this reading with the same number, when it has one. */
  nominative: () => string | undefined
}

interface AzParse {
  word: string
  parser?: string
  score: number
  tag: Record<string, string | boolean | undefined> & {toString(): string}
  normalize(): AzParse | false
  inflect(grammemes: string[]): AzParse | false
}

interface AzModule {
  load: (url: string, type: string, callback: (error: Error | null, data?: unknown) => void) => void
  Morph: ((word: string) => AzParse[]) & {init: (path: string, callback: (error: Error | null) => void) => void}
}

let az: AzModule | undefined

/** Read the dictionaries, once. */
function morph(): AzModule['Morph'] {
  if (az) return az.Morph
  const require = createRequire(import.meta.url)
  const module = require('az') as AzModule
  const dicts = path.join(path.dirname(require.resolve('az/package.json')), 'dicts')
  const queue: Array<() => void> = []
  const original = module.load
  // `az` counts pending loads and finishes when the count drops to zero; a
  // callback that fires at once would finish it early, so we queue them.
  module.load = (url, type, callback) => {
    queue.push(() => {
      let data: Buffer | string
      try {
        data = fs.readFileSync(url, type === 'json' ? 'utf8' : null)
      } catch (error) {
        callback(error as Error)
        return
      }
      if (typeof data === 'string') callback(null, JSON.parse(data))
      else callback(null, data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength))
    })
  }
  let failure: Error | null = null
  try {
    module.Morph.init(dicts, (error) => {
      failure = error
    })
    while (queue.length > 0) queue.shift()!()
  } finally {
    module.load = original
  }
  if (failure) throw new Error(`retext-attribution: cannot read the Russian dictionaries in ${dicts}: ${String(failure)}`)
  az = module
  return module.Morph
}

/**
 * A site's name: a word, a dot and a top-level domain (`Лента.ру`, `Газета.Ru`, `Фонтанка.ру`);
 * the domains are few, so that two sentences run together (`Путин.Он`) are no site.
 */
export const siteName = /^([А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)?)(\.(?:ру|рф|ru|rf|su|com|net|org|info|ua|by|kz|uz|io|tv|media))$/i

/**
 * A reading of a site's name: the word before the dot declines, the domain
 * stays as written (`Ленты.ру` is the genitive of `Лента.ру`).
 */
function asSite(reading: RuParse, domain: string): RuParse {
  const lemma = reading.lemma + domain.toLowerCase()
  return {
    ...reading,
    lemma,
    org: true,
    nominative() {
      const form = reading.nominative()
      return form === undefined ? undefined : form + domain
    }
  }
}

const cache = new Map<string, readonly RuParse[]>()
const cacheLimit = 200_000
const noParses: readonly RuParse[] = Object.freeze([])

/**
 * Readings of a Russian word, most likely first.
 *
 * @param word The word as written.
 * @returns Its readings (at most five), or none for words `az` cannot read.
 */
export function analyze(word: string): readonly RuParse[] {
  const cached = cache.get(word)
  if (cached) return cached
  if (cache.size >= cacheLimit) cache.clear()
  let parses: readonly RuParse[] = noParses
  const site = siteName.exec(word)
  if (site) parses = Object.freeze(analyze(site[1]!).filter((r) => r.pos === 'NOUN').map((r) => asSite(r, site[2]!)))
  else if (/[А-Яа-яЁё]/.test(word) && word.length < 64) {
    const read = morph()
    try {
      const all = read(word).filter((p) => typeof p.word === 'string')
      // The five likeliest, and a surname in the nominative singular ranked below them: the
      // dictionary guesses unknown surnames poorly (`Силуанов` as a plural of `Силуан`).
      const kept = all.slice(0, 5)
      const name = all.slice(5).find((p) => p.tag.Surn && p.tag.NMbr === 'sing' && p.tag.CAse === 'nomn')
      if (name) kept.push(name)
      parses = Object.freeze(kept.map((p) => toParse(p, word)))
    } catch {
      // `az` fails on a few odd spellings; such a word simply has no reading.
      parses = noParses
    }
  }
  cache.set(word, parses)
  return parses
}

function toParse(p: AzParse, word: string): RuParse {
  const tag = p.tag
  const normal = p.normalize()
  const base = normal && typeof normal.word === 'string' ? normal.word : p.word || word.toLowerCase()
  let nominative: string | undefined | null = null
  return {
    lemma: base.replace(/ё/g, 'е'),
    pos: String(tag.POS ?? ''),
    case: typeof tag.CAse === 'string' ? tag.CAse : undefined,
    number: typeof tag.NMbr === 'string' ? tag.NMbr : undefined,
    gender: typeof tag.GNdr === 'string' ? tag.GNdr : undefined,
    tense: typeof tag.TEns === 'string' ? tag.TEns : undefined,
    name: Boolean(tag.Name || tag.Surn || tag.Patr),
    firstName: Boolean(tag.Name),
    place: Boolean(tag.Geox),
    org: Boolean(tag.Orgn),
    fixed: Boolean(tag.Fixd),
    animate: Boolean(tag.anim),
    weForm: tag.POS === 'VERB' && ((tag.PErs === '1per' && tag.NMbr === 'plur') || tag.MOod === 'impr'),
    score: p.score,
    dictionary: p.parser === 'Dictionary',
    nominative() {
      if (nominative === null) {
        const grammemes = ['nomn']
        if (typeof tag.NMbr === 'string') grammemes.push(tag.NMbr)
        // Adjectives and names keep their gender (`Соболева` stays feminine); common nouns have one.
        const named = tag.Name || tag.Surn || tag.Patr
        if (tag.NMbr === 'sing' && typeof tag.GNdr === 'string' && (tag.POS !== 'NOUN' || named)) grammemes.push(tag.GNdr)
        const form = tag.CAse ? p.inflect(grammemes) : false
        // (A form of another stem is the dictionary merging lexemes, `первого` → `один`: none.)
        nominative = form && typeof form.word === 'string' && form.word.slice(0, 2) === word.toLowerCase().slice(0, 2) ? form.word : undefined
      }
      return nominative
    }
  }
}
