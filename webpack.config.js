// The add-in build: the Word task pane (dist/taskpane.html), the browser demo (dist/demo.html), the manifest
// and the icons. `--mode production` rewrites https://localhost:3000 in the copied manifest with JALON_HOST_URL.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Scripts only from our origin and Microsoft's Office.js CDN; no network beyond our origin. */
function csp(dev) {
  return [
    "default-src 'self'",
    "script-src 'self' https://appsforoffice.microsoft.com",
    // Fluent UI writes its styles at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    // The dev server's live-reload websocket, in development only.
    `connect-src 'self'${dev ? ' wss://localhost:3000 ws://localhost:3000' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

function page({ title, lang, officeJs, dev }) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp(dev)}">
<title>${title}</title>
<link rel="icon" type="image/png" href="assets/icon-32.png">
${officeJs ? `<script src="${OFFICE_JS}"></script>` : ''}
</head>
<body>
<div id="root"></div>
</body>
</html>`;
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
            options: { transpileOnly: true, compilerOptions: { noEmit: false, module: 'ESNext' } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        templateContent: page({ title: 'Jalon', lang: 'fr', officeJs: true, dev }),
      }),
      new HtmlWebpackPlugin({
        filename: 'demo.html',
        chunks: ['demo'],
        templateContent: page({ title: 'Jalon — démonstration', lang: 'fr', officeJs: false, dev }),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
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
