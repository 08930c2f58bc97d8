// The command line for node, dependencies bundled so that `npx jalon` needs nothing but node:
// dist/cli/jalon.cjs (executable, with a shebang: bin.ts alone, which starts the reader thread before node compiles
// the rest), main.cjs (the rest of the command line), reader.cjs (what its reader threads run: the .docx and text
// readers and the core's text checks), template.cjs (the docx writer, loaded by `jalon template` only) and publish.cjs (loaded by
// `jalon updates-template` and `jalon publish` only).
const path = require('path');
const fs = require('fs');
const webpack = require('webpack');
const { stripExamples } = require('./scripts/strip-examples.cjs');

module.exports = (env, argv) => ({
  mode: argv.mode ?? 'production',
  target: 'node20',
  entry: { jalon: './src/cli/bin.ts', reader: './src/cli/reader.ts' },
  devtool: false,
  output: {
    path: path.resolve(__dirname, 'dist/cli'),
    filename: '[name].cjs',
    chunkFilename: '[name].cjs',
    library: { type: 'commonjs2' },
    clean: true,
  },
  resolve: { extensions: ['.ts', '.js', '.cjs', '.mjs'], conditionNames: ['node', 'require', 'default'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'ts-loader',
          options: {
            transpileOnly: true,
            compilerOptions: { module: 'ESNext', noEmit: false },
            // The rule data's example sentences are tests, not part of the command line.
            getCustomTransformers: () => ({ before: [stripExamples()] }),
          },
        },
      },
    ],
  },
  optimization: { minimize: false, splitChunks: false },
  performance: { hints: false },
  plugins: [
    new webpack.BannerPlugin({ banner: '#!/usr/bin/env node', raw: true, entryOnly: true, include: 'jalon.cjs' }),
    {
      apply(compiler) {
        compiler.hooks.afterEmit.tap('executable', (compilation) => {
          fs.chmodSync(path.join(compilation.outputOptions.path, 'jalon.cjs'), 0o755);
        });
      },
    },
  ],
});
