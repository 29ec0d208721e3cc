import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { looksEncrypted } from '../../../../electron/services/storage/encrypted-codec';
import { BACKUP_DIR } from '../../../../electron/services/storage/backups';
import { QUARANTINE_DIR } from '../../../../electron/services/storage/quarantine';
import { everyByte, everyTextWithKey } from '../../../support/folder-text';
import {
  fixedClock,
  must,
  readDataFileText,
  readablePreview,
  savedName,
  startTempServices,
  writeDataFileText,
  type TempServices,
} from '../../../support/temp-services';

const WORD = 'Skovsneppeflugt';
let services: TempServices;
let exportDir: string;
afterEach(async () => {
  await services.dispose();
  await fs.rm(exportDir, { recursive: true, force: true });
});

/** Every file a folder holds, each checked on its own. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe('encryption at rest', () => {
  it('never lets a private word reach the disk in clear: saves, compaction, backups, restore, quarantine, exports, purge', async () => {
    exportDir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-export-'));
    const clock = fixedClock();
    const saveDialog = async (request: { defaultFileName: string }) =>
      path.join(exportDir, `${Date.now()}-${Math.random()}-${request.defaultFileName}`);
    services = await startTempServices({ clock, saveDialog });
    const dataDir = services.dataDir;
    await must(services, 'networks:create', { name: 'Et netværk' });
    const entry = await must(services, 'reflections:create', { kind: 'fri', private: true, title: 'Kun til mig' });
    for (let n = 0; n < 12; n += 1) {
      await must(services, 'reflections:update', { id: entry.id, patch: { body: `${WORD} udkast ${n}` } });
      if (n === 5) await services.store.compactNow();
    }
    const early = await must(services, 'backups:create', {});
    await must(services, 'reflections:update', { id: entry.id, patch: { body: `${WORD} sidste udgave` } });
    await must(services, 'backups:restore', { name: early.name });

    // The default export leaves the private entry out; the encrypted full export holds it, as ciphertext only.
    const plainExport = path.join(exportDir, savedName(await must(services, 'data:export', {})));
    expect((await fs.readFile(plainExport)).includes(Buffer.from(WORD))).toBe(false);
    const password = 'en lang nok adgangskode';
    const full = path.join(exportDir, savedName(await must(services, 'data:export-encrypted', { password })));
    const fullText = await fs.readFile(full, 'utf8');
    expect(fullText.includes(WORD)).toBe(false);
    const opened = readablePreview(await must(services, 'data:import-preview', { content: fullText, password }));
    expect(opened.counts.reflections).toBe(1);
    expect(opened.omitted).toEqual([]);

    // A record that does not check out is left out at the next start; the untouched file is kept aside, still encrypted.
    await services.close();
    const data = JSON.parse(await readDataFileText(dataDir)) as { networks: Array<Record<string, unknown>> };
    data.networks[0]!.status = 'ugyldig';
    await writeDataFileText(dataDir, JSON.stringify(data));
    services = await startTempServices({ clock, saveDialog, dataDir });
    expect(services.notices.map((n) => n.kind)).toContain('quarantined');
    const kept = await fs.readdir(path.join(dataDir, QUARANTINE_DIR));
    expect(kept).toHaveLength(1);
    expect(looksEncrypted(await fs.readFile(path.join(dataDir, QUARANTINE_DIR, kept[0]!)))).toBe(true);
    await services.store.idle();

    // Everything the store wrote is ciphertext, and the word is there only behind the key.
    for (const file of await filesUnder(dataDir)) {
      const bytes = await fs.readFile(file);
      expect(bytes.includes(Buffer.from(WORD)), file).toBe(false);
      if (file.includes(`${path.sep}${BACKUP_DIR}${path.sep}`)) expect(looksEncrypted(bytes), file).toBe(true);
    }
    expect(await everyTextWithKey(dataDir)).toContain(WORD);
    expect((await everyByte(exportDir)).includes(Buffer.from(WORD))).toBe(false);

    // Purging rewrites every backup through the codec: still encrypted, still readable, without the word.
    await must(services, 'reflections:delete', { id: entry.id });
    const emptied = await must(services, 'data:empty-trash', {});
    expect(emptied.unreadableBackups).toEqual([]);
    expect(emptied.backupsRewritten).toBeGreaterThan(0);
    for (const name of await fs.readdir(path.join(dataDir, BACKUP_DIR)))
      expect(looksEncrypted(await fs.readFile(path.join(dataDir, BACKUP_DIR, name))), name).toBe(true);
    // The kept-aside copy of the damaged file is not cleaned by a purge (it is kept byte for byte); everything else is.
    await fs.rm(path.join(dataDir, QUARANTINE_DIR), { recursive: true });
    expect(await everyTextWithKey(dataDir)).not.toContain(WORD);
    expect((await everyByte(dataDir)).includes(Buffer.from(WORD))).toBe(false);
    expect((await must(services, 'backups:list', {})).length).toBeGreaterThan(0);
  });
});
