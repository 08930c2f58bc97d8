// Structure of manifest.xml beyond what the XSD checks (.ci/run runs xmllint against the official schema):
// every user-visible string has its en-US override, every icon exists at its size, every URL is ours.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

const ROOT = join(__dirname, '..', '..');
const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, isArray: (n) => ['Override', 'String', 'Image', 'Url', 'Set'].includes(n) });
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
    const strings = [m.DisplayName, m.Description, ...m.VersionOverrides.Resources.ShortStrings.String, ...m.VersionOverrides.Resources.LongStrings.String];
    expect(strings.length).toBeGreaterThanOrEqual(7);
    for (const s of strings) {
      const en = (s.Override ?? []).find((o: Record<string, string>) => o['@Locale'] === 'en-US');
      expect(en?.['@Value']).toBeTruthy();
    }
    const tooltip = m.VersionOverrides.Resources.LongStrings.String.find((s: Record<string, string>) => s['@id'] === 'OpenPane.Tooltip');
    expect(tooltip['@DefaultValue']).not.toBe(tooltip.Override[0]['@Value']);
  });

  it('puts a button that opens the pane on the Home tab', () => {
    const tab = m.VersionOverrides.Hosts.Host.DesktopFormFactor.ExtensionPoint.OfficeTab;
    expect(tab['@id']).toBe('TabHome');
    const action = tab.Group.Control.Action;
    expect(action['@type']).toBe('ShowTaskpane');
    const url = m.VersionOverrides.Resources.Urls.Url.find((u: Record<string, string>) => u['@id'] === action.SourceLocation['@resid']);
    expect(url['@DefaultValue']).toBe('https://localhost:3000/taskpane.html');
  });

  it('points every URL at https://localhost:3000, and every icon at a real PNG of its size', () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"|<AppDomain>([^<]+)</g)].map((x) => x[1] ?? x[2]);
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
