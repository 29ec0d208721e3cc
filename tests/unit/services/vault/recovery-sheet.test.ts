import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inspectDocx } from '../../../support/docx-inspect';
import { must, savedName, startTempServices, type TempServices } from '../../../support/temp-services';

let services: TempServices;
afterEach(async () => services.dispose());

describe('the recovery sheet', () => {
  it('saves the waiting code as a one-page Word sheet in the house style, in Danish or English', async () => {
    services = await startTempServices({ recoveryCodePending: true });
    const code = (await must(services, 'vault:recovery-code', {}))!.code;
    const saved = await must(services, 'vault:export-recovery-sheet', {});
    const doc = await inspectDocx(new Uint8Array(await fs.readFile(path.join(services.dataDir, savedName(saved)))));
    expect(doc.paragraphs.find((p) => p.style === 'Title')?.text).toBe('Gendannelseskode til Ledelsesrum');
    expect(doc.headings(2)).toEqual(['Din gendannelseskode', 'Hvornår skal du bruge den?', 'Sådan opbevarer du den']);
    expect(doc.allText).toContain(code);
    expect(doc.allText).toContain('Gem ikke filen på den samme computer');
    expect(doc.defaultLanguage).toBe('da-DK');
    expect(doc.hasPageNumberField).toBe(true);

    const english = await must(services, 'vault:export-recovery-sheet', { lang: 'en' });
    const en = await inspectDocx(new Uint8Array(await fs.readFile(path.join(services.dataDir, savedName(english)))));
    expect(en.headings(2)[0]).toBe('Your recovery code');
    expect(en.allText).toContain(code);
  });

  it('is refused once the code is kept, so the code cannot be fetched later', async () => {
    services = await startTempServices({ recoveryCodePending: true });
    await must(services, 'vault:recovery-code-saved', {});
    const refused = await services.dispatch('vault:export-recovery-sheet', {});
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('Der venter ingen gendannelseskode');
    expect(await must(services, 'vault:recovery-code', {})).toBeNull();
  });
});
