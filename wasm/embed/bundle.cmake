# Writes polity-embed.js: the widget's JS glue (polity-widget.js, a MODULARIZE factory) and the
# embed loader (esbuild's bundle of api.js and its imports) in one closure, so the page gets a
# single global (PolityExplorer) and one file. The closure's parameters hide AMD's define and
# CommonJS's exports/module from the glue, which would otherwise register itself with a news
# site's RequireJS or bundler; the loader runs in strict mode, as its modules were written.
#   cmake -DGLUE=polity-widget.js -DLOADER=loader.js -DOUTPUT=polity-embed.js -P bundle.cmake
file(READ "${GLUE}" glue)
file(READ "${LOADER}" loader)
set(text "/* Polity Explorer embed: one <script async> for every .polity-explorer element on the page.\n")
string(APPEND text "   Sources: wasm/platform (the widget's glue) and wasm/embed (the loader). */\n")
string(APPEND text "(function (define, exports, module) {\n${glue}\n(function () {\n'use strict';\n${loader}}());\n}());\n")
file(WRITE "${OUTPUT}.tmp" "${text}")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
