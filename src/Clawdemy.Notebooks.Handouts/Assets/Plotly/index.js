'use strict';

// The plotly.js that the handouts inline: plotly.js's core (the plot API, the components and the scatter trace) and
// only the other trace types the lesson's charts draw (src/Clawdemy.Notebooks.Engine/Charts/PlotlyJs.cs lists them; a
// test keeps the two lists equal).
var Plotly = require('plotly.js/lib/core');

Plotly.register([
    require('plotly.js/lib/bar'),
    require('plotly.js/lib/heatmap')
]);

module.exports = Plotly;
