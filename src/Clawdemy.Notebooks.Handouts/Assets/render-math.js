// Typesets TeX for the handouts with KaTeX: each line on stdin is a request, [{"tex", "display"}] as JSON, and each
// line it writes is the answer, {"result": the rendered HTML strings in the same order} or {"error": why}. argv[2] is
// the katex package folder.
'use strict';
const katex = require(process.argv[2]);
require(require('path').join(__dirname, 'serve-lines.js'))(items => items.map(item => katex.renderToString(item.tex, {
  displayMode: item.display,
  throwOnError: false,
  output: 'htmlAndMathml',
  strict: 'ignore',
})));
