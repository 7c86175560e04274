// Typesets TeX for the handouts with KaTeX, once per export: reads [{"tex", "display"}] as JSON on stdin and
// writes the rendered HTML strings, in the same order, as JSON on stdout. argv[2] is the katex package folder.
'use strict';
const katex = require(process.argv[2]);
const chunks = [];
process.stdin.on('data', chunk => chunks.push(chunk));
process.stdin.on('end', () => {
  const items = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const html = items.map(item => katex.renderToString(item.tex, {
    displayMode: item.display,
    throwOnError: false,
    output: 'htmlAndMathml',
    strict: 'ignore',
  }));
  process.stdout.write(JSON.stringify(html));
});
