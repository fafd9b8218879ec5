import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'

// The command line is tested as built (`npm test` builds first).
const cli = fileURLToPath('../dist/cli.js')
const article = fileURLToPath('../examples/article.ru.txt')

function fileURLToPath(relative: string): string {
  return new URL(relative, import.meta.url).pathname
}

function run(args: string[], input?: string | Buffer): {status: number | null; stdout: string; stderr: string} {
  const result = spawnSync(process.execPath, [cli, ...args], {input, encoding: 'utf8'})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('command line', () => {
  it('prints a report of a file', () => {
    const {status, stdout} = run([article])
    expect(status).toBe(0)
    expect(stdout).toMatch(/^retext-attribution: \d+ sentences \(ru\)/)
    expect(stdout).not.toContain('\u001B[')
  })

  it('reads standard input and writes JSON', () => {
    const {stdout} = run(['-', '--format', 'json', '--language', 'en'], 'Officials said the plant would close.')
    const json = JSON.parse(stdout)
    expect(json.language).toBe('en')
    expect(json.sentences[0].attribution.flags).toEqual(['anonymous-source'])
  })

  it('drops a byte-order mark and keeps CRLF, so offsets fit the text', () => {
    const text = 'Эксперты полагают, что цены вырастут.\r\n\r\nЗавод закрыт.'
    const {stdout} = run(['--format', 'json'], Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))
    const json = JSON.parse(stdout)
    for (const s of json.sentences) expect(text.slice(s.start, s.end)).toBe(s.text)
    expect(json.sentences).toHaveLength(2)
  })

  it('writes HTML to a file', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ra-')), 'out.html')
    execFileSync(process.execPath, [cli, article, '--format', 'html', '--publisher', 'Городские новости', '--output', out])
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/)
  })

  it('names the problem on stderr with a non-zero exit', () => {
    expect(run(['no-such-file.txt'])).toMatchObject({status: 1, stderr: 'retext-attribution: no such file: no-such-file.txt\n'})
    expect(run([article, '--format', 'xml']).stderr).toContain('unknown --format `xml`')
    expect(run([article, '--language', 'fr']).stderr).toContain("option `language` must be one of 'ru', 'en', not \"fr\"")
    expect(run([article, '--colour']).stderr).toContain("Unknown option '--colour'")
    expect(run(['-'], Buffer.from([0xff, 0xfe, 0x00])).stderr).toContain('not valid UTF-8')
    expect(run([article, article]).status).toBe(1)
  })

  it('has --help and --version', () => {
    expect(run(['--help']).stdout).toMatch(/^Usage: retext-attribution/)
    const pkg = JSON.parse(fs.readFileSync(fileURLToPath('../package.json'), 'utf8'))
    expect(run(['--version']).stdout).toBe(`${pkg.version}\n`)
  })
})
