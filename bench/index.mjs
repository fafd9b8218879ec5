#!/usr/bin/env node
// Throughput against bare parsing, in one process (run `npm run bench`).
// Builds about 1 MB of Russian and of English news from ../shared/corpus (read, not
// copied), times parse-latin / parse-english alone and `annotateSync` on the same text,
// then on 4x the text, and pathological inputs at 1x and 4x. Prints MB/s, ratios,
// the cold start (first Russian sentence, dictionary included) and peak memory.
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {ParseLatin} from 'parse-latin'
import {ParseEnglish} from 'parse-english'
import {annotateSync, parseByParagraph} from '../dist/index.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const corpus = path.join(here, '..', '..', 'shared', 'corpus')
const MB = 1024 * 1024
const runs = Number(process.env.BENCH_RUNS ?? 3)

function jsonl(name) {
  return fs.readFileSync(path.join(corpus, name), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
}

/** Paragraphs of news until `bytes` of UTF-8, cycling through the sources. */
function build(texts, bytes) {
  const parts = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const text = texts[i % texts.length]
    parts.push(text)
    size += Buffer.byteLength(text) + 2
  }
  return parts.join('\n\n')
}

let peak = 0
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().rss)
}

/** Best of `runs` timings, in ms. */
function time(fn) {
  let best = Infinity
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.()
    const start = performance.now()
    fn()
    best = Math.min(best, performance.now() - start)
    sample()
  }
  return best
}

const russian = [fs.readFileSync(path.join(corpus, 'seed-maduro.ru.txt'), 'utf8'), ...jsonl('adaq-ru-dev.jsonl').map((d) => d.text)]
const english = jsonl('polnear-train.jsonl').map((d) => d.text)

// Cold start: a fresh process, the first Russian sentence, dictionaries included.
const cold = Number(
  execFileSync(process.execPath, [
    '--input-type=module',
    '-e',
    `const t = performance.now(); const {annotateSync} = await import(${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)}); annotateSync('Министр заявил, что реформа начнется.', {language: 'ru'}); console.log(performance.now() - t)`
  ]).toString()
)

const rows = []
for (const [language, texts, Parser] of [['ru', russian, ParseLatin], ['en', english, ParseEnglish]]) {
  const one = build(texts, MB)
  const four = build(texts, 4 * MB)
  annotateSync(one.slice(0, 20_000), {language}) // warm up the JIT and the dictionaries
  const parse1 = time(() => new Parser().parse(one))
  const paragraphs1 = time(() => parseByParagraph(one, language))
  const annotate1 = time(() => annotateSync(one, {language}))
  const parse4 = time(() => new Parser().parse(four))
  const paragraphs4 = time(() => parseByParagraph(four, language))
  const annotate4 = time(() => annotateSync(four, {language}))
  const mb = Buffer.byteLength(one) / MB
  rows.push({
    language,
    mb,
    parseMBs: mb / (parse1 / 1000),
    paragraphsMBs: mb / (paragraphs1 / 1000),
    annotateMBs: mb / (annotate1 / 1000),
    ratio: annotate1 / parse1,
    ratioParagraphs: annotate1 / paragraphs1,
    ratio4: annotate4 / parse4,
    parseGrowth: parse4 / parse1,
    paragraphsGrowth: paragraphs4 / paragraphs1,
    growth: annotate4 / annotate1
  })
}

