// The command line as one file for node: dist/cli/jalon.cjs, executable, with a shebang, dependencies bundled
// so that `npx jalon` needs nothing but node.
const path = require('path');
const fs = require('fs');
const webpack = require('webpack');

module.exports = (env, argv) => ({
  mode: argv.mode ?? 'production',
  target: 'node20',
  entry: './src/cli/bin.ts',
  devtool: false,
  output: {
    path: path.resolve(__dirname, 'dist/cli'),
    filename: 'jalon.cjs',
    library: { type: 'commonjs2' },
    clean: true,
  },
  resolve: { extensions: ['.ts', '.js', '.cjs', '.mjs'], conditionNames: ['node', 'require', 'default'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'ESNext', noEmit: false } } },
      },
    ],
  },
  optimization: { minimize: false },
  performance: { hints: false },
  plugins: [
    // One file: a lazily imported module (the template's docx library) stays inside it, evaluated on first use.
    new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
    new webpack.BannerPlugin({ banner: '#!/usr/bin/env node', raw: true, entryOnly: true }),
    {
      apply(compiler) {
        compiler.hooks.afterEmit.tap('executable', (compilation) => {
          fs.chmodSync(path.join(compilation.outputOptions.path, 'jalon.cjs'), 0o755);
        });
      },
    },
  ],
});
