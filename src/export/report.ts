/**
 * A readable terminal report: each sentence with its chain, mode, level and
 * flags, then the table of sources. Colour only when asked (on a TTY); the
 * level is always spelt out too.
 */
import type {AnnotatedSentence, Language, SourceSummary} from '../schema.js'

/** Options of `toReport`. */
export interface ReportOptions {
  /** Use ANSI colours (default: false). */
  color?: boolean
  /** Longest sentence excerpt shown, in characters (default: 100). */
  width?: number
}

/** What `toReport` needs: the result of `annotate`, or the same fields. */
export interface ReportInput {
  language: Language
  sentences: AnnotatedSentence[]
  sources: SourceSummary[]
}

const colors = {high: '\u001B[32m', medium: '\u001B[33m', low: '\u001B[31m', dim: '\u001B[2m', bold: '\u001B[1m', reset: '\u001B[0m'}

/**
 * Render an annotated document as a plain-text report.
 *
 * @param doc The result of `annotate`.
 * @param options Colour and width.
 * @returns The report, lines joined with `\n`, ending with a newline.
 */
export function toReport(doc: ReportInput, options: ReportOptions = {}): string {
  const color = options.color === true
  const width = options.width ?? 100
  const paint = (code: keyof typeof colors, value: string): string => (color ? `${colors[code]}${value}${colors.reset}` : value)
  const attributed = doc.sentences.filter((s) => s.attribution).length
  const lines: string[] = [
    paint('bold', `retext-attribution: ${plural(doc.sentences.length, 'sentence')} (${doc.language}), ${attributed} attributed`),
    ''
  ]
  const digits = String(doc.sentences.length).length
  doc.sentences.forEach((sentence, index) => {
    const number = String(index + 1).padStart(digits)
    lines.push(`${number}  ${excerpt(sentence.text, width)}`)
    const indent = ' '.repeat(digits + 2)
    const a = sentence.attribution
    if (!a) {
      lines.push(paint('dim', `${indent}— not attributed`))
      return
    }
    const chain = a.chain.map((s) => `${s.name}${s.channel ? ` (${s.channel})` : ''}`).join(' → ') || 'no source'
    const level = paint(a.confidence.level, `${a.confidence.level} ${a.confidence.score.toFixed(2)}`)
    lines.push(`${indent}${chain}  ·  ${a.mode}  ·  ${level}${a.cue ? `  ·  cue “${a.cue.text}”` : ''}`)
    if (a.flags.length > 0) lines.push(`${indent}flags: ${a.flags.join(', ')}`)
  })
  if (doc.sources.length > 0) {
    lines.push('', paint('bold', 'Sources'))
    for (const source of doc.sources) {
      const levels = (['high', 'medium', 'low'] as const)
        .filter((level) => source.levels[level] > 0)
        .map((level) => paint(level, `${source.levels[level]} ${level}`))
        .join(', ')
      lines.push(`  ${source.name} (${source.kind}): ${plural(source.sentences, 'sentence')}, ${levels}`)
    }
  }
  return `${lines.join('\n')}\n`
}

function excerpt(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
