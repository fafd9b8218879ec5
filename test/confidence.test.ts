import {describe, expect, it} from 'vitest'
import {annotateSync, levelOf, scale, thresholds} from '../src/index.js'
import {attributionOf} from './helpers.js'

describe('confidence', () => {
  it('rates a named source on record high', () => {
    const a = attributionOf('Министр Ирина Соболева заявила, что бюджет исполнен.', 'ru')
    expect(a?.confidence).toEqual({level: 'high', score: 0.75, reasons: ['named source on record +0.75']})
  })

  it('adds for a direct quote', () => {
    const a = attributionOf('«Бюджет исполнен полностью и в срок», — заявила министр Ирина Соболева.', 'ru')
    expect(a?.confidence.score).toBe(0.9)
    expect(a?.confidence.reasons).toContain('direct quote +0.15')
  })

  it('takes off for each hop, a hedge, a denial and inheritance', () => {
    const hop = attributionOf('Агентство Nordpress со ссылкой на доклад министерства сообщает, что завод закроют.', 'ru')
    expect(hop?.confidence.reasons.some((r) => r.startsWith('extra hop'))).toBe(true)
    const hedged = attributionOf('Министр Ирина Соболева якобы заявила, что уходит.', 'ru')
    expect(hedged?.confidence.reasons).toContain('hedge −0.20')
    const denial = attributionOf('Министр Ирина Соболева опровергла слухи.', 'ru')
    expect(denial?.confidence.reasons).toContain('denial −0.05')
    const doc = annotateSync('Согласно докладу министерства, расходы выросли. Больше всего выросли траты на оборону.', {language: 'ru'})
    expect(doc.sentences[1]?.attribution?.confidence.reasons).toContain('inherited from the paragraph −0.10')
  })

  it('rates anonymous sources and claims with no source low', () => {
    expect(attributionOf('Эксперты полагают, что цены вырастут.', 'ru')?.confidence.level).toBe('low')
    expect(attributionOf('Сообщается, что завод закрыт.', 'ru')?.confidence).toMatchObject({level: 'low', score: scale.none})
  })

  it('orders a second-hand report below the outlet’s own', () => {
    const own = attributionOf('Как пишет газета «Вечерний курьер», завод закрыт.', 'ru')!.confidence.score
    const hop = attributionOf('Как пишет газета «Вечерний курьер» со ссылкой на внутренние документы, завод закрыт.', 'ru')!.confidence.score
    expect(own).toBeGreaterThan(hop)
  })

  it('maps scores to levels at the documented thresholds', () => {
    expect(levelOf(thresholds.high)).toBe('high')
    expect(levelOf(thresholds.high - 0.01)).toBe('medium')
    expect(levelOf(thresholds.medium)).toBe('medium')
    expect(levelOf(thresholds.medium - 0.01)).toBe('low')
  })

  it('gives the same input the same score', () => {
    const text = 'Между тем премьер Олег Вязов, по данным газеты, опроверг сообщения о том, что он якобы уходит.'
    expect(annotateSync(text, {language: 'ru'})).toEqual(annotateSync(text, {language: 'ru'}))
  })
})