// Pathological inputs: time at n and 4n must grow no faster than the input.
const words = ['министр', 'сказал', 'что', 'агентство', 'пишет', 'эксперты', 'якобы', 'said', 'the', 'officials']
const hostile = {
  'no punctuation': (n) => Array.from({length: n}, (_, i) => words[i % words.length]).join(' '),
  'unpaired quotes': (n) => Array.from({length: n}, (_, i) => (i % 3 === 0 ? '«Он' : i % 3 === 1 ? 'сказал "' : 'что')).join(' '),
  'nested frames': (n) => Array.from({length: n}, (_, i) => (i % 2 ? 'со ссылкой на агентство' : 'по словам министра')).join(', ') + '.',
  'words passed on': (n) => Array.from({length: n / 12}, () => 'когда депутат от КПРФ Иван Петров передает слова экспертов, опрошенных «Коммерсантом»,').join(' ') + ' он заявил.',
  // One quote of endless remarks by the writer inside it, and a line of dialogue of endless sentences.
  'remarks in a quote': (n) => '«' + Array.from({length: n / 6}, () => 'Нет, — сказал министр. — Да, —').join(' ') + ' добавил он».',
  'one line of dialogue': (n) => '— ' + Array.from({length: n / 4}, () => 'Это неправда. Мы').join(' ') + ' уйдем, — ответил политик.',
  // An interview announced, then endless lines of dialogue, questions and answers in turn.
  'an endless interview': (n) => 'Министр Олег Вязов в интервью РБК рассказал о планах.\n\n' + Array.from({length: n / 8}, (_, i) => (i % 2 ? '— Мы не планируем. Это неправда.' : '— Будут ли расти тарифы?')).join('\n\n')
}
// English sentences that never end, each part a clause the grammar looks into: set-off
// relative clauses, titled anaphors, participles after a verb of saying.
const hostileEnglish = {
  'set-off clauses': (n) => Array.from({length: n / 10}, () => 'Cruz, who says Trump is attacking him, said that Smith, who claims it, told').join(' ') + ' them.',
  'titles and names': (n) => Array.from({length: n / 4}, (_, i) => (i % 2 ? 'the mayor said' : 'Mayor Ann Lee said')).join(', ') + '.',
  'participles': (n) => 'Smith said ' + Array.from({length: n / 7}, () => 'adding that the report released Monday said').join(', ') + '.',
  'one endless sentence': (n) => Array.from({length: n / 5}, () => 'Sen. Rand Paul (R-Ky.) said').join(' ') + ' it.',
  'opening clauses': (n) => Array.from({length: n / 12}, () => 'When Reuters quoted Peskov as saying so, said Ann Lee, a pollster in Ohio,').join(' ') + ' Lee said.',
  // Reports set against each other without end, and claims called false before closing verbs.
  'set-against clauses': (n) => 'The Kremlin said ' + Array.from({length: n / 8}, () => 'it is open to talks, but Kyiv says that').join(' ') + ' it is over.',
  'reports called false': (n) => 'The reports ' + Array.from({length: n / 6}, () => 'are false, the spokesman said, and').join(' ') + ' untrue.',
  // One transcript turn of endless sentences, its speaker's `I` and people reported inside it.
  'one endless turn': (n) => 'WALLACE: Let us start. ' + Array.from({length: n / 10}, () => 'I think they want safe homes. The governor said the roads were closed.').join(' ')
}
const hostileRows = []
for (const [language, set] of [['ru', hostile], ['en', hostileEnglish]]) {
  for (const [name, make] of Object.entries(set)) {
    const small = make(20_000)
    const large = make(80_000)
    const t1 = time(() => annotateSync(small, {language}))
    const t4 = time(() => annotateSync(large, {language}))
    hostileRows.push({name, language, kb: Buffer.byteLength(large) / 1024, growth: t4 / t1})
  }
}

const f = (x, digits = 2) => x.toFixed(digits)
console.log(`retext-attribution benchmark, ${new Date().toISOString().slice(0, 10)}, node ${process.version} (${process.execArgv.join(' ')}), best of ${runs}`)
console.log('')
console.log('Bare parsing is the parser alone on the whole text, as `retext()` runs it; `annotate` parses')
console.log('paragraph by paragraph (same sentences, linear time), so that is shown as well.')
console.log('')
console.log('| text | size | bare parse MB/s | parse by paragraph MB/s | annotate MB/s | annotate / bare parse | annotate / parse by paragraph | at 4x: annotate / bare parse | 4x input: bare parse costs | 4x input: parse by paragraph costs | 4x input: annotate costs |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const r of rows) {
  console.log(
    `| ${r.language} news | ${f(r.mb)} MB | ${f(r.parseMBs)} | ${f(r.paragraphsMBs)} | ${f(r.annotateMBs)} | ${f(r.ratio)} | ${f(r.ratioParagraphs)} | ${f(r.ratio4)} | ${f(r.parseGrowth)}x | ${f(r.paragraphsGrowth)}x | ${f(r.growth)}x |`
  )
}
console.log('')
console.log('| pathological input | language | size at 4x | 4x input costs |')
console.log('| --- | --- | ---: | ---: |')
for (const r of hostileRows) console.log(`| ${r.name} | ${r.language} | ${f(r.kb, 0)} KB | ${f(r.growth)}x |`)
console.log('')
console.log(`Cold start (new process, import and first Russian sentence, dictionary included): ${f(cold, 0)} ms`)
console.log(`Peak memory (RSS): ${f(peak / MB, 0)} MB`)
