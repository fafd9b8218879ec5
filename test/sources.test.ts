import {describe, expect, it} from 'vitest'
import {textOf} from '../src/pipeline/model.js'
import {runUntil} from './stages.js'
import {annotateSync} from '../src/index.js'

function source(text: string, language: 'ru' | 'en'): {text: string; name: string; kind: string} | undefined {
  const doc = runUntil(text, language, 'sources')
  for (const s of doc.sentences) {
    for (const c of s.cues) if (c.source) return {text: textOf(s, c.source.first, c.source.last), name: c.source.name, kind: c.source.kind}
  }
  return undefined
}

describe('sources (Russian)', () => {
  it('does not take a `мы` inside a quote for the publisher speaking', () => {
    expect(source('«Мы выполняем все обязательства», — сообщили в пресс-службе подрядчика.', 'ru')?.kind).toBe('organization')
    expect(source('Напомним, что «Городские новости» писали о недовольстве профсоюзов.', 'ru')?.kind).toBe('publisher')
  })

  it('takes an outlet told for the channel, not a person told', () => {
    const channel = (text: string): string | undefined => {
      const doc = annotateSync(text, {language: 'ru'})
      return doc.sentences[0]?.attribution?.chain.at(-1)?.channel
    }
    expect(channel('Министр рассказал «Известиям», что решение не принято.')).toBe('Известия')
    expect(channel('Министр рассказал журналистам, что решение не принято.')).toBeUndefined()
    expect(channel('Министр сказал Вязову, что решение не принято.')).toBeUndefined()
  })

  it('names a quoted outlet in the nominative, keeping its number', () => {
    expect(source('Как выяснили журналисты «Новой газеты», подрядчик срывал сроки.', 'ru')?.name).toBe('Новая газета')
    expect(source('По данным «Ведомостей», сделка сорвалась.', 'ru')?.name).toBe('Ведомости')
    expect(source('Как пишут «Ведомости», сделка сорвалась.', 'ru')?.name).toBe('Ведомости')
  })

  it('takes the whole noun phrase and a nominative name', () => {
    expect(source('Бывший посол Лаврании во Франции Борис Ветров сообщил, что переговоры возобновятся.', 'ru')).toEqual({
      text: 'Бывший посол Лаврании во Франции Борис Ветров',
      name: 'Борис Ветров',
      kind: 'person'
    })
  })

  it('puts inflected names in the nominative, keeping their gender', () => {
    expect(source('По словам Анны Крыловой, профсоюз готов.', 'ru')?.name).toBe('Анна Крылова')
    expect(source('По словам Олега Вязова, кабинет работает.', 'ru')?.name).toBe('Олег Вязов')
  })

  it('finds the subject after the verb in inverted order', () => {
    expect(source('«Решение принято», — заявил губернатор Игорь Белов.', 'ru')?.name).toBe('Игорь Белов')
    expect(source('Как пишет газета «Вечерний курьер», сделка сорвалась.', 'ru')).toMatchObject({name: 'Вечерний курьер', kind: 'media'})
  })

  it('skips a parenthetical between subject and verb', () => {
    expect(source('Премьер Олег Вязов, по данным газеты, опроверг слухи.', 'ru')?.name).toBe('газета')
    const doc = runUntil('Премьер Олег Вязов, по данным газеты, опроверг слухи.', 'ru', 'sources')
    expect(doc.sentences[0]!.cues.find((c) => c.role === 'verb')?.source?.name).toBe('Олег Вязов')
  })

  it('finds the place of a passive', () => {
    expect(source('В докладе министерства отмечается, что расходы выросли.', 'ru')).toMatchObject({name: 'доклад министерства', kind: 'document'})
  })

  it('tells kinds apart', () => {
    expect(source('Эксперты считают, что цены вырастут.', 'ru')?.kind).toBe('anonymous')
    expect(source('Агентство Nordpress сообщило, что завод закрыт.', 'ru')).toMatchObject({name: 'Nordpress', kind: 'media'})
    expect(source('Министерство обороны заявило, что учения завершены.', 'ru')?.kind).toBe('organization')
  })
})

describe('sources (English)', () => {
  it('takes the whole noun phrase, apposition included', () => {
    expect(source('Boris Vetrov, a former ambassador to France, said talks would resume.', 'en')).toMatchObject({
      text: 'Boris Vetrov, a former ambassador to France,',
      name: 'Boris Vetrov',
      kind: 'person'
    })
  })

  it('drops titles from the name', () => {
    expect(source('Finance Minister Irina Soboleva said the budget was balanced.', 'en')?.name).toBe('Irina Soboleva')
  })

  it('finds inverted subjects', () => {
    expect(source('"It is over," said Sen. Marco Vell.', 'en')?.name).toBe('Marco Vell')
  })

  it('tells outlets, bodies and unnamed sources apart', () => {
    expect(source('The Evening Courier reported that the deal collapsed.', 'en')?.kind).toBe('media')
    expect(source('The ministry said the exercise would go ahead.', 'en')?.kind).toBe('organization')
    expect(source('Officials familiar with the talks said the deal was off.', 'en')?.kind).toBe('anonymous')
  })

  it('finds the agent of a passive', () => {
    expect(source('The plan was first reported by the Daily Harbor.', 'en')?.name).toMatch(/Daily Harbor/)
  })

  it('takes no subject from far before its verb (a long sentence stays linear)', () => {
    const text = Array.from({length: 30}, () => 'Cruz, who says it, said that Smith, who claims it, told').join(' ') + ' them.'
    const doc = runUntil(text, 'en', 'sources')
    for (const cue of doc.sentences[0]!.cues) if (cue.source) expect(cue.source.last - cue.source.first).toBeLessThan(100)
  })

  it('reads an agency or bureau as a body unless it is a news agency', () => {
    expect(source('The International Atomic Energy Agency said the plant was safe.', 'en')?.kind).toBe('organization')
    expect(source('Xinhua News Agency reported the visit.', 'en')?.kind).toBe('media')
  })

  it('leaves a sentence adverb set off after the subject out of the mention', () => {
    expect(source('Democrats, however, said the bill did not go far enough.', 'en')?.text).toBe('Democrats')
  })

  it('leaves a participle set off after a name out of the mention', () => {
    expect(source('Treasury Secretary Janet Yellen, speaking on CNBC, said she was not worried.', 'en')?.text).toBe('Treasury Secretary Janet Yellen')
    expect(source('Boris Vetrov, a former ambassador, said the talks had failed.', 'en')?.text).toBe('Boris Vetrov, a former ambassador,')
  })
})
