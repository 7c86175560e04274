'use strict';

// Builds, into node_modules/.clawdemy/, the plotly.js the handouts inline (run by the build after npm ci, and by
// `npm run bundle`):
// - plotly-clawdemy.min.js: index.js bundled from plotly.js's own modules with esbuild and minified, with the
//   attributes' descriptions left out (plotly.js's own dist bundles leave them out too; they only feed its docs);
// - plotly-clawdemy.inline.js: the same text deflated and base64-encoded, with the few lines (inflate.js, fflate's
//   inflateSync) that run it; about half the size, for the handouts.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const root = path.resolve(__dirname, '../../../..');
const out = path.join(root, 'node_modules', '.clawdemy');

// `description: '…'` and `description: ['…', …].join(' ')` in plotly.js's attribute files: documentation only.
const descriptions = /\n\s*description: (?:'(?:[^'\\\n]|\\.)*'|\[(?:\s*'(?:[^'\\\n]|\\.)*'\s*,?)*\s*\]\.join\(' '\)),?(?=\n)/g;

const stripDescriptions = {
    name: 'strip-plotly-descriptions',
    setup(build) {
        build.onLoad({ filter: /[\\/]plotly\.js[\\/]src[\\/].*\.js$/ }, async (args) => ({
            contents: (await fs.promises.readFile(args.path, 'utf8')).replace(descriptions, ''),
            loader: 'js'
        }));
    }
};

// The licence notices the minifier would drop: each package's copyright line from its LICENSE file.
const copyright = (name) => fs.readFileSync(path.join(root, 'node_modules', name, 'LICENSE'), 'utf8').match(/^Copyright .*$/m)[0];
const version = (name) => JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
const plotlyBanner = `/**\n* plotly.js (clawdemy: scatter, bar, heatmap - minified) v${version('plotly.js')}\n* ${copyright('plotly.js')}\n* Licensed under the MIT license\n*/`;
const inflateBanner = `/* plotly.js v${version('plotly.js')}, deflated; inflated by fflate v${version('fflate')}, ${copyright('fflate')}, MIT license */`;

const common = { bundle: true, minify: true, write: false, format: 'iife', target: 'es2016', charset: 'ascii', legalComments: 'none', logLevel: 'warning' };

async function main() {
    const plotly = await esbuild.build({
        ...common,
        entryPoints: [path.join(__dirname, 'index.js')],
        globalName: 'Plotly',
        banner: { js: plotlyBanner },
        plugins: [stripDescriptions],
        // plotly.js's own build settings: `global` is the window; no AMD wrapper; Node's debug flag off. Its stylesheets
        // (for maps) are not needed by these traces and are written nowhere.
        define: { global: 'window', 'define.amd': 'false', 'process.env.NODE_DEBUG': 'false' },
        loader: { '.css': 'empty' }
    });
    const inflate = await esbuild.build({ ...common, entryPoints: [path.join(__dirname, 'inflate.js')], globalName: 'inflate' });

    const text = plotly.outputFiles[0].text;
    const base64 = zlib.deflateRawSync(Buffer.from(text, 'utf8'), { level: 9, memLevel: 9 }).toString('base64');
    const inline = `${inflateBanner}\n(function(){${inflate.outputFiles[0].text.trim()}inflate.run("${base64}")})();`;

    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'plotly-clawdemy.min.js'), text);
    fs.writeFileSync(path.join(out, 'plotly-clawdemy.inline.js'), inline);
    console.log(`plotly.js bundle: ${text.length} bytes, ${inline.length} bytes deflated and inlined`);
}

main().catch((error) => {
    console.error(error);
    process.exit(1);
});
