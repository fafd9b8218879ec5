// Annotates the bundled example articles: prints a terminal report of each and
// writes their annotated HTML to examples/out/. Run with `npm run demo`.
import fs from 'node:fs'
import {annotate, toHtml, toReport} from '../dist/index.js'

const articles = [
  {file: 'article.ru.txt', publisher: 'Городские новости'},
  {file: 'article.en.txt'}
]
const here = new URL('.', import.meta.url)
const out = new URL('out/', here)
fs.mkdirSync(out, {recursive: true})

for (const {file, publisher} of articles) {
  const text = fs.readFileSync(new URL(file, here), 'utf8')
  const doc = await annotate(text, {publisher})
  process.stdout.write(`\n== examples/${file}\n\n`)
  process.stdout.write(toReport(doc, {color: process.stdout.isTTY === true && !process.env.NO_COLOR}))
  const html = new URL(file.replace(/\.txt$/, '.html'), out)
  fs.writeFileSync(html, toHtml(doc.tree, {title: `Attribution: ${file}`}))
  process.stdout.write(`\nAnnotated HTML: examples/out/${file.replace(/\.txt$/, '.html')}\n`)
}
