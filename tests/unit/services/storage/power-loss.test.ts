import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyAppData, type AppData } from '../../../../electron/services/storage/app-data';
import { BACKUP_DIR } from '../../../../electron/services/storage/backups';
import { DATA_FILE, openStore } from '../../../../electron/services/storage/store';
import { fixedClock } from '../../../support/temp-services';

/** The states a power cut can leave behind, given that every save fsyncs before it renames. */
const ARTEFACTS = ['torn-temp', 'full-temp-no-rename', 'renamed', 'many-stale-temps', 'torn-data-file', 'empty-data-file'] as const;
type Artefact = (typeof ARTEFACTS)[number];
const CASES = 2000;

function stateWith(count: number): AppData {
  const data = emptyAppData();
  data.profile.name = `tilstand ${count}`;
  for (let n = 0; n < count; n += 1) {
    data.people.push({ id: `p${n}`, createdAt: 'a', updatedAt: 'a', name: `Person ${n} æøå`, unit: '', title: '', email: '', phone: '' });
  }
  return data;
}

const text = (data: AppData) => `${JSON.stringify(data, null, 1)}\n`;

let root: string;
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-power-'));
});
afterAll(async () => fs.rm(root, { recursive: true, force: true }));

describe('simulated power loss', () => {
  it(`always starts with the last acknowledged state or a recovered backup (${CASES} cases)`, async () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const seen = new Map<Artefact, number>();
    for (let n = 0; n < CASES; n += 1) {
      const artefact = ARTEFACTS[n % ARTEFACTS.length] as Artefact;
      seen.set(artefact, (seen.get(artefact) ?? 0) + 1);
      const dir = path.join(root, `case-${n}`);
      await fs.mkdir(path.join(dir, BACKUP_DIR), { recursive: true });
      const acked = 1 + Math.floor(random() * 20);
      const previous = text(stateWith(acked - 1));
      const current = text(stateWith(acked));
      const inFlight = text(stateWith(acked + 1));
      await fs.writeFile(path.join(dir, BACKUP_DIR, 'recent-2026-11-23T08-00-00-000Z.json'), previous);
      const tempName = () => `.tmp-${DATA_FILE}-${1000 + n}-${Math.floor(random() * 0xffff).toString(16)}`;
      const cut = (s: string) => Buffer.from(s).subarray(0, Math.floor(random() * Buffer.byteLength(s)));

      switch (artefact) {
        case 'torn-temp':
          await fs.writeFile(path.join(dir, DATA_FILE), current);
          await fs.writeFile(path.join(dir, tempName()), cut(inFlight));
          break;
        case 'full-temp-no-rename':
          await fs.writeFile(path.join(dir, DATA_FILE), current);
          await fs.writeFile(path.join(dir, tempName()), inFlight);
          break;
        case 'renamed':
          await fs.writeFile(path.join(dir, DATA_FILE), inFlight);
          break;
        case 'many-stale-temps':
          await fs.writeFile(path.join(dir, DATA_FILE), current);
          for (let t = 0; t < 1 + Math.floor(random() * 4); t += 1) await fs.writeFile(path.join(dir, tempName()), cut(inFlight));
          break;
        case 'torn-data-file':
          // Hardware that acknowledged a flush it never did.
          await fs.writeFile(path.join(dir, DATA_FILE), cut(current));
          break;
        case 'empty-data-file':
          await fs.writeFile(path.join(dir, DATA_FILE), '');
          break;
      }

      const { store, notices, backups } = await openStore(dir, fixedClock());
      await backups.flushPending();
      const names = store.data.people.length;
      if (artefact === 'renamed') expect(names).toBe(acked + 1);
      else if (artefact === 'torn-data-file' || artefact === 'empty-data-file') {
        expect(names, `case ${n}`).toBe(acked - 1);
        expect(notices[0]?.kind).toBe('quarantined');
      } else {
        expect(names, `case ${n} (${artefact})`).toBe(acked);
        expect(notices).toEqual([]);
      }
      expect((await fs.readdir(dir)).filter((f) => f.startsWith('.tmp-'))).toEqual([]);
      await fs.rm(dir, { recursive: true, force: true });
    }
    expect([...seen.values()].reduce((a, b) => a + b, 0)).toBe(CASES);
  }, 300_000);
});
