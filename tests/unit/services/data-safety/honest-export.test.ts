import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agreementDefinitions } from '../../../../electron/shared/domain';
import type { Agreement, Reflection } from '../../../../electron/shared/entities';
import { emptyAppData } from '../../../../electron/services/storage/app-data';
import { approveFilled, startOn } from '../agreements/agreement-fixtures';
import { must, savedName, startTempServices, type TempServices } from '../../../support/temp-services';

const PRIVATE_WORD = 'Kvæstelsesblomst';
const PREP_WORD = 'Forberedelsesmumie';
const DELETED_WORD = 'Skraldeskildpadde';
const SHARED_WORD = 'Fællesfyrtårn';
const PASSWORD = 'korrekt hest batteri';

let services: TempServices;
let agreement: Agreement;
let questionId: string;

beforeEach(async () => {
  services = await startTempServices();
  ({ agreement } = await startOn(services, 'codriver'));
  questionId = agreementDefinitions.codriver.preparationQuestions[0]?.id ?? '';
  await must(services, 'agreements:update-draft', {
    id: agreement.id,
    patch: { preparation: { [questionId]: PREP_WORD } },
  });
  agreement = await approveFilled(services, agreement);
  await must(services, 'reflections:create', {
    kind: 'fri',
    title: 'Tvivl',
    body: `Om ${PRIVATE_WORD}`,
    private: true,
  });
  await must(services, 'reflections:create', { kind: 'fri', title: 'Åben', body: `Om ${SHARED_WORD}`, private: false });
  const doomed = await must(services, 'reflections:create', { kind: 'fri', body: DELETED_WORD });
  await must(services, 'reflections:delete', { id: doomed.id });
});
afterEach(() => services.dispose());

const savedFile = (name: string) => fs.readFile(path.join(services.dataDir, name), 'utf8');

describe('the ordinary data export', () => {
  it('leaves out private reflections, preparation notes and the trash, and says so in the file', async () => {
    const outcome = await must(services, 'data:export', {});
    const text = await savedFile(savedName(outcome));
    expect(text).toContain(SHARED_WORD);
    for (const word of [PRIVATE_WORD, PREP_WORD, DELETED_WORD]) expect(text).not.toContain(word);
    const file = JSON.parse(text) as { omitted: string[]; data: { trash: unknown[] } };
    expect(file.omitted).toEqual(['privateReflections', 'agreementPreparation', 'trash']);
    expect(file.data.trash).toEqual([]);
    const preview = await must(services, 'data:import-preview', { content: text });
    expect(preview).toMatchObject({ needsPassword: false, omitted: file.omitted });
  });

  it('merging it back never wipes the preparation notes kept here, even when its agreement is newer', async () => {
    const outcome = await must(services, 'data:export', {});
    const file = JSON.parse(await savedFile(savedName(outcome))) as { data: { agreements: Agreement[] } };
    // Newer than the copy here, but not ahead of the clock: a merge lets no future time win.
    const newer = new Date(Date.now() + 60_000).toISOString();
    for (const a of file.data.agreements) a.updatedAt = newer;
    await must(services, 'data:import', { content: JSON.stringify(file), mode: 'merge' });
    const after = await must(services, 'agreements:get', { id: agreement.id });
    expect(after.updatedAt).toBe(newer);
    expect(after.versions[0]?.preparation[questionId]).toBe(PREP_WORD);
  });
});

describe('the encrypted export of everything', () => {
  it('is ciphertext that opens only with its password, holding everything', async () => {
    const short = await services.dispatch('data:export-encrypted', { password: 'kort' });
    expect(short.ok).toBe(false);

    const outcome = await must(services, 'data:export-encrypted', {
      password: PASSWORD,
    });
    const sealed = await savedFile(savedName(outcome));
    for (const word of [PRIVATE_WORD, PREP_WORD, DELETED_WORD, SHARED_WORD, 'Tvivl'])
      expect(sealed).not.toContain(word);
    expect(JSON.parse(sealed)).toMatchObject({
      format: 'ledelsesrum-krypteret',
      cipher: 'aes-256-gcm',
      kdf: { name: 'scrypt' },
    });

    expect(await must(services, 'data:import-preview', { content: sealed })).toEqual({
      needsPassword: true,
      wrongPassword: false,
    });
    expect(await must(services, 'data:import-preview', { content: sealed, password: 'forkert kodeord' })).toEqual({
      needsPassword: true,
      wrongPassword: true,
    });
    const before = await fs.readFile(services.dataFile);
    const refused = await services.dispatch('data:import', {
      content: sealed,
      mode: 'replace',
      password: 'forkert kodeord',
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toBe('Adgangskoden passer ikke til filen. Intet er ændret.');
    expect(await fs.readFile(services.dataFile)).toEqual(before);

    // Everything comes back with the password, even after all of it was removed here.
    const reflectionCount = services.store.data.reflections.length;
    await must(services, 'data:import', { content: JSON.stringify(emptyAppData()), mode: 'replace' });
    const preview = await must(services, 'data:import-preview', { content: sealed, password: PASSWORD });
    expect(preview).toMatchObject({
      needsPassword: false,
      omitted: [],
      counts: { reflections: reflectionCount, agreements: 1 },
    });
    await must(services, 'data:import', { content: sealed, mode: 'replace', password: PASSWORD });
    const data = services.store.data;
    expect(data.reflections).toHaveLength(reflectionCount);
    expect(data.reflections.map((r) => r.body)).toEqual(
      expect.arrayContaining([`Om ${PRIVATE_WORD}`, `Om ${SHARED_WORD}`]),
    );
    expect(data.trash.map((t) => (t.record as Reflection).body)).toEqual([DELETED_WORD]);
    expect(data.agreements[0]?.versions[0]?.preparation[questionId]).toBe(PREP_WORD);
  });

  it('refuses to open when a byte of its header was changed', async () => {
    const outcome = await must(services, 'data:export-encrypted', {
      password: PASSWORD,
    });
    const file = JSON.parse(await savedFile(savedName(outcome))) as { purpose: string };
    file.purpose = 'noget-andet';
    expect(await must(services, 'data:import-preview', { content: JSON.stringify(file), password: PASSWORD })).toEqual({
      needsPassword: true,
      wrongPassword: true,
    });
  });
});
