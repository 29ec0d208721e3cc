import { describe, expect, it } from 'vitest';
import type { DocBlock } from '../../../../electron/shared/documents/document-model';
import { docSamples } from '../../../../scripts/doc-samples/index';
import { pipelineSampleModel } from '../../../../scripts/doc-samples/pipeline-sample';
import { inspectDocx } from '../../../support/docx-inspect';

const ALL_BLOCK_TYPES: Array<DocBlock['type']> = [
  'heading',
  'paragraph',
  'bullets',
  'numbered',
  'table',
  'keyValue',
  'signatures',
  'note',
  'pageBreak',
];

describe('docs:render samples', () => {
  it('the pipeline sample shows every block type', () => {
    const used = new Set(pipelineSampleModel().blocks.map((block) => block.type));
    expect([...used].sort()).toEqual([...ALL_BLOCK_TYPES].sort());
  });

  it('every sample builds a well-formed document under a unique kebab-case name', async () => {
    const names = docSamples.map((sample) => sample.name);
    expect(new Set(names).size).toBe(names.length);
    for (const sample of docSamples) {
      expect(sample.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const doc = await inspectDocx(await sample.build(null));
      expect(doc.paragraphs[0]?.style, sample.name).toBe('Title');
    }
    // Ten samples, one of them a 25-page journal: more than the default 30 s on a loaded machine.
  }, 180_000);
});
