/**
 * The README's examples say what they yield: run them and compare, so the
 * documentation cannot drift from the code.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import {annotateSync} from '../src/index.js'

const readme = fs.readFileSync(new URL('../README.md', import.meta.url), 'utf8')

/** The fenced blocks of a language, in order. */
function blocks(language: string): string[] {
  const found: string[] = []
  const fence = new RegExp('^```' + language + '\\n([\\s\\S]*?)^```', 'gm')
  for (const match of readme.matchAll(fence)) found.push(match[1]!)
  return found
}

describe('README examples', () => {
  it('shows what `annotate` yields for its first example', () => {
    const [code, yields] = blocks('js')
    const text = /annotate\(\n\s*'([^']+)'\n\s*\)/.exec(code!)?.[1]
    expect(text).toBeDefined()
    // The yielded object is written as a JavaScript literal.
    const expected = new Function(`return (${yields})`)() as unknown
    expect(annotateSync(text!).sentences[0]).toEqual(expected)
  })

  it('shows what the pipeline example prints', () => {
    const printed = blocks('txt')[0]!
    const run = spawnSync(process.execPath, [new URL('../examples/pipeline.js', import.meta.url).pathname], {encoding: 'utf8'})
    expect(run.status).toBe(0)
    expect(run.stdout.trim()).toBe(printed.trim())
  })
})
