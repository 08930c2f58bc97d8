// Shared by the browser tests: serves the built dist/ on a free loopback port and drives Debian's
// Chromium through playwright-core (never a downloaded browser).
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';

export const DIST = join(__dirname, '..', '..', 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Serves a build (dist/ unless told) on a free loopback port. */
export async function serveDist(dir = DIST): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(dir, 'demo.html'))) {
    throw new Error(`${dir}/demo.html is missing: run \`npm run build:dev\` first (npm test does).`);
  }
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0])).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path === '/' ? 'demo.html' : path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install -y chromium).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Screenshots of the main views land here, for a person to look at after a run. */
export const SCREENSHOTS = join(__dirname, '..', '..', 'test-results', 'screenshots');

export interface Session {
  browser: Browser;
  url: string;
  close: () => Promise<void>;
}

/** A build (dist/ unless told) served and Chromium launched, for one test file (beforeAll / afterAll) or a bench. */
export async function start(dir = DIST): Promise<Session> {
  const server = await serveDist(dir);
  const browser = await launchChromium();
  return {
    browser,
    url: server.url,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The session of one test file: started before its first test, closed after its last (jest's beforeAll and
 * afterAll). Its fields are read in the tests, once it has started.
 */
export function sessionForFile(): Session {
  let s: Session | undefined;
  beforeAll(async () => {
    s = await start();
  });
  afterAll(async () => {
    await s?.close();
  });
  const started = (): Session => {
    if (!s) throw new Error('the browser session starts in beforeAll: read it in a test');
    return s;
  };
  return {
    get browser() {
      return started().browser;
    },
    get url() {
      return started().url;
    },
    close: () => started().close(),
  };
}

export interface AxeViolation {
  id: string;
  impact?: string;
  nodes: string[];
}

/** axe-core's violations on the page, within `context` (axe's own context argument; null: the whole document). */
export async function runAxe(page: Page, context: unknown, options: Record<string, unknown>): Promise<AxeViolation[]> {
  const source = readFileSync(join(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  await page.addScriptTag({ content: source });
  return page.evaluate(
    async ([ctx, opts]) => {
      const a = (
        window as unknown as {
          axe: {
            run: (
              ctx: unknown,
              opts: unknown,
            ) => Promise<{ violations: { id: string; impact?: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const r = await a.run(ctx ?? document, { resultTypes: ['violations'], ...(opts as object) });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
    },
    [context ?? null, options] as const,
  );
}
