#!/usr/bin/env node
// Scores the built library on the shared data and prints one table (run `npm run eval`):
// the reference article (score-gold.mjs) and the annotated corpora (score-corpus.mjs).
// The data and the scoring scripts live in ../shared, beside the project; nothing is copied.
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const shared = path.join(root, '..', 'shared')
if (!fs.existsSync(path.join(shared, 'eval', 'score-corpus.mjs'))) {
  console.error(`eval: the shared data is not at ${shared}`)
  process.exit(2)
}
const node = (script, args) => execFileSync(process.execPath, [path.join(shared, 'eval', script), ...args], {cwd: root, encoding: 'utf8'})

let gold
try {
  gold = node('score-gold.mjs', ['--quiet'])
} catch (error) {
  gold = error.stdout ?? ''
}
const goldLine = gold.trim().split('\n').pop()

const corpora = ['polnear-dev.jsonl', 'adaq-ru-dev.jsonl'].map((name) => path.join(shared, 'corpus', name))
const rows = JSON.parse(node('score-corpus.mjs', ['--json', ...corpora]).trim().split('\n').pop())

const date = new Date().toISOString().slice(0, 10)
console.log(`Scores of ${date}`)
console.log('')
console.log(`Reference article: ${goldLine}`)
console.log('')
console.log('| corpus | documents | sentences | detection F1 (P / R) | sourced F1 (P / R) | source chars F1 | cue chars F1 |')
console.log('| --- | ---: | ---: | --- | --- | ---: | ---: |')
for (const r of rows) {
  console.log(
    `| ${r.file} | ${r.documents} | ${r.sentences} | ${r.detection.f1} (${r.detection.p} / ${r.detection.r}) | ${r.sourced.f1} (${r.sourced.p} / ${r.sourced.r}) | ${r.sourceChars.f1} | ${r.cueChars.f1} |`
  )
}
