#!/usr/bin/env node
// Renders the annotated example article in Chromium and saves docs/screenshot.png
// (run after `npm run demo`; needs Debian's chromium):
//   node scripts/screenshot.mjs
import fs from 'node:fs'
import {chromium} from 'playwright-core'

const page = new URL('../examples/out/article.ru.html', import.meta.url)
const out = new URL('../docs/screenshot.png', import.meta.url)
fs.mkdirSync(new URL('.', out), {recursive: true})
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
})
const tab = await browser.newPage({viewport: {width: 1280, height: 820}})
await tab.goto(page.href)
await tab.locator('[data-level]').nth(4).focus()
await tab.screenshot({path: out.pathname})
await browser.close()
console.log('wrote docs/screenshot.png')
