#!/usr/bin/env node
// Writes schema/attribution.schema.json from the zod schemas (run after `npm run build`):
//   node scripts/schema.mjs
import fs from 'node:fs'
import {toJsonSchema} from '../dist/index.js'

const out = new URL('../schema/attribution.schema.json', import.meta.url)
fs.mkdirSync(new URL('.', out), {recursive: true})
fs.writeFileSync(out, `${JSON.stringify(toJsonSchema(), null, 2)}\n`)
console.log('wrote schema/attribution.schema.json')
