// Fits a plotly.js layout to the width it is drawn at: long titles wrap onto lines that fit, narrow charts get a
// smaller title font and their legend below the plot, and the top margin grows to hold the lines. The figure's own
// layout is never changed; a copy is returned.
function clawdemyFit(layout, width) {
  var fitted = JSON.parse(JSON.stringify(layout || {}));
  var narrow = width < 600;
  var size = narrow ? 14 : 17;
  var text = fitted.title && fitted.title.text;
  var lines = 0;
  if (text) {
    var perLine = Math.max(12, Math.floor((width - 40) / (size * 0.56)));
    var words = String(text).split(' ');
    var wrapped = [];
    var line = '';
    for (var i = 0; i < words.length; i++) {
      var next = line ? line + ' ' + words[i] : words[i];
      if (next.length > perLine && line) { wrapped.push(line); line = words[i]; } else { line = next; }
    }
    if (line) wrapped.push(line);
    lines = wrapped.length;
    fitted.title = { text: wrapped.join('<br>'), font: { size: size }, x: 0.02, xanchor: 'left', y: 1, yref: 'container', yanchor: 'top', pad: { t: 12 } };
  }
  var captions = (fitted.annotations || []).some(function (a) { return a.yref === 'paper' && a.y > 1; });
  var margin = fitted.margin || {};
  var needed = 12 + lines * Math.ceil(size * 1.3) + (captions ? 34 : 14);
  fitted.margin = { l: margin.l !== undefined ? margin.l : (narrow ? 50 : 70), r: margin.r !== undefined ? margin.r : (narrow ? 10 : 30),
    b: margin.b !== undefined ? margin.b : (narrow ? 60 : 70), t: Math.max(needed, margin.t !== undefined && !lines ? margin.t : 0) };
  if (narrow) {
    fitted.legend = { orientation: 'h', x: 0, xanchor: 'left', y: -0.22, yanchor: 'top' };
    (fitted.annotations || []).forEach(function (a) { a.font = { size: 11 }; });
  }
  return fitted;
}
