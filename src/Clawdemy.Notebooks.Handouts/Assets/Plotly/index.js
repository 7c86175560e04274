'use strict';

// The plotly.js that the handouts inline: plotly.js's core (the plot API, the components and the scatter trace) and
// only the other trace types Clawdemy's figure model draws (src/Clawdemy.Notebooks/Plotly/*Trace.cs). A test keeps
// this list and the figure model's trace types equal.
var Plotly = require('plotly.js/lib/core');

Plotly.register([
    require('plotly.js/lib/bar'),
    require('plotly.js/lib/heatmap')
]);

module.exports = Plotly;
