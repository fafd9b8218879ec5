/// <reference lib="dom" />
/**
 * The annotated page in a real browser (Debian's Chromium through
 * playwright-core): the document text equals the input, no injected script
 * runs, attributed sentences carry their level, focusing the first sentence
 * shows its source, and the page logs no errors. A screenshot is saved to
 * `test/artifacts/`. Without Chromium the test says so and skips, unless
 * `REQUIRE_BROWSER` is set (as in CI), where it fails instead.
 */
import fs from 'node:fs'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {chromium, type Browser} from 'playwright-core'
import {annotateSync, toHtml} from '../src/index.js'

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const available = fs.existsSync(executablePath)
if (!available && process.env.REQUIRE_BROWSER) throw new Error(`REQUIRE_BROWSER is set but there is no Chromium at ${executablePath}`)
if (!available) console.warn(`browser test skipped: no Chromium at ${executablePath} (apt-get install chromium)`)

// The reference article is read from ../shared where it is (never copied here); else our example.
const reference = new URL('../../shared/corpus/seed-maduro.ru.txt', import.meta.url)
const article = fs.readFileSync(fs.existsSync(reference) ? reference : new URL('../examples/article.ru.txt', import.meta.url), 'utf8')
const firstSource = fs.existsSync(reference) ? 'The Washington Post' : 'Nordpress'
const hostile =
  'Эксперты полагают, что <script>window.pwned = 1</script> опасен & вреден.\n\n' +
  '<img src=x onerror="window.pwned = 2"> Об этом сообщает агентство Nordpress.</article><p>ещё</p>'
const artifacts = new URL('artifacts/', import.meta.url)

describe.skipIf(!available)('the annotated page in Chromium', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    })
  })

  afterAll(async () => {
    await browser?.close()
  })

  for (const [name, text, source] of [['article', article, firstSource], ['hostile', hostile, 'эксперты']] as const) {
    it(`shows the ${name} text exactly, runs no injected script, marks and explains sentences`, async () => {
      const page = await browser.newPage({viewport: {width: 1280, height: 900}})
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text())
      })
      await page.setContent(toHtml(annotateSync(text).tree, {title: name}), {waitUntil: 'load'})

      expect(await page.locator('[data-attribution="document"]').evaluate((node) => node.textContent)).toBe(text)
      expect(await page.evaluate(() => (window as unknown as {pwned?: number}).pwned)).toBeUndefined()
      expect(await page.locator('[data-attribution="document"] script, [data-attribution="document"] img').count()).toBe(0)

      const levels = await page.locator('[data-attribution="document"] [data-level]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-level')))
      expect(levels.length).toBeGreaterThan(0)
      for (const level of levels) expect(['high', 'medium', 'low']).toContain(level)

      const first = page.locator('[data-attribution="document"] [data-level]').first()
      const hidden = await first.evaluate((node) => getComputedStyle(node, '::after').display)
      expect(hidden).toBe('none')
      await first.focus()
      const card = await first.evaluate((node) => ({display: getComputedStyle(node, '::after').display, content: getComputedStyle(node, '::after').content}))
      expect(card.display).toBe('block')
      expect(card.content).toContain(source)

      fs.mkdirSync(artifacts, {recursive: true})
      await page.screenshot({path: new URL(`${name}.png`, artifacts).pathname, fullPage: true})
      expect(errors).toEqual([])
      await page.close()
    })
  }
})
