/**
 * Sentences of our own making, in both languages, each with its expected
 * chain: `test/fixtures/*-sentences.json` (adding a case is adding a line).
 */
import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import {annotateSync} from '../src/index.js'

interface Case {
  text: string
  chain: string[]
  cue?: string
  mode?: string
  flags?: string[]
  channel?: string | null
  /** Flags the attribution must not have. */
  notFlags?: string[]
  /** The cue's whole text. */
  cueIs?: string
  /** The text of the last link's mention. */
  mention?: string
  /** The kind of each link, outermost first. */
  kinds?: string[]
}

for (const language of ['ru', 'en'] as const) {
  const cases = JSON.parse(fs.readFileSync(new URL(`fixtures/${language}-sentences.json`, import.meta.url), 'utf8')) as Case[]
  describe(`${language} sentences`, () => {
    it('has enough cases', () => {
      expect(cases.length).toBeGreaterThanOrEqual(language === 'ru' ? 40 : 25)
    })
    for (const c of cases) {
      it(c.text, () => {
        const a = annotateSync(c.text, {language}).sentences[0]!.attribution
        const names = a ? a.chain.map((s) => s.name) : []
        expect(names, 'chain').toHaveLength(c.chain.length)
        c.chain.forEach((pattern, i) => expect(names[i], `link ${i}`).toMatch(new RegExp(pattern, 'i')))
        if (c.cue) expect(a?.cue?.text.toLowerCase()).toContain(c.cue.toLowerCase())
        if (c.cueIs) expect(a?.cue?.text).toBe(c.cueIs)
        if (c.kinds) expect(a?.chain.map((s) => s.kind)).toEqual(c.kinds)
        if (c.mention) expect(a?.chain.at(-1)?.mention?.text).toBe(c.mention)
        if (c.mode) expect(a?.mode).toBe(c.mode)
        for (const flag of c.flags ?? []) expect(a?.flags).toContain(flag)
        for (const flag of c.notFlags ?? []) expect(a?.flags ?? []).not.toContain(flag)
        if (c.channel !== undefined) expect(a?.chain.at(-1)?.channel).toBe(c.channel ?? undefined)
        if (a?.cue) expect(c.text.slice(a.cue.start, a.cue.end)).toBe(a.cue.text)
      })
    }
  })
}
