// What the command line's main thread does before its first draft (issue 16, the .docx batch's cold process): it
// loads neither the unzipping nor the XML library until it reads an archive itself (with --jobs 2 the reader
// threads do), and it decodes and indexes the earlier-plans corpus while it waits for the first draft.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { comparesWithShippedCorpus } from '../../../src/cli/pool';
import { ReadError as ErrorOfReaders } from '../../../src/cli/read/error';
import { ReadError as ErrorOfZip } from '../../../src/cli/docx/zip';
import { prepareShippedCorpus, shippedCorpus, type AnalyzeOptions } from '../../../src/core';
import { docxFromXml, p, tempDir } from './helpers';

it('loads fflate and fast-xml-parser with the first archive read, not with the command line', () => {
  const dir = tempDir();
  const docx = join(dir, 'projet.docx');
  writeFileSync(docx, docxFromXml({ body: p('Engagement 1 : publier les données des marchés publics.') }));
  const loads = { fflate: 0, xml: 0 };
  jest.isolateModules(() => {
    jest.doMock('fflate', () => {
      loads.fflate += 1;
      return jest.requireActual('fflate');
    });
    jest.doMock('fast-xml-parser', () => {
      loads.xml += 1;
      return jest.requireActual('fast-xml-parser');
    });
    /* eslint-disable @typescript-eslint/no-require-imports -- a fresh module registry, so that loads are counted */
    require('../../../src/cli/main');
    require('../../../src/cli/pool');
    require('../../../src/cli/worker');
    const { readDraft } = require('../../../src/cli/input') as typeof import('../../../src/cli/input');
    const { ReadError } = require('../../../src/cli/read/error') as typeof import('../../../src/cli/read/error');
    /* eslint-enable @typescript-eslint/no-require-imports */
    expect(loads).toEqual({ fflate: 0, xml: 0 });
    expect(readDraft(docx).source.text).toContain('marchés publics');
    expect(loads).toEqual({ fflate: 1, xml: 1 });
    // A damaged archive is still said the same way, whichever module the thread took the error from.
    writeFileSync(docx, 'PK\u0003\u0004 pas une archive');
    expect(() => readDraft(docx)).toThrow(ReadError);
    expect(loads).toEqual({ fflate: 1, xml: 1 });
  });
});

it('has one ReadError, whether taken from the readers or from the zip layer', () => {
  expect(ErrorOfZip).toBe(ErrorOfReaders);
});

describe('the earlier-plans corpus, prepared while the first draft is read', () => {
  it('is the shipped corpus, indexed as a first comparison would index it', () => {
    const corpus = prepareShippedCorpus();
    expect(corpus).toBe(shippedCorpus());
    // The plain computation: each sampled shingle of each earlier commitment, with the commitments that hold it.
    const plain = new Map<number, number[]>();
    corpus.items.forEach((it, k) => {
      for (const h of it.shingles) plain.set(h, [...(plain.get(h) ?? []), k]);
    });
    expect(corpus.index).toEqual(plain);
    expect(prepareShippedCorpus().index).toBe(corpus.index); // once
  });

  it('is prepared only when the plan half will compare with it', () => {
    const rules = (duplicate: unknown): AnalyzeOptions =>
      ({ houseRules: { rules: { duplicate } } }) as unknown as AnalyzeOptions;
    expect(comparesWithShippedCorpus({})).toBe(true);
    expect(comparesWithShippedCorpus({ lang: 'en' })).toBe(true);
    expect(comparesWithShippedCorpus(rules('on'))).toBe(true);
    expect(comparesWithShippedCorpus(rules({ severity: 'info' }))).toBe(true);
    expect(comparesWithShippedCorpus(rules('off'))).toBe(false);
    expect(comparesWithShippedCorpus(rules({ enabled: false }))).toBe(false);
    expect(comparesWithShippedCorpus({ earlierPlans: null })).toBe(false);
    expect(comparesWithShippedCorpus({ earlierPlans: { sampleMod: 1, items: [] } })).toBe(false);
  });
});
