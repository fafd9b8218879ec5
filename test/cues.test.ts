import {describe, expect, it} from 'vitest'
import {textOf} from '../src/pipeline/model.js'
import {runUntil} from './stages.js'

function cues(text: string, language: 'ru' | 'en'): Array<{text: string; role: string; lemma: string}> {
  const doc = runUntil(text, language, 'cues')
  return doc.sentences.flatMap((s) => s.cues.map((c) => ({text: textOf(s, c.first, c.last), role: c.role, lemma: c.lemma})))
}

describe('cues (Russian, by lemma)', () => {
  it('finds a reporting verb in every form', () => {
    for (const form of ['заявил', 'заявила', 'заявили', 'заявляет', 'заявляют', 'заявив']) {
      expect(cues(`Министр ${form}, что реформа начнется.`, 'ru'), form).toEqual([{text: form, role: 'verb', lemma: form.startsWith('заявл') ? 'заявлять' : 'заявить'}])
    }
  })

  it('reads impersonal forms as passive', () => {
    expect(cues('В докладе отмечается, что цены выросли.', 'ru')).toEqual([{text: 'отмечается', role: 'passive', lemma: 'отмечать'}])
    expect(cues('Сообщается, что завод закрыт.', 'ru')[0]).toMatchObject({role: 'passive', lemma: 'сообщать'})
  })

  it('finds frames', () => {
    expect(cues('По данным агентства, завод закрыт.', 'ru')).toEqual([{text: 'По данным', role: 'according', lemma: 'по данным'}])
    expect(cues('Агентство со ссылкой на источники сообщает об этом.', 'ru').map((c) => c.role)).toEqual(['citing', 'verb'])
  })

  it('leaves verbs of thinking without a clause alone', () => {
    expect(cues('Этот шаг предполагает отмену запретов.', 'ru')).toEqual([])
    expect(cues('Эксперты предполагают, что цены вырастут.', 'ru')).toHaveLength(1)
  })

  it('ignores cues inside reported speech', () => {
    expect(cues('«Он сказал нам, что всё решено заранее», — заявила Крылова.', 'ru').map((c) => c.text)).toEqual(['заявила'])
  })

  it('takes a name and a colon for a headline cue', () => {
    expect(cues('Песков: решение о встрече пока не принято.', 'ru')).toEqual([{text: ':', role: 'verb', lemma: ':'}])
    // An interview's turns are no names.
    expect(cues('Q: Do you expect the bill to pass this year?', 'en').filter((c) => c.text === ':')).toEqual([])
  })
})

describe('cues (English, forms from the derived table)', () => {
  it('reads `per` as a frame only before what is named or determined', () => {
    expect(cues('Per the report, the plant will close.', 'en').map((c) => c.role)).toContain('according')
    expect(cues('Per Reuters, the plant will close.', 'en').map((c) => c.role)).toContain('according')
    expect(cues("Puerto Rico's per capita income doubled from 1950 to 1960.", 'en')).toEqual([])
    expect(cues('The rent has been about $212,000 per month.', 'en')).toEqual([])
  })

  it('finds every form', () => {
    for (const [form, lemma] of [['said', 'say'], ['says', 'say'], ['told', 'tell'], ['denied', 'deny'], ['acknowledged', 'acknowledge'], ['reported', 'report']]) {
      expect(cues(`The minister ${form} that the plant would close.`, 'en')[0], form).toMatchObject({role: 'verb', lemma})
    }
  })

  it('takes auxiliaries and particles into the cue', () => {
    expect(cues('Belov has repeatedly said that he would win.', 'en')[0]?.text).toBe('has repeatedly said')
    expect(cues('She pointed out that the law was new.', 'en')[0]?.text).toBe('pointed out')
  })

  it('finds frames and sourceless adverbs', () => {
    expect(cues('According to the report, sales fell.', 'en')[0]).toMatchObject({role: 'according', text: 'According to'})
    expect(cues('The mayor reportedly resigned.', 'en')[0]).toMatchObject({role: 'adverb', text: 'reportedly'})
  })

  it('reads nouns as nouns', () => {
    expect(cues('The report was long.', 'en')).toEqual([])
    expect(cues('A class called “Perception” was taught.', 'en')).toEqual([])
  })
})
