#!/bin/sh
# The command line on the example articles (after `npm run build`).
set -e
cd "$(dirname "$0")/.."
# A terminal report (colour on a terminal only):
node dist/cli.js examples/article.en.txt
# JSON of every sentence, from standard input, language given:
node dist/cli.js - --language ru --format json < examples/article.ru.txt | head -n 20
# Annotated HTML to a file, with the publisher for self-citations:
mkdir -p examples/out
node dist/cli.js examples/article.ru.txt --publisher 'Городские новости' --format html --output examples/out/cli.html
echo "wrote examples/out/cli.html"
