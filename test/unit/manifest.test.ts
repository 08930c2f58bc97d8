// Structure of manifest.xml beyond what the XSD checks (.ci/run runs xmllint against the official schema):
// every user-visible string has its en-US override, every icon exists at its size, every URL is ours.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

const ROOT = join(__dirname, '..', '..');
const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  isArray: (n) => ['Override', 'String', 'Image', 'Url', 'Set'].includes(n),
});
const m = parser.parse(xml).OfficeApp;

function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('manifest.xml', () => {
  it('is a Word task-pane add-in, French by default, needing WordApi 1.3 only', () => {
    expect(m['@type']).toBe('TaskPaneApp');
    expect(m.DefaultLocale).toBe('fr-FR');
    expect(m.Hosts.Host['@Name']).toBe('Document');
    expect(m.Requirements.Sets.Set).toEqual([expect.objectContaining({ '@Name': 'WordApi', '@MinVersion': '1.3' })]);
  });

  it('overrides every user-visible string in en-US', () => {
    const strings = [
      m.DisplayName,
      m.Description,
      ...m.VersionOverrides.Resources.ShortStrings.String,
      ...m.VersionOverrides.Resources.LongStrings.String,
    ];
    expect(strings.length).toBeGreaterThanOrEqual(7);
    for (const s of strings) {
      const en = (s.Override ?? []).find((o: Record<string, string>) => o['@Locale'] === 'en-US');
      expect(en?.['@Value']).toBeTruthy();
    }
    const tooltip = m.VersionOverrides.Resources.LongStrings.String.find(
      (s: Record<string, string>) => s['@id'] === 'OpenPane.Tooltip',
    );
    expect(tooltip['@DefaultValue']).not.toBe(tooltip.Override[0]['@Value']);
  });

  it('puts a button that opens the pane on the Home tab', () => {
    const tab = m.VersionOverrides.Hosts.Host.DesktopFormFactor.ExtensionPoint.OfficeTab;
    expect(tab['@id']).toBe('TabHome');
    const action = tab.Group.Control.Action;
    expect(action['@type']).toBe('ShowTaskpane');
    const url = m.VersionOverrides.Resources.Urls.Url.find(
      (u: Record<string, string>) => u['@id'] === action.SourceLocation['@resid'],
    );
    expect(url['@DefaultValue']).toBe('https://localhost:3000/taskpane.html');
  });

  it('points every URL at https://localhost:3000, and every icon at a real PNG of its size', () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"|<AppDomain>([^<]+)</g)].map(
      (x) => x[1] ?? x[2],
    );
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith('https://localhost:3000')).toBe(true);
    const icons = [...xml.matchAll(/https:\/\/localhost:3000\/(assets\/icon-(\d+)\.png)/g)];
    expect(new Set(icons.map((i) => i[2]))).toEqual(new Set(['16', '32', '64', '80']));
    for (const size of [16, 32, 64, 80, 128]) {
      const file = join(ROOT, 'assets', `icon-${size}.png`);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual([size, size]);
    }
  });

  it('declares the image sizes the ribbon uses', () => {
    const images = m.VersionOverrides.Resources.Images.Image.map((i: Record<string, string>) => i['@id']);
    expect(images).toEqual(['Icon.16x16', 'Icon.32x32', 'Icon.80x80']);
  });
});

describe('the build (webpack.config.js)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require('../../webpack.config.js') as (
    env: unknown,
    argv: { mode: string },
  ) => { plugins: unknown[]; devtool: unknown };
  type Pattern = { from: string; transform?: (c: Buffer) => string | Buffer };
  const manifestPattern = (c: { plugins: unknown[] }) =>
    c.plugins.flatMap((p) => (p as { patterns?: Pattern[] }).patterns ?? []).find((p) => p.from === 'manifest.xml')!;
  const html = (c: { plugins: unknown[] }, name: string) => {
    const content = (
      c.plugins.find((p) => (p as { userOptions?: { filename?: string } }).userOptions?.filename === name) as {
        userOptions: { templateContent: string | ((o: unknown) => string) };
      }
    ).userOptions.templateContent;
    // The pane page lists its scripts for its start script: html-webpack-plugin hands them to the template.
    return String(
      typeof content === 'function' ? content({ htmlWebpackPlugin: { files: { js: ['taskpane.js'] } } }) : content,
    );
  };
  const saved = process.env.JALON_HOST_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.JALON_HOST_URL;
    else process.env.JALON_HOST_URL = saved;
  });

  it('rewrites the development URL in the copied manifest for production only', () => {
    process.env.JALON_HOST_URL = 'https://jalon.example.gouv.fr/';
    const out = String(manifestPattern(config({}, { mode: 'production' })).transform!(Buffer.from(xml)));
    expect(out).not.toContain('localhost');
    expect(out).toContain('<SourceLocation DefaultValue="https://jalon.example.gouv.fr/taskpane.html"/>');
    const dev = manifestPattern(config({}, { mode: 'development' })).transform!(Buffer.from(xml));
    expect(String(dev)).toBe(xml);
    process.env.JALON_HOST_URL = 'http://insecure.example';
    expect(() => config({}, { mode: 'production' })).toThrow(/https/);
  });

  it('sends a Content-Security-Policy: scripts from our origin and the Office.js CDN, websocket only in development', () => {
    const prod = html(config({}, { mode: 'production' }), 'taskpane.html');
    expect(prod).toContain(
      "script-src 'self' https://appsforoffice.microsoft.com https://officeapis.public.onecdn.static.microsoft;",
    );
    expect(prod).toContain("connect-src 'self';");
    expect(prod).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(html(config({}, { mode: 'production' }), 'demo.html')).not.toContain('office.js');
    expect(html(config({}, { mode: 'development' }), 'taskpane.html')).toContain(
      "connect-src 'self' wss://localhost:3000",
    );
    expect(config({}, { mode: 'development' }).devtool).not.toMatch(/eval/);
  });
});
