import {describe, expect, it} from 'vitest'
import {runUntil} from './stages.js'

function quotes(text: string, language: 'ru' | 'en' = 'ru'): Array<{text: string; speech: boolean}> {
  const doc = runUntil(text, language, 'quotes')
  return doc.quotes.map((q) => ({text: text.slice(q.start, q.end), speech: q.speech}))
}

describe('quotes', () => {
  it('pairs every quote style', () => {
    for (const [open, close] of [['«', '»'], ['„', '“'], ['“', '”'], ['"', '"']]) {
      const text = `Он сказал: ${open}Мы не отступим ни на шаг${close}.`
      expect(quotes(text)).toEqual([{text: `${open}Мы не отступим ни на шаг${close}`, speech: true}])
    }
  })

  it('tells names and scare quotes from speech', () => {
    expect(quotes('Газета «Вечерний курьер» вышла.')).toEqual([{text: '«Вечерний курьер»', speech: false}])
  })

  it('takes short quotes set out as speech as speech', () => {
    expect(quotes('«Мы не отступим», — сказала она.')[0]?.speech).toBe(true)
    expect(quotes('“We won,” she said.', 'en')[0]?.speech).toBe(true)
  })

  it('pairs nested straight quotes', () => {
    const text = '"В результате событий "Союз правых сил" прекратил существование", - говорится в обращении.'
    const found = quotes(text)
    expect(found.map((q) => q.text)).toEqual([
      '"В результате событий "Союз правых сил" прекратил существование"',
      '"Союз правых сил"'
    ])
  })

  it('closes doubled apostrophes, and three of them after a single quote inside', () => {
    const text = "''It had me at 'independence,''' Mr. Weiner wrote. The deal closed. ''We are happy,'' he said."
    expect(quotes(text, 'en').map((q) => q.text)).toEqual(["''It had me at 'independence,'''", "''We are happy,''"])
  })

  it('runs a quote over several sentences', () => {
    const doc = runUntil('"Первое. Второе. Третье", — сказал он.', 'ru', 'quotes')
    expect(doc.quotes).toHaveLength(1)
    expect(doc.sentences.every((s) => s.quote === 0)).toBe(true)
  })

  it('closes an unpaired quote at the end of its paragraph', () => {
    const doc = runUntil('Он сказал: «Мы не отступим ни на шаг.\n\nНовый абзац.', 'ru', 'quotes')
    expect(doc.quotes[0]!.close).toBeUndefined()
    expect(doc.sentences[1]!.quoted).toBe(0)
  })

  it('leaves apostrophes alone', () => {
    expect(quotes("Clinton's aides said it's over.", 'en')).toEqual([])
  })
})
