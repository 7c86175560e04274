// Fits a plotly.js figure to the width it is drawn at: long titles wrap onto lines that fit, narrow charts get a
// smaller title font and their legend, one entry per row, in a band of its own at the bottom (the chart grows by
// that band), and the top margin grows to hold the title's lines. Pictures with square pixels (heatmaps on an axis
// anchored to scale) shrink to the height their width allows, so a narrow screen shows no empty band around them; and
// no 28×28 picture (a heatmap whose meta gives its side) is drawn smaller than clawdemySmallestPicture px: pictures side
// by side that would be smaller go one under another, and tiles that would be are tiled in fewer columns. The figure is never
// changed; copies are returned: { layout (with its height), data, redraw (true when the fitting touched more than the
// title, margins, legend, width and height, so that a resize draws the figure again) }.
var clawdemySmallestPicture = 112; // 4 CSS px per pixel of a 28×28 picture
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
  // A fixed width (Plotly.NET's defaults give 600 px) wider than the page gives way to the page's width.
  if (fitted.width && fitted.width > width) delete fitted.width;
  var legendRows = fitted.showlegend === false ? 0 : (fitted.showlegend === true ? Math.max(1, traces) : (traces > 1 ? traces : 0));
  if (narrow && legendRows > 0) {
    var band = 10 + legendRows * 20;
    fitted.legend = { orientation: 'v', x: 0, xanchor: 'left', yref: 'container', y: 0, yanchor: 'bottom', font: { size: 11 } };
    fitted.margin.b += band;
    fitted.height += band;
  }
  var fittedData = data;
  var sized = false;
  var pictures = data.filter(function (t) { return t.type === 'heatmap' && t.meta && t.meta.side && t.z && t.z.length; });
  if (pictures.length > 1) stackPictures();
  else if (pictures.length === 1 && pictures[0].meta.count > 1) tilePictures(pictures[0]);
  var picture = data.filter(function (t) { return t.type === 'heatmap' && t.z && t.z.length; })[0];
  if (picture && fitted.yaxis && fitted.yaxis.scaleanchor === 'x' && !sized) {
    var domain = (fitted.xaxis && fitted.xaxis.domain) || [0, 1];
    var scale = data.some(function (t) { return t.type === 'heatmap' && t.showscale !== false; }) ? 80 : 0;
    var plotWidth = (width - fitted.margin.l - fitted.margin.r - scale) * (domain[1] - domain[0]);
    var fits = fitted.margin.t + fitted.margin.b + Math.ceil(plotWidth * picture.z.length / picture.z[0].length) + 8;
    fitted.height = Math.max(160, Math.min(fitted.height, fits));
  }
  if (narrow) {
    (fitted.annotations || []).forEach(function (a) { a.font = { size: 11 }; if (a.yref === 'paper' && a.y > 1) { a.y = 1; a.yanchor = 'bottom'; } });
  }
  return { layout: fitted, data: fittedData, redraw: pictures.length > 0 };

  // Pictures side by side (one per x axis, each in its share of the width) that would be drawn smaller than the
  // smallest go one under another, each at most 6 px per pixel, with its caption above it.
  function stackPictures() {
    var axes = pictures.map(function (t) {
      var x = 'xaxis' + (t.xaxis || 'x').slice(1), y = 'yaxis' + (t.yaxis || 'y').slice(1);
      return { x: x, y: y, domain: (fitted[x] && fitted[x].domain) || [0, 1] };
    });
    var inner = width - fitted.margin.l - fitted.margin.r;
    var smallest = Math.min.apply(null, axes.map(function (a) { return inner * (a.domain[1] - a.domain[0]); }));
    if (smallest >= clawdemySmallestPicture || axes.some(function (a) { return !fitted[a.x] || !fitted[a.y]; })) return;
    var side = Math.min(inner, pictures[0].meta.side * 6);
    var band = captions ? 24 : 8;
    var row = side + band;
    var height = axes.length * row;
    var stacked = (fitted.annotations || []).map(function (n) {
      if (n.yref !== 'paper' || !(n.y > 1) || n.xref !== 'paper') return -1;
      return axes.findIndex(function (a) { return n.x >= a.domain[0] && n.x <= a.domain[1]; });
    });
    axes.forEach(function (a, i) {
      var bottom = (axes.length - 1 - i) * row;
      fitted[a.x].domain = [0, 1];
      fitted[a.y].domain = [bottom / height, (bottom + side) / height];
    });
    (fitted.annotations || []).forEach(function (n, k) {
      if (stacked[k] < 0) return;
      n.x = 0.5; n.xanchor = 'center'; n.y = fitted[axes[stacked[k]].y].domain[1]; n.yanchor = 'bottom';
    });
    fitted.height = fitted.margin.t + fitted.margin.b + height;
    sized = true;
  }

  // Tiles (pictures of meta.side px with meta.gap px between them, meta.count of them, row by row) that would be drawn
  // smaller than the smallest are tiled again in as many columns as keep them large enough, and the rows balanced; on
  // a narrow screen the colour bar goes below, so that the tiles have the whole width.
  function tilePictures(trace) {
    var meta = trace.meta;
    var pitch = meta.side + meta.gap;
    var columns = Math.round(trace.z[0].length / pitch);
    var copy = Object.assign({}, trace);
    var bar = trace.showscale !== false;
    if (narrow && bar) {
      copy.colorbar = { orientation: 'h', x: 0.5, xanchor: 'center', yref: 'container', y: 0, yanchor: 'bottom', thickness: 12, len: 0.8 };
      fitted.margin.b += 44;
    }
    var plotWidth = width - fitted.margin.l - fitted.margin.r - (bar && !narrow ? 100 : 0); // a colour bar at the side takes about 90 px
    var most = Math.max(1, Math.floor(plotWidth * meta.side / (pitch * clawdemySmallestPicture)));
    if (columns <= most && !copy.colorbar) return;
    var shown = Math.min(columns, most);
    var rows = Math.ceil(meta.count / shown);
    var across = Math.ceil(meta.count / rows);
    var z = [];
    for (var r = 0; r < rows * pitch; r++) { z.push(new Array(across * pitch).fill(0)); }
    for (var i = 0; i < meta.count; i++) {
      var fromRow = Math.floor(i / columns) * pitch, fromColumn = (i % columns) * pitch;
      var toRow = Math.floor(i / across) * pitch, toColumn = (i % across) * pitch;
      for (var y = 0; y < pitch; y++) {
        var source = trace.z[fromRow + y] || [];
        for (var x = 0; x < pitch; x++) { z[toRow + y][toColumn + x] = source[fromColumn + x] || 0; }
      }
    }
    copy.z = z;
    fittedData = data.map(function (t) { return t === trace ? copy : t; });
    fitted.height = fitted.margin.t + fitted.margin.b + Math.ceil(rows * plotWidth / shown) + 8;
    sized = true;
  }
}
