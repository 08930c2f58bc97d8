// The add-in build: the Word task pane (dist/taskpane.html and its ES5 start script), the browser demo
// (dist/demo.html), the manifest and the icons; the pages and their Content-Security-Policy are in
// src/taskpane/page.cjs. `--mode production` rewrites https://localhost:3000 in the copied manifest with JALON_HOST_URL.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { panePage, demoPage } = require('./src/taskpane/page.cjs');
const { stripExamples } = require('./scripts/strip-examples.cjs');

const DEV_URL = 'https://localhost:3000';

/** The catalogue's host messages (TypeScript), for the pane page's message to webviews the pane cannot run in. */
function hostMessages() {
  const file = './src/core/messages/host.ts';
  try {
    return require(file).host; // where require reads TypeScript already (the tests)
  } catch {
    return require('tsx/cjs/api').require(file, __filename).host;
  }
}

function hostUrl(mode) {
  const url = process.env.JALON_HOST_URL;
  if (mode !== 'production' || !url) return DEV_URL;
  if (!/^https:\/\/[^\s"<>]+$/.test(url)) throw new Error(`JALON_HOST_URL must be an https:// URL, got ${url}`);
  return url.replace(/\/+$/, '');
}

module.exports = (env, argv) => {
  const mode = argv.mode ?? 'production';
  const dev = mode === 'development';
  const target = hostUrl(mode);
  return {
    mode,
    // No eval-based source maps: the Content-Security-Policy forbids eval.
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      demo: './src/demo/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      // dist/cli belongs to the command-line build (webpack.cli.config.js).
      clean: { keep: /^cli[\\/]/ },
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npm run typecheck`; the bundle only needs transpiling.
            options: {
              transpileOnly: true,
              compilerOptions: { noEmit: false, module: 'ESNext' },
              // The rule data's example sentences are tests, not part of the add-in.
              getCustomTransformers: () => ({ before: [stripExamples()] }),
            },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      // The pane's scripts are loaded by its start script (src/taskpane/start.js), only where they can run.
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        inject: false,
        templateContent: ({ htmlWebpackPlugin }) =>
          panePage({ scripts: htmlWebpackPlugin.files.js, dev, messages: hostMessages() }),
      }),
      new HtmlWebpackPlugin({
        filename: 'demo.html',
        chunks: ['demo'],
        templateContent: demoPage({ dev }),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // ES5, copied as written: webpack's own runtime would not be ES5.
          { from: 'src/taskpane/start.js', to: 'start.js' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (target === DEV_URL ? content : content.toString().split(DEV_URL).join(target)),
          },
        ],
      }),
    ],
  };
};
