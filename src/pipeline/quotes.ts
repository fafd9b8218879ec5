/**
 * Stage 2, quotes: pair quotation marks across the document, in one pass.
 *
 * Marks pair within a paragraph (a quote left open at a paragraph's end is
 * closed there, as news does for quotes that run over paragraphs). Straight
 * quotes `"` open or close by what stands beside them, so that nested
 * straight quotes (`"… "Союз правых сил" …"`) pair right.
 */
import type {Doc, Quote, Sentence, Token} from './model.js'
import {skipSpace, skipSpaceBack} from './model.js'

/** Opening mark → the marks that may close it. */
// (Scraped news mixes typewriter and typographic marks, `“…"`, so a straight mark closes a curly one too.)
const pairs: Record<string, string> = {
  '«': '»',
  '„': '“”"',
  '“': '”"',
  '‘': '’',
  '‹': '›',
  '"': '"”',
  '「': '」',
  '『': '』'
}

/** A quote of at least this many words is speech, not a name or a scare quote. */
const speechWords = 6

interface Open {
  mark: string
  quote: number
}

/**
 * Find the quotes of a document and mark the tokens inside them.
 *
 * @param doc The document; fills `doc.quotes`, `token.quote`, `sentence.quoted` and `sentence.quote`.
 */
export function findQuotes(doc: Doc): void {
  const stack: Open[] = []
  let paragraph = -1

  const closeAll = (sentence: Sentence | undefined): void => {
    while (stack.length > 0) finish(doc, stack.pop()!.quote, sentence, undefined)
  }

  for (const sentence of doc.sentences) {
    if (sentence.paragraph !== paragraph) {
      closeAll(doc.sentences[sentence.index - 1])
      paragraph = sentence.paragraph
    }
    const tokens = sentence.tokens
    for (const token of tokens) {
      if (token.type === 'punctuation' || token.type === 'symbol') {
        // Two apostrophes stand for a straight double quote in some typesetting (`''The shock …,''`);
        // three close a single quote and that double one (`''… 'independence,'''`).
        const text = token.text === "''" || token.text === "'''" ? '"' : token.text
        for (let k = 0; k < text.length; k++) {
          const mark = text[k]!
          if (!isMark(mark)) continue
          let top = stack[stack.length - 1]
          // A mark that closes a quote further out closes the unclosed ones inside it (`“… ‘20s …”`).
          if (top && !closes(top, mark) && isClosing(mark, tokens, token)) {
            const outer = findLastIndex(stack, (open) => closes(open, mark))
            if (outer !== -1) {
              while (stack.length - 1 > outer) finish(doc, stack.pop()!.quote, sentence, token)
              top = stack[stack.length - 1]
            }
          }
          const role = roleOf(mark, tokens, token, top)
          if (role === 'close' && top) {
            stack.pop()
            finish(doc, top.quote, sentence, token)
            token.quote = top.quote
            continue
          }
          if (role === 'open') {
            const quote: Quote = {
              index: doc.quotes.length,
              start: token.start,
              end: token.end,
              open: {sentence: sentence.index, token: token.index},
              close: undefined,
              words: 0,
              speech: false,
              parent: top ? top.quote : -1,
              root: -1,
              attribution: undefined
            }
            doc.quotes.push(quote)
            stack.push({mark, quote: quote.index})
          }
        }
        if (token.quote === -1 && stack.length > 0) token.quote = stack[stack.length - 1]!.quote
        continue
      }
      const top = stack[stack.length - 1]
      if (top) {
        token.quote = top.quote
        if (token.type === 'word') doc.quotes[top.quote]!.words++
      }
    }
  }
  closeAll(doc.sentences[doc.sentences.length - 1])
  for (const quote of doc.quotes) {
    const parent = quote.parent === -1 ? undefined : doc.quotes[quote.parent]
    if (parent) parent.words += quote.words
  }
  for (const quote of doc.quotes) {
    const multi = quote.close !== undefined && quote.close.sentence !== quote.open.sentence
    quote.speech =
      quote.parent === -1 && (quote.words >= speechWords || multi || endsSentenceInside(doc, quote) || framedAsSpeech(doc, quote) || wholeSentence(doc, quote))
  }
  // Only a top-level quote can be speech, so a quote's speech is its root's (parents come first).
  for (const quote of doc.quotes) {
    quote.root = quote.parent === -1 ? quote.index : doc.quotes[quote.parent]!.root
  }
  measure(doc)
}

/** Every character that can open or close a quote. */
const marks = new Set(['«', '»', '„', '“', '”', '‘', '’', '‹', '›', '"', '「', '」', '『', '』'])

function isMark(char: string): boolean {
  return marks.has(char)
}

function closes(open: Open, mark: string): boolean {
  return pairs[open.mark]!.includes(mark)
}

/** A closing-only mark, or a straight one placed as a closing mark (after a word, before a space). */
function isClosing(mark: string, tokens: Token[], token: Token): boolean {
  if (mark === '»' || mark === '”' || mark === '›') return true
  return mark === '"' && looksClosing(tokens, token) && !looksOpening(tokens, token)
}

/** The last item that passes, among the few last ones (quotes nest a few deep; a long stack of strays must not be rescanned). */
function findLastIndex<T>(list: T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0 && i >= list.length - 8; i--) if (test(list[i]!)) return i
  return -1
}

