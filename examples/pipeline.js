// retext-attribution inside a unified pipeline: parse English, annotate,
// and print the messages with vfile-reporter. Run after `npm run build`.
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import retextStringify from 'retext-stringify'
import {reporter} from 'vfile-reporter'
import retextAttribution from '../dist/index.js'

const file = await unified()
  .use(retextEnglish)
  .use(retextAttribution, {language: 'en'})
  .use(retextStringify)
  .process('Officials said the plant would close. The mayor denied it, according to The Evening Courier.')

console.log(reporter(file))
