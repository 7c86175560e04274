// The neuron playground: reads the inputs x1..xn, the weights w1..wn, the bias b and the chosen squish from the
// container's form fields, writes each contribution, the weighted sum, z and the activation into its <output>
// elements, and draws the waterfall chart (its plotly.js JSON in data-figure) and moves it with them. No inline handlers: every event is wired here.
function clawdemyPlayground(container) {
  var squishes = {
    Sigmoid: function (z) { if (z >= 0) { return 1 / (1 + Math.exp(-z)); } var e = Math.exp(z); return e / (1 + e); },
    ReLU: function (z) { return isNaN(z) ? NaN : Math.max(0, z); }
  };
  var count = Number(container.getAttribute('data-inputs'));
  var field = function (name) { return container.querySelector('[name="' + name + '"]'); };
  var read = function (name) { var v = field(name).value.trim(); return v === '' ? NaN : Number(v); };
  var format = function (v) {
    if (isNaN(v)) { return '?'; }
    if (!isFinite(v)) { return v > 0 ? '∞' : '-∞'; }
    var magnitude = Math.abs(v);
    if (magnitude !== 0 && (magnitude < 1e-4 || magnitude >= 1e15)) { return v.toPrecision(4); }
    var rounded = Math.sign(v) * Math.round(magnitude * 1e4) / 1e4;
    return rounded === 0 ? '0' : rounded.toLocaleString('en-US', { maximumFractionDigits: 4 });
  };
  var signed = function (v) { return (v > 0 ? '+' : '') + format(v); };
  var update = function () {
    var products = [];
    for (var i = 1; i <= count; i++) { products.push(read('x' + i) * read('w' + i)); }
    var sum = products.reduce(function (a, b) { return a + b; }, 0);
    var bias = read('b');
    var z = sum + bias;
    var name = field('activation').value;
    var a = squishes[name](z);
    products.forEach(function (p, i) { field('c' + (i + 1)).value = signed(p); });
    field('sum').value = format(sum);
    field('z').value = format(z);
    field('a').value = format(a);
    container.querySelectorAll('[data-squish-name]').forEach(function (e) { e.textContent = name; });
    var chart = container.querySelector('.clawdemy-figure');
    if (!window.Plotly || !chart || !chart.data || isNaN(z)) { return; }
    var steps = products.concat([bias]);
    var y = [], base = [], text = [], color = [], running = 0;
    steps.forEach(function (s) {
      base.push(running); y.push(s); text.push(signed(s));
      color.push(s >= 0 ? container.getAttribute('data-positive') : container.getAttribute('data-negative'));
      running += s;
    });
    base.push(0); y.push(running); text.push(format(running)); color.push(container.getAttribute('data-total'));
    window.Plotly.update(chart, { y: [y], base: [base], text: [text], 'marker.color': [color] },
      { 'annotations[0].text': name + '(z) = ' + format(a), 'annotations[0].y': z, 'title.text': 'Where z = ' + format(z) + ' comes from' }, [0]);
  };
  var chart = container.querySelector('.clawdemy-figure');
  if (window.Plotly && chart && chart.getAttribute('data-figure')) {
    var figure = JSON.parse(chart.getAttribute('data-figure'));
    window.Plotly.newPlot(chart, figure.data, figure.layout, { responsive: true, displaylogo: false });
  }
  container.addEventListener('input', update);
  container.addEventListener('change', update);
  update();
}
