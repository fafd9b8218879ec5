#!/usr/bin/env node
/**
 * The command line: a file or standard input in; a terminal report, JSON or
 * annotated HTML out.
 *
 *     retext-attribution [FILE|-] [--format report|json|html] [--language ru|en]
 *                        [--publisher NAME] [--output FILE]
 */
import fs from 'node:fs'
import {parseArgs} from 'node:util'
import {annotateSync} from './annotate.js'
import {toHtml} from './export/html.js'
import {toReport} from './export/report.js'
import {OptionsError} from './schema.js'

const usage = `Usage: retext-attribution [FILE|-] [options]

Marks every sentence of a news text with who it is attributed to and how well
sourced it is. Reads FILE (UTF-8, with or without BOM) or standard input.

Options:
  -f, --format <report|json|html>  output format (default: report)
  -l, --language <ru|en>           language of the text (default: detected)
  -p, --publisher <name>           the outlet that publishes the text
  -o, --output <file>              write to a file instead of standard output
  -h, --help                       show this help
  -v, --version                    show the version
`

const formats = ['report', 'json', 'html'] as const

/** A problem the user can fix: printed without a stack, exit status 1. */
class UsageError extends Error {}

async function main(argv: string[]): Promise<void> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: {type: 'string', short: 'f', default: 'report'},
        language: {type: 'string', short: 'l'},
        publisher: {type: 'string', short: 'p'},
        output: {type: 'string', short: 'o'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${usage}`)
  }
  const {values, positionals} = parsed
  if (values.help) {
    process.stdout.write(usage)
    return
  }
  if (values.version) {
    process.stdout.write(`${await version()}\n`)
    return
  }
  if (positionals.length > 1) throw new UsageError(`expected one input file, got ${positionals.length}: ${positionals.join(', ')}`)
  const format = values.format as (typeof formats)[number]
  if (!formats.includes(format)) throw new UsageError(`unknown --format \`${values.format}\` (expected ${formats.join(', ')})`)

  const input = positionals[0] ?? '-'
  const text = decode(input === '-' ? await readStdin() : readFile(input))
  const doc = annotateSync(text, {language: values.language as 'ru' | 'en' | undefined, publisher: values.publisher})
  const out =
    format === 'json'
      ? `${JSON.stringify({language: doc.language, sentences: doc.sentences, sources: doc.sources}, null, 2)}\n`
      : format === 'html'
        ? `${toHtml(doc.tree, {title: input === '-' ? 'Attribution report' : `Attribution: ${input}`})}\n`
        : toReport(doc, {color: !values.output && process.stdout.isTTY === true && !process.env.NO_COLOR})
  if (values.output) fs.writeFileSync(values.output, out)
  else process.stdout.write(out)
}

function readFile(file: string): Buffer {
  try {
    return fs.readFileSync(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(code === 'ENOENT' ? `no such file: ${file}` : code === 'EISDIR' ? `${file} is a directory` : `cannot read ${file}: ${(error as Error).message}`)
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** UTF-8, a byte-order mark dropped; CRLF kept, so offsets match the file without its BOM. */
function decode(buffer: Buffer): string {
  let text: string
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(buffer)
  } catch {
    throw new UsageError('input is not valid UTF-8')
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

async function version(): Promise<string> {
  const url = new URL('../package.json', import.meta.url)
  return (JSON.parse(fs.readFileSync(url, 'utf8')) as {version: string}).version
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof UsageError || error instanceof OptionsError ? error.message : (error as Error).stack ?? String(error)
  process.stderr.write(`retext-attribution: ${message.replace(/^retext-attribution: /, '')}\n`)
  process.exitCode = 1
})
