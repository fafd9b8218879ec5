import {describe, expect, it} from 'vitest'
import {annotateSync} from '../src/index.js'
import {chains} from './helpers.js'

function modes(text: string, language: 'ru' | 'en'): Array<string | null> {
  return annotateSync(text, {language}).sentences.map((s) => s.attribution?.mode ?? null)
}

describe('chains', () => {
  it('nests `со ссылкой на` and `citing` as a second hop', () => {
    const ru = annotateSync('Агентство Nordpress со ссылкой на доклад министерства сообщает, что завод закроют.', {language: 'ru'})
    expect(chains(ru)).toEqual([['Nordpress', 'доклад министерства']])
    const en = annotateSync('Nordpress, citing a ministry report, said the plant would close.', {language: 'en'})
    expect(chains(en)).toEqual([['Nordpress', 'a ministry report']])
  })

  it('puts a frame outside the verb it frames', () => {
    const doc = annotateSync('Мэр Петр Гусев, по данным газеты «Северный вестник», опроверг слухи.', {language: 'ru'})
    expect(chains(doc)).toEqual([['Северный вестник', 'Петр Гусев']])
    const en = annotateSync('The mayor denied the report, according to the Daily Harbor.', {language: 'en'})
    expect(chains(en)[0]?.[0]).toMatch(/Daily Harbor/)
  })

  it('nests a cue inside another’s reported clause', () => {
    const doc = annotateSync('Газета «Вечерний курьер» пишет, что министр Ирина Соболева заявила о своей отставке.', {language: 'ru'})
    expect(chains(doc)).toEqual([['Вечерний курьер', 'Ирина Соболева']])
  })

  it('gives every sentence of a transcript turn to the speaker who opens it', () => {
    const text = 'Partial transcript as follows:\n\nTAPPER: Do you think he has campaigned well? Talk to us.\n\nFALLIN: I think the nation needs to work together. They want safe homes. Everyone wants to be treated equal.\n\nThe interview aired on Sunday.'
    const doc = annotateSync(text, {language: 'en'})
    expect(chains(doc)).toEqual([[], ['TAPPER'], ['TAPPER'], ['FALLIN'], ['FALLIN'], ['FALLIN'], []])
    expect(doc.sentences.slice(4, 6).map((s) => s.attribution?.mode)).toEqual(['direct', 'direct'])
    // (Someone reported inside a turn is reported through its speaker.)
    const nested = annotateSync('FALLIN: We met on Monday. The governor said the roads were closed.', {language: 'en'})
    expect(chains(nested)[1]).toEqual(['FALLIN', 'The governor'])
    // (A headline's colon in a paragraph of its own carries nothing on.)
    expect(chains(annotateSync('Песков: Россия не ведет переговоров.\n\nВстреча прошла в Москве. Стороны обсудили торговлю.', {language: 'ru'}))).toEqual([['Песков'], [], []])
  })

  it('passes on the words a possessive points to (`Его слова приводит Reuters`)', () => {
    const doc = annotateSync('Президент Владимир Зеленский заявил, что Киев готов к переговорам. Его слова приводит агентство Reuters.', {language: 'ru'})
    expect(chains(doc)).toEqual([['Reuters', 'Владимир Зеленский'], ['Reuters', 'Владимир Зеленский']])
  })

  it('gives an announced interview’s answers to the one interviewed, not its questions', () => {
    const text = 'Президент компании Михаил Осеевский в интервью РБК рассказал о планах.\n\n— Будут ли расти тарифы?\n\n— Мы не планируем повышать тарифы. Инфляция давит на затраты.\n\nРанее «Коммерсант» писал, что компания рассматривает продажу.\n\n— Это ответ?'
    const doc = annotateSync(text, {language: 'ru'})
    const names = chains(doc)
    expect(names.slice(1, 4)).toEqual([[], ['Михаил Осеевский'], ['Михаил Осеевский']])
    expect(doc.sentences[2]!.attribution?.mode).toBe('direct')
    // (A paragraph that is no line of dialogue ends the interview.)
    expect(names[4]).toEqual(['Коммерсант'])
    expect(names[5]).toEqual([])
  })

  it('gives the answers of a Q-and-A to the one interviewed, mentioned by their label', () => {
    const text = 'Vice President Joe Biden said the economy was strong. Here is the edited transcript of the interview.\n\nQ: Are the candidates too gloomy?\n\nA: It is a big mistake. Everybody is making it.'
    const doc = annotateSync(text, {language: 'en'})
    expect(chains(doc).slice(2)).toEqual([[], ['Joe Biden'], ['Joe Biden']])
    expect(doc.sentences[3]!.attribution?.chain[0]?.mention?.text).toBe('A')
  })

  it('reads a transcript turn of several sentences as the speaker’s own words, a headline as a report', () => {
    const turn = annotateSync('WALLACE: Let us start with the news. Two questions remain.', {language: 'en'})
    expect(turn.sentences.map((s) => s.attribution?.mode)).toEqual(['direct', 'direct'])
    const headline = annotateSync('Песков: Россия не ведет переговоров с Францией.', {language: 'ru'})
    expect(headline.sentences[0]!.attribution?.mode).toBe('indirect')
  })

  it('takes no place or people before a title for someone a pronoun may stand for', () => {
    const doc = annotateSync('"This is good news," said Paul Dales, chief UK economist at Capital Economics. He added that services inflation remained sticky.', {language: 'en'})
    expect(chains(doc)).toEqual([['Paul Dales'], ['Paul Dales']])
  })

  it('makes a bare name a company when the text goes on to call it one', () => {
    const doc = annotateSync('Apple said on Tuesday it would invest $500 billion. The company did not say how much was planned.', {language: 'en'})
    expect(chains(doc)).toEqual([['Apple'], ['Apple']])
    expect(doc.sentences.map((s) => s.attribution?.chain[0]?.kind)).toEqual(['organization', 'organization'])
    // (A person named in full stays one; `the company` is then a body of its own.)
    const person = annotateSync('Tim Cook said on Tuesday the plan was ready. The company did not say how much was planned.', {language: 'en'})
    expect(person.sentences[0]!.attribution?.chain[0]?.kind).toBe('person')
    // (Nor is a body named sentences before, or a government body, a company.)
    const far = annotateSync('The Federal Reserve said it held rates. Traders shrugged. Stocks rose. Bonds fell. The company denied any wrongdoing.', {language: 'en'})
    expect(chains(far).at(-1)).not.toEqual(['Federal Reserve'])
    const body = annotateSync('The Labor Department said jobs grew. The company did not say how much was planned.', {language: 'en'})
    expect(chains(body)[1]).not.toEqual(['Labor Department'])
  })

  it('points a bare title back to whoever bore another title of the same role', () => {
    const doc = annotateSync('Сам обвиняемый вину не признает, заявил его адвокат Михаил Орлов. «Мой подзащитный денег не получал», — сказал защитник журналистам.', {language: 'ru'})
    expect(chains(doc)).toEqual([['Михаил Орлов'], ['Михаил Орлов']])
    // (Not a title of another role: a prosecutor is someone else.)
    const other = annotateSync('Сам обвиняемый вину не признает, заявил его адвокат Михаил Орлов. «Вина доказана», — сказал прокурор журналистам.', {language: 'ru'})
    expect(chains(other)[1]).not.toEqual(['Михаил Орлов'])
  })

  it('attributes what came before to `Об этом сообщает X` (backward)', () => {
    const text = 'Завод в Лаврании остановил работу. Об этом сообщает агентство Nordpress.'
    expect(modes(text, 'ru')).toEqual(['backward', 'indirect'])
    // (Over whom it was told, quoted: `Об этом корреспонденту «Интерфакса» сообщили`.)
    expect(modes('Суд вынес приговор. Об этом корреспонденту «Интерфакса» сообщили в пресс-службе суда.', 'ru')).toEqual(['backward', 'indirect'])
    expect(chains(annotateSync(text, {language: 'ru'}))).toEqual([['Nordpress'], ['Nordpress']])
  })

  it('puts `Об этом сообщает X` outside what was attributed before it', () => {
    const doc = annotateSync('Министр Ирина Соболева заявила, что реформа назрела. Об этом сообщает агентство Nordpress.', {language: 'ru'})
    expect(chains(doc)).toEqual([['Nordpress', 'Ирина Соболева'], ['Nordpress']])
  })

  it('gives a quote pointed back at (`«…». Так заявил X.`) to X, as a direct quote', () => {
    const doc = annotateSync('«Мы не допустим повторения кризиса». Так заявил министр энергетики Павел Орехов.', {language: 'ru'})
    expect(chains(doc)).toEqual([['Павел Орехов'], ['Павел Орехов']])
    expect(doc.sentences[0]?.attribution?.mode).toBe('direct')
  })

  it('lets each `Об этом …` reach back only over what has no source of its own', () => {
    const doc = annotateSync(
      'Завод закрыт. Об этом говорится в заявлении министерства. Рабочих уволят. Об этом заявил губернатор Игорь Белов.',
      {language: 'ru'}
    )
    expect(chains(doc)).toEqual([['заявление министерства'], ['заявление министерства'], ['Игорь Белов'], ['Игорь Белов']])
  })

  it('reads `по его словам` as the person named before', () => {
    const doc = annotateSync('Президент Андрей Кравцов заявил, что готов к переговорам. По его словам, условия прежние.', {language: 'ru'})
    expect(chains(doc)).toEqual([['Андрей Кравцов'], ['Андрей Кравцов']])
    expect(doc.sentences[1]?.attribution?.cue?.text).toBe('По его словам')
  })

  it('resolves a pronoun to the last person whose gender fits', () => {
    const doc = annotateSync('Министр Ирина Соболева выступила в парламенте. Губернатор заявил, что мост откроют. Он добавил, что денег хватит.', {language: 'ru'})
    expect(chains(doc)[2]).toEqual(['губернатор'])
  })

  it('carries a report on through its paragraph (inherited), not into the next', () => {
    const text = 'Согласно докладу министерства, расходы выросли на треть. Больше всего выросли траты на оборону.\n\nЗавод закрыт.'
    expect(modes(text, 'ru')).toEqual(['indirect', 'inherited', null])
  })

  it('stops at a sentence with a subject of its own after a statement', () => {
    const text = 'Officials said the plant would close. Belov visited the site on Monday.'
    expect(modes(text, 'en')).toEqual(['indirect', null])
  })

  it('puts who cites someone\'s words outside them (`Слова X приводит Y`)', () => {
    const doc = annotateSync('Пресс-секретарь Олег Вязов заявил, что не располагает такой информацией. Слова Вязова приводит агентство Nordpress.', {language: 'ru'})
    expect(chains(doc)[0]).toEqual(['Nordpress', 'Олег Вязов'])
  })

  it('resolves a bare `ведомство` to the body named before', () => {
    const doc = annotateSync('Пожар потушен, сообщили в ГУ МЧС по региону. По данным ведомства, пострадавших нет.', {language: 'ru'})
    expect(chains(doc)[1]).toEqual(['ГУ МЧС'])
  })

  it('resolves `в суде` only to a court named before', () => {
    const doc = annotateSync('Об этом сообщили в пресс-службе компании. В суде пояснили, что дело закрыто.', {language: 'ru'})
    expect(chains(doc)[1]).toEqual(['суд'])
    const named = annotateSync('Басманный суд Москвы заявил, что дело закрыто. В суде пояснили, что решение окончательное.', {language: 'ru'})
    expect(chains(named)[1]).toEqual(['Басманный суд Москвы'])
    // (Nor is a body of one sort what a bare `компания` stands for.)
    const company = annotateSync('Следствие установило, что он похитил деньги. Ранее компания сообщала, что сотрудничает со следствием.', {language: 'ru'})
    expect(chains(company)[1]).toEqual(['компания'])
  })

  it('reads `the spokesman` as the one named so, never simply the last person named', () => {
    const named = annotateSync("Mayor Ann Lee's spokesman, John Doe, said no. The spokesman added that taxes would fall.", {language: 'en'})
    expect(chains(named)[1]).toEqual(['John Doe'])
    const unnamed = annotateSync('Ferre said Trump could win. The spokesman said the report was false.', {language: 'en'})
    expect(chains(unnamed)[1]).toEqual(['The spokesman'])
  })

  it('takes a surname the verb alone made an outlet for the person named with it before', () => {
    const doc = annotateSync('Rep. Chip Roy of Texas visited the border. Roy wrote on X that he would vote against it.', {language: 'en'})
    expect(doc.sentences[1]?.attribution?.chain.map((s) => [s.name, s.kind])).toEqual([['Chip Roy', 'person']])
  })

  it('puts who saw a text just outside it', () => {
    const doc = annotateSync('The Evening Courier reported on Monday that the plan was ready. According to a draft memo seen by the newspaper, the change would affect two million people.', {language: 'en'})
    expect(chains(doc)[1]).toEqual(['The Evening Courier', 'a draft memo'])
  })

  it('leaves a plain sentence after a statement to the writer', () => {
    expect(modes('Officials said the plant would close. The site employs 300 people.', 'en')).toEqual(['indirect', null])
    expect(modes('Министр заявил, что завод закроют. На заводе работают 300 человек.', 'ru')).toEqual(['indirect', null])
  })

  it('resolves `издание`, `те же материалы` and `он` to what they stand for', () => {
    const doc = annotateSync(
      'Как пишет The Morning Ledger со ссылкой на документы министерства, бюджет урезан. Согласно тем же материалам, сокращения продолжатся. Как отмечает издание, решение уже принято.',
      {language: 'ru'}
    )
    expect(chains(doc)).toEqual([
      ['The Morning Ledger', 'документы министерства'],
      ['The Morning Ledger', 'документы министерства'],
      ['The Morning Ledger']
    ])
    const he = annotateSync('Governor Igor Belov spoke on Monday. He said the bridge was safe.', {language: 'en'})
    expect(chains(he)[1]).toEqual(['Igor Belov'])
  })

  it('merges inflected and repeated mentions into one source', () => {
    const doc = annotateSync('По словам Олега Вязова, кабинет работает. Вязов заявил, что отставки не будет.', {language: 'ru'})
    expect(doc.sources.map((s) => [s.name, s.sentences])).toEqual([['Олег Вязов', 2]])
  })

  it('gives a quote its speaker, named before or after, over several sentences', () => {
    const before = annotateSync('Крылова заявила:\n\n«Мы выйдем на улицы. Это не угроза».', {language: 'ru'})
    expect(chains(before)).toEqual([['Крылова'], ['Крылова'], ['Крылова']])
    expect(before.sentences.slice(1).map((s) => s.attribution?.mode)).toEqual(['direct', 'direct'])
    const after = annotateSync('"We will not back down. Not now," Krylova said.', {language: 'en'})
    expect(chains(after)).toEqual([['Krylova'], ['Krylova']])
  })

  it('keeps the channel a source spoke on', () => {
    const doc = annotateSync('В своем посте в соцсети Х сенатор Лидия Краснова написала:\n\n«Голосование перенесут на неделю».', {language: 'ru'})
    expect(doc.sentences.map((s) => s.attribution?.chain[0]?.channel)).toEqual(['X', 'X'])
  })

  it('has a speaker named inside a report speak through it', () => {
    const doc = annotateSync(
      'В докладе министерства отмечается, что директор завода Максим Зуев скрывал убытки. Зуев сообщил аудиторам, что отчет готов.',
      {language: 'ru'}
    )
    expect(chains(doc)[1]).toEqual(['доклад министерства', 'Максим Зуев'])
  })

  it('flags the publisher citing itself', () => {
    const doc = annotateSync('Напомним, что «Городские новости» писали о забастовке.', {language: 'ru'})
    expect(doc.sentences[0]?.attribution?.flags).toContain('self-citation')
    const given = annotateSync('The Evening Courier reported the strike on Monday.', {language: 'en', publisher: 'The Evening Courier'})
    expect(given.sentences[0]?.attribution?.chain[0]?.kind).toBe('publisher')
  })

  it('does not carry a report on into the writer’s note that it is unconfirmed', () => {
    expect(modes('По данным Baza, среди пострадавших есть ребенок. Официального подтверждения этой информации нет.', 'ru')).toEqual(['indirect', null])
    expect(modes('According to the Daily Mirror, the minister resigned. The report could not be independently verified.', 'en')).toEqual(['indirect', null])
    // (Without the note, the report goes on.)
    expect(modes('По данным Baza, среди пострадавших есть ребенок. Его доставили в больницу.', 'ru')).toEqual(['indirect', 'inherited'])
  })

  it('puts an outlet named with its unnamed source outside it', () => {
    expect(chains(annotateSync('Источник РБК в правительстве сообщил, что решение принято.', {language: 'ru'}))).toEqual([['РБК', 'источник']])
  })

  it('reads `the mayor` as the last person named with that title, never someone titled otherwise', () => {
    const doc = annotateSync('Mayor Ann Lee said the budget was fine. Rep. Jamie Raskin said it was not. The mayor added that taxes would fall.', {language: 'en'})
    expect(chains(doc)).toEqual([['Ann Lee'], ['Jamie Raskin'], ['Ann Lee']])
    const other = annotateSync('“It is a disgrace,” said Rep. Jamie Raskin. The mayor said the budget was fine.', {language: 'en'})
    expect(chains(other)[1]).toEqual(['The mayor'])
  })

  it('names sources cited as plain texts by their noun (`citing internal documents`)', () => {
    expect(chains(annotateSync('Reuters, citing internal documents, said the plan failed.', {language: 'en'}))).toEqual([['Reuters', 'internal documents']])
  })

  it('reads a Russian title with no name as the last person named with it, else as someone new', () => {
    const doc = annotateSync('Министр финансов Антон Силуанов заявил, что бюджет исполнен. «Рисков нет», — отметил министр. Песков сказал, что встреча состоится. Губернатор добавил, что дороги отремонтируют.', {language: 'ru'})
    expect(chains(doc)).toEqual([['Антон Силуанов'], ['Антон Силуанов'], ['Песков'], ['губернатор']])
  })

  it('takes an outlet in the dative as the channel, before the verb or after it', () => {
    const doc = annotateSync('В пресс-службе Минфина «Интерфаксу» сообщили, что ведомство изучит выводы.', {language: 'ru'})
    expect(chains(doc)).toEqual([['пресс-служба Минфина']])
    expect(doc.sentences[0]!.attribution?.chain[0]?.channel).toBe('Интерфакс')
  })

  it('has an outlet report through its own reporter (корреспондент РИА Новости)', () => {
    expect(chains(annotateSync('Как передает корреспондент РИА Новости, заседание продлилось пять часов.', {language: 'ru'}))).toEqual([['РИА Новости']])
  })

  it('reads a surname alone as the person named before, whatever its verb suggests', () => {
    const doc = annotateSync('U.S. District Judge Sarah Netburn wrote that the plan was unlawful. “The record shows a clear intent,” Netburn wrote.', {language: 'en'})
    expect(chains(doc)).toEqual([['Sarah Netburn'], ['Sarah Netburn']])
  })

  it('keeps two outlets’ reports apart: `Об этом X рассказал …` after another outlet’s report does not nest it', () => {
    const doc = annotateSync('Суд арестовал бывшего замминистра, передает «Интерфакс».\n\nОб этом ТАСС рассказал источник в правоохранительных органах.', {language: 'ru'})
    expect(chains(doc)[0]).toEqual(['Интерфакс'])
  })

  it('reads `the official` as the unnamed official met before', () => {
    const doc = annotateSync('A senior administration official told reporters that the deal would be reviewed. The official, speaking on condition of anonymity, said the review could take months.', {language: 'en'})
    expect(chains(doc)).toEqual([['A senior administration official'], ['A senior administration official']])
  })

  it('reads a line of dialogue opened by a dash as direct speech', () => {
    expect(modes('— Мы не планируем повышать налоги, — сказал министр финансов Антон Силуанов.', 'ru')).toEqual(['direct'])
    expect(modes('— Это правда? — спросил журналист.', 'ru')).toEqual(['direct'])
  })

  it('remembers an outlet told, for words that point back to it (собеседник агентства, the network)', () => {
    const ru = annotateSync('Об этом ТАСС рассказал источник в правоохранительных органах. «Следствие располагает доказательствами», — уточнил собеседник агентства.', {language: 'ru'})
    expect(chains(ru)[1]).toEqual(['ТАСС', 'собеседник'])
    const en = annotateSync('Warren told CNN that the decision was wrong. The network said it would air the interview.', {language: 'en'})
    expect(chains(en)[1]).toEqual(['CNN'])
  })

  it('nests the words before `Об этом сообщает X` in X only within the paragraph', () => {
    const doc = annotateSync('Министр заявил, что бюджет сбалансирован.\n\nОб этом говорится в докладе Счетной палаты.', {language: 'ru'})
    expect(chains(doc)[0]).toEqual(['министр'])
  })

  it('reads `the Fed chair` as the person named with that title, else the body', () => {
    expect(chains(annotateSync('Fed Chair Jerome Powell said rates would hold. The Fed chair said inflation was easing.', {language: 'en'}))).toEqual([['Jerome Powell'], ['Jerome Powell']])
    expect(chains(annotateSync('The Fed chair said inflation was easing.', {language: 'en'}))).toEqual([['Fed']])
  })

  it('reads `the letter` as the last text with that noun, not the last text of any kind', () => {
    const doc = annotateSync('The ad claims the senator lied. The letter warns of risks. According to a draft memo, the plan is dead. The ad also says taxes will rise.', {language: 'en'})
    expect(chains(doc)).toEqual([['The ad'], ['The letter'], ['a draft memo'], ['The ad']])
  })

  it('names the outlet told by what it stands for (изданию → Ведомости), and an abbreviation that writes is an outlet', () => {
    const doc = annotateSync('Правительство может повысить налог, пишут «Ведомости». В Минфине изданию сообщили, что ставки не обсуждают. Ранее РБК писал, что налог обсуждается.', {language: 'ru'})
    expect(doc.sentences[1]!.attribution?.chain[0]?.channel).toBe('Ведомости')
    expect(doc.sentences[2]!.attribution?.chain[0]?.kind).toBe('media')
  })

  it('does not nest one person’s words in another’s `Об этом заявила …`', () => {
    const doc = annotateSync('Как отметила официальный представитель МИД Мария Захарова, ответ будет жестким. Об этом заявила спикер Совфеда Валентина Матвиенко.', {language: 'ru'})
    expect(chains(doc)).toEqual([['Мария Захарова'], ['Валентина Матвиенко']])
  })

  it('never reads `она` as a man named after his quote, whose first name alone tells his gender', () => {
    const doc = annotateSync('«Паники нет», — подчеркнул вице-премьер Александр Новак. Она добавила, что проверка продлится до конца месяца.', {language: 'ru'})
    expect(chains(doc)[1]).not.toContain('Александр Новак')
    const named = annotateSync('Глава ЦБ Эльвира Набиуллина выступила в Госдуме. «Паники нет», — подчеркнул Александр Новак. Она добавила, что проверка продлится.', {language: 'ru'})
    expect(chains(named)[2]).toEqual(['Эльвира Набиуллина'])
  })

  it('takes a surname the dictionary knows as a common noun for the person named with it, before or after', () => {
    const doc = annotateSync('Трамп пригрозил ввести пошлины. Президент США Дональд Трамп написал об этом в соцсети. «Переговоры ни к чему не ведут», — отметил Трамп. Канцлер Германии Фридрих Мерц прибыл в Киев. «Торговая война никому не нужна», — сказал Мерц.', {language: 'ru'})
    expect(chains(doc)).toEqual([['Дональд Трамп'], ['Дональд Трамп'], ['Дональд Трамп'], [], ['Фридрих Мерц']])
    expect(doc.sentences[0]!.attribution?.chain[0]?.kind).toBe('person')
  })

  it('reads `К такому выводу пришли X` as X’s conclusion of what came before', () => {
    const text = 'Недосып повышает риск диабета. К такому выводу пришли исследователи из Уппсальского университета.'
    const doc = annotateSync(text, {language: 'ru'})
    expect(modes(text, 'ru')).toEqual(['backward', 'indirect'])
    expect(chains(doc)[0]).toEqual(['исследователи'])
    // (A report in a clause beside it is no one's inside theirs.)
    const beside = annotateSync('Недосып повышает риск диабета. К такому выводу пришли исследователи, результаты опубликованы в журнале Nature.', {language: 'ru'})
    expect(chains(beside)).toEqual([['исследователи'], ['исследователи']])
  })

  it('gives every sentence of a line of dialogue to the speaker named at its end', () => {
    const text = '— Вы рассчитываете на победу?\n\n— Безусловно. Мы провели большую работу в регионах, — ответил политик.\n\n— Критика — это нормально. Но я не буду отвечать на оскорбления, — сказал Иванов.'
    const doc = annotateSync(text, {language: 'ru'})
    expect(chains(doc)).toEqual([[], ['политик'], ['политик'], ['Иванов'], ['Иванов']])
    expect(modes(text, 'ru')).toEqual([null, 'direct', 'direct', 'direct', 'direct'])
  })

  it('reads `Соответствующее заявление сделал X` as pointing back, the statement no subject', () => {
    const text = 'Россия выйдет из договора. Соответствующее заявление сделал глава МИД Сергей Лавров.'
    expect(chains(annotateSync(text, {language: 'ru'}))).toEqual([['Сергей Лавров'], ['Сергей Лавров']])
    expect(modes(text, 'ru')).toEqual(['backward', 'indirect'])
  })

  it('reads `the Florida senator` as someone named with both words, never the last senator named', () => {
    const doc = annotateSync('Senator Ted Cruz of Texas spoke first. The Florida senator said the bill would pass.', {language: 'en'})
    expect(chains(doc)[1]).toEqual(['Florida senator'])
  })

  it('carries a quote with no speaker in sight on from a verb that closed the sentence before', () => {
    const doc = annotateSync('Mayor Ann Lee spoke at length. "The politics are just so blatant" in the council, she said in an interview. "This bill is the death throes of a movement."', {language: 'en'})
    expect(chains(doc)[2]).toEqual(['Ann Lee'])
    expect(doc.sentences[2]!.attribution?.mode).toBe('direct')
  })

  it('reads a company named by what it does as the company named before (перевозчик)', () => {
    const doc = annotateSync('В «Победе» заявили, что пассажиров доставят резервным бортом. Перевозчик также пообещал компенсировать неудобства.', {language: 'ru'})
    expect(chains(doc)).toEqual([['Победа'], ['Победа']])
  })

  it('reads a bare expert as the one just named, and as someone new further on', () => {
    const doc = annotateSync('Юрист Александр Иванов предположил, что компания не станет платить штраф. «Активов нет», — пояснил эксперт. Погода была плохой. Дождь шел весь день. «Это опасно», — сказал эксперт.', {language: 'ru'})
    expect(chains(doc)).toEqual([['Александр Иванов'], ['Александр Иванов'], [], [], ['эксперт']])
    expect(doc.sentences[4]!.attribution?.flags).toContain('anonymous-source')
  })

  it('reads `the analyst` as the one named so before, if anyone was', () => {
    const doc = annotateSync('Mark Zandi, a senior analyst, said the plan would fail. The analyst added that taxes would rise.', {language: 'en'})
    expect(chains(doc)).toEqual([['Mark Zandi'], ['Mark Zandi']])
    expect(chains(annotateSync('The analyst added that taxes would rise.', {language: 'en'}))).toEqual([['The analyst']])
  })

  it('takes a surname declined as a common noun for the person named with it (Эммануэля Макрона … Макрон)', () => {
    const doc = annotateSync('Песков назвал опасными высказывания президента Франции Эммануэля Макрона. Ранее Макрон не исключил, что страны направят войска.', {language: 'ru'})
    expect(chains(doc)[1]).toEqual(['Эммануэль Макрон'])
    expect(doc.sentences[1]!.attribution?.chain[0]?.kind).toBe('person')
  })

  it('finds the speaker of a quote in the writer’s remark inside it (`«…, — сказал Лавров. — …»`)', () => {
    const text = 'Министр Антон Силуанов выступил первым. «Никаких переговоров не будет, — сказал Лавров. — Позиция России неизменна».'
    expect(chains(annotateSync(text, {language: 'ru'}))).toEqual([[], ['Лавров'], ['Лавров']])
    expect(modes(text, 'ru').slice(1)).toEqual(['direct', 'direct'])
  })

  it('reads `в его обращении` as the words of whoever `его` stands for', () => {
    const doc = annotateSync('Губернатор Иван Петров выступил по телевидению. «Ситуация под контролем», — говорится в его обращении.', {language: 'ru'})
    expect(chains(doc)[1]).toEqual(['Иван Петров'])
  })

  it('keeps unnamed groups of different sizes apart (Два источника, Пять источников)', () => {
    const doc = annotateSync('Два источника сообщили, что сделка сорвалась. Пять источников сообщили, что нет.', {language: 'ru'})
    expect(chains(doc)).toEqual([['Два источника'], ['Пять источников']])
  })

  it('reads `Такую информацию распространил X`, `Эти данные приводит X` as pointing back', () => {
    const text = 'Пострадавших нет. Такую информацию распространил оперштаб региона.'
    expect(modes(text, 'ru')).toEqual(['backward', 'indirect'])
    expect(chains(annotateSync(text, {language: 'ru'}))[0]).toEqual(['оперштаб региона'])
  })

  it('reads `он` after a sentence that opens with someone by title as that someone', () => {
    const doc = annotateSync('Президент России Владимир Путин провел совещание. Глава Минфина выступил на форуме в Казани. Он отметил, что бюджет сбалансирован.', {language: 'ru'})
    expect(chains(doc)[2]).toEqual(['глава Минфина'])
    const named = annotateSync('Глава Минфина Антон Силуанов выступил на форуме. Он отметил, что бюджет сбалансирован.', {language: 'ru'})
    expect(chains(named)[1]).toEqual(['Антон Силуанов'])
  })
})
