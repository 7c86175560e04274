// How the export's scripts answer (Assets/NodeWorker.cs): one request per line of JSON on stdin, one answer per line
// on stdout, in order, {"result": …} or {"error": "…"} when the request failed; the process ends when stdin closes.
'use strict';
const readline = require('readline');

module.exports = function serve(handle) {
  readline.createInterface({ input: process.stdin, crlfDelay: Infinity }).on('line', line => {
    let answer;
    try {
      answer = { result: handle(JSON.parse(line)) };
    } catch (e) {
      answer = { error: String((e && e.message) || e).split('\n')[0] };
    }
    process.stdout.write(JSON.stringify(answer) + '\n');
  });
};
