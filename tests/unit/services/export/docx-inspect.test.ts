import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { para } from '../../../../electron/shared/documents/document-model';
import { renderDocx } from '../../../../electron/services/export/render-docx';
import { inspectDocx } from '../../../support/docx-inspect';

// The inspector is what every export test trusts to call a document well-formed, so it must
// refuse the faults a lenient parser would let through.
async function validDocx(): Promise<Uint8Array> {
  return renderDocx({
    title: 'T',
    author: 'A',
    created: new Date('2026-11-22T10:00:00Z'),
    lang: 'da',
    blocks: [para('INDHOLD')],
  });
}

async function withDocumentXml(edit: (xml: string) => string | Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await validDocx());
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined) throw new Error('sample has no document.xml');
  zip.file('word/document.xml', edit(xml));
  return zip.generateAsync({ type: 'uint8array' });
}

describe('inspectDocx', () => {
  it('accepts a rendered document', async () => {
    const doc = await inspectDocx(await validDocx());
    expect(doc.allText).toContain('INDHOLD');
  });

  it('rejects a part that is not well-formed', async () => {
    await expect(inspectDocx(await withDocumentXml((xml) => xml.replace('</w:body>', '')))).rejects.toThrow(
      /document\.xml/,
    );
  });

  it('rejects a raw control character', async () => {
    await expect(inspectDocx(await withDocumentXml((xml) => xml.replace('INDHOLD', 'IND\u0001HOLD')))).rejects.toThrow(
      /U\+0001/,
    );
  });

  it('rejects a character reference to a forbidden character', async () => {
    await expect(
      inspectDocx(await withDocumentXml((xml) => xml.replace('INDHOLD', 'IND&#xFFFE;HOLD'))),
    ).rejects.toThrow(/&#xFFFE;/);
  });

  it('rejects bytes that are not valid UTF-8', async () => {
    const broken = await withDocumentXml((xml) => {
      const bytes = new TextEncoder().encode(xml);
      const at = xml.indexOf('INDHOLD');
      bytes[at] = 0xff;
      return bytes;
    });
    await expect(inspectDocx(broken)).rejects.toThrow(/UTF-8/);
  });

  it('rejects the replacement character a lone surrogate turns into when encoded', async () => {
    await expect(inspectDocx(await withDocumentXml((xml) => xml.replace('INDHOLD', 'IND\uFFFDHOLD')))).rejects.toThrow(
      /replacement/i,
    );
  });
});
