// Fits a plotly.js layout to the width it is drawn at: long titles wrap onto lines that fit, narrow charts get a
// smaller title font and their legend, one entry per row, in a band of its own at the bottom (the chart grows by
// that band), and the top margin grows to hold the title's lines. The figure's own layout is never changed; a copy
// is returned, with its height. Pictures with square pixels (heatmaps on an axis anchored to scale) shrink to the
// height their width allows, so a narrow screen shows no empty band around them.
function clawdemyFit(layout, width, data) {
  var traces = data.filter(function (t) { return t.type !== 'heatmap' && t.showlegend !== false; }).length;
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
  fitted.height = layout.height || 420;
  var legendRows = fitted.showlegend === false ? 0 : (fitted.showlegend === true ? Math.max(1, traces) : (traces > 1 ? traces : 0));
  if (narrow && legendRows > 0) {
    var band = 10 + legendRows * 20;
    fitted.legend = { orientation: 'v', x: 0, xanchor: 'left', yref: 'container', y: 0, yanchor: 'bottom', font: { size: 11 } };
    fitted.margin.b += band;
    fitted.height += band;
  }
  var picture = data.filter(function (t) { return t.type === 'heatmap' && t.z && t.z.length; })[0];
  if (picture && fitted.yaxis && fitted.yaxis.scaleanchor === 'x') {
    var domain = (fitted.xaxis && fitted.xaxis.domain) || [0, 1];
    var scale = data.some(function (t) { return t.type === 'heatmap' && t.showscale !== false; }) ? 80 : 0;
    var plotWidth = (width - fitted.margin.l - fitted.margin.r - scale) * (domain[1] - domain[0]);
    var fits = fitted.margin.t + fitted.margin.b + Math.ceil(plotWidth * picture.z.length / picture.z[0].length) + 8;
    fitted.height = Math.max(160, Math.min(fitted.height, fits));
  }
  if (narrow) {
    (fitted.annotations || []).forEach(function (a) { a.font = { size: 11 }; if (a.yref === 'paper' && a.y > 1) { a.y = 1; a.yanchor = 'bottom'; } });
  }
  return fitted;
}