/** Decide whether a mark opens or closes, or neither (an apostrophe, a stray mark). */
function roleOf(mark: string, tokens: Token[], token: Token, top: Open | undefined): 'open' | 'close' | undefined {
  if (top && pairs[top.mark]!.includes(mark) && !(mark === '"' && looksOpening(tokens, token) && !looksClosing(tokens, token))) {
    return 'close'
  }
  if (mark === '’' || mark === '»' || mark === '”' || mark === '›') return undefined
  if (!(mark in pairs)) return undefined
  if (mark === '"' || mark === '‘' || mark === '“') {
    // Straight and English marks open only where an opening mark can stand.
    if (!looksOpening(tokens, token)) return undefined
    // `the ‘20s`: an apostrophe before digits.
    if (mark === '‘' && /^\d/.test(tokens[token.index + 1]?.text ?? '')) return undefined
  }
  return 'open'
}

function looksOpening(tokens: Token[], token: Token): boolean {
  const before = tokens[token.index - 1]
  const after = tokens[token.index + 1]
  const beforeOk = !before || before.type === 'whitespace' || /[(\[{—–:\-«„“"]$/.test(before.text)
  const afterOk = after !== undefined && after.type !== 'whitespace'
  return beforeOk && afterOk
}

function looksClosing(tokens: Token[], token: Token): boolean {
  const before = tokens[token.index - 1]
  return before !== undefined && before.type !== 'whitespace'
}

function finish(doc: Doc, index: number, sentence: Sentence | undefined, token: Token | undefined): void {
  const quote = doc.quotes[index]!
  if (sentence && token) {
    quote.close = {sentence: sentence.index, token: token.index}
    quote.end = token.end
  } else if (sentence) {
    quote.end = sentence.end
  }
}

/**
 * Is the quote set out as direct speech: `«…», — сказал`, `“…,” he said`, `заявила: «…»`?
 */
function framedAsSpeech(doc: Doc, quote: Quote): boolean {
  if (quote.words === 0) return false
  const opening = doc.sentences[quote.open.sentence]!
  const beforeIndex = skipSpaceBack(opening, quote.open.token - 1)
  if (opening.tokens[beforeIndex]?.text === ':') return true
  // `Крылова написала:` ending the sentence (or paragraph) before.
  const previous = doc.sentences[opening.index - 1]
  if (beforeIndex < 0 && previous && previous.tokens[skipSpaceBack(previous, previous.tokens.length - 1)]?.text === ':') return true
  if (!quote.close) return false
  const closing = doc.sentences[quote.close.sentence]!
  const inside = closing.tokens[skipSpaceBack(closing, quote.close.token - 1)]
  if (inside && /^[,!?]$/.test(inside.text)) return true
  let i = skipSpace(closing, quote.close.token + 1)
  if (closing.tokens[i]?.text === ',') i = skipSpace(closing, i + 1)
  return /^[—–-]$/.test(closing.tokens[i]?.text ?? '')
}

/** A quote that is its whole sentence (`«Мы не отступим».`) is someone's words. */
function wholeSentence(doc: Doc, quote: Quote): boolean {
  if (!quote.close || quote.close.sentence !== quote.open.sentence || quote.words < 2) return false
  const sentence = doc.sentences[quote.open.sentence]!
  if (skipSpace(sentence, 0) !== quote.open.token) return false
  for (let i = quote.close.token + 1; i < sentence.tokens.length; i++) {
    const token = sentence.tokens[i]!
    if (token.type === 'word') return false
  }
  return true
}

/** Does the quote hold a sentence end of its own (`"Мы выросли в кефире."`)? */
function endsSentenceInside(doc: Doc, quote: Quote): boolean {
  if (!quote.close || quote.words < 2) return false
  const sentence = doc.sentences[quote.close.sentence]!
  for (let i = quote.close.token - 1; i >= 0; i--) {
    const token = sentence.tokens[i]!
    if (token.type === 'whitespace') continue
    return /[.!?…]$/.test(token.text)
  }
  return false
}

/** How much of each sentence lies inside speech quotes, and which quote covers most. */
function measure(doc: Doc): void {
  if (doc.quotes.length === 0) return
  for (const sentence of doc.sentences) {
    if (!sentence.tokens.some((token) => token.quote !== -1)) continue
    let letters = 0
    let inside = 0
    const counts = new Map<number, number>()
    for (const token of sentence.tokens) {
      if (token.type !== 'word') continue
      letters += token.text.length
      const quote = outermostSpeech(doc, token.quote)
      if (quote !== -1) {
        inside += token.text.length
        counts.set(quote, (counts.get(quote) ?? 0) + token.text.length)
      }
    }
    sentence.quoted = letters ? inside / letters : 0
    let best = -1
    let most = 0
    for (const [quote, count] of counts) {
      if (count > most) {
        most = count
        best = quote
      }
    }
    sentence.quote = best
  }
}

/**
 * The outermost speech quote around a quote.
 *
 * @param doc The document.
 * @param index A quote index, or -1.
 * @returns The index of the speech quote that holds it, or -1.
 */
export function outermostSpeech(doc: Doc, index: number): number {
  if (index === -1) return -1
  const root = doc.quotes[doc.quotes[index]!.root]!
  return root.speech ? root.index : -1
}

/**
 * Does the word at a token open the writer's remark after speech (`«Переговоров не будет, — сказал
 * Лавров. — Позиция неизменна»`, `— Нет, — ответил он`): right after a dash that follows a comma or a
 * closing `!`, `?`, `…`?
 *
 * @param sentence The sentence.
 * @param index A word token.
 * @returns Whether it does.
 */
export function authorsRemark(sentence: Sentence, index: number): boolean {
  const dash = sentence.tokens[skipSpaceBack(sentence, index - 1)]
  if (!dash || !/^[—–]$/.test(dash.text)) return false
  return /^[,!?…]$/.test(sentence.tokens[skipSpaceBack(sentence, dash.index - 1)]?.text ?? '')
}
