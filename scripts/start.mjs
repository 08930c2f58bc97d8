// `npm start`: builds the add-in in development mode and serves it over HTTPS on https://localhost:3000,
// rebuilding on change. Certificate: the Office development certificates when installed
// (npx office-addin-dev-certs install), else a self-signed one made here in .cert/ (no sudo needed).
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const webpack = require('webpack');
const WebpackDevServer = require('webpack-dev-server');
const selfsigned = require('selfsigned');

const PORT = Number(process.env.PORT ?? 3000);

async function certificate() {
  const office = join(homedir(), '.office-addin-dev-certs');
  if (existsSync(join(office, 'localhost.crt')) && existsSync(join(office, 'localhost.key'))) {
    return {
      source: `${office} (Office development certificates)`,
      key: readFileSync(join(office, 'localhost.key')),
      cert: readFileSync(join(office, 'localhost.crt')),
      ca: existsSync(join(office, 'ca.crt')) ? readFileSync(join(office, 'ca.crt')) : undefined,
    };
  }
  const dir = join(root, '.cert');
  const keyFile = join(dir, 'localhost.key');
  const certFile = join(dir, 'localhost.crt');
  if (!existsSync(keyFile) || !existsSync(certFile)) {
    mkdirSync(dir, { recursive: true });
    const notAfter = new Date();
    notAfter.setFullYear(notAfter.getFullYear() + 1);
    const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
      keySize: 2048,
      algorithm: 'sha256',
      notAfterDate: notAfter,
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
        { name: 'extKeyUsage', serverAuth: true },
        {
          name: 'subjectAltName',
          altNames: [
            { type: 2, value: 'localhost' },
            { type: 7, ip: '127.0.0.1' },
          ],
        },
      ],
    });
    writeFileSync(keyFile, pems.private, { mode: 0o600 });
    writeFileSync(certFile, pems.cert);
  }
  return {
    source: `${certFile} (self-signed: trust it once in your browser or system)`,
    key: readFileSync(keyFile),
    cert: readFileSync(certFile),
  };
}

const cert = await certificate();
const config = require(join(root, 'webpack.config.js'))({}, { mode: 'development' });
const compiler = webpack(config);
const server = new WebpackDevServer(
  {
    host: 'localhost',
    port: PORT,
    server: { type: 'https', options: { key: cert.key, cert: cert.cert, ...(cert.ca ? { ca: cert.ca } : {}) } },
    static: false,
    hot: false,
    liveReload: true,
    client: { overlay: false, logging: 'warn' },
    headers: { 'Access-Control-Allow-Origin': '*' },
  },
  compiler,
);

await server.start();
const base = `https://localhost:${PORT}`;
console.log(`
Jalon is served at ${base}  (certificate: ${cert.source})

  Demo, no Word needed:   ${base}/demo.html
  Task pane (in Word):    ${base}/taskpane.html

Sideload the add-in:
  Word on the web:  Insert > Add-ins > My Add-ins > Upload My Add-in, choose manifest.xml
                    (open ${base}/demo.html once first and accept the certificate if it is self-signed).
  Word desktop:     npx office-addin-debugging start manifest.xml   (where that tool is available;
                    Windows/macOS, it installs Microsoft's dev certificates and opens Word)

Press Ctrl+C to stop.`);

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    void server.stop().then(() => process.exit(0));
  });
}
