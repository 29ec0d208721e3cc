import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyAppData, type AppData } from '../../../../electron/services/storage/app-data';
import { BACKUP_DIR } from '../../../../electron/services/storage/backups';
import { QUARANTINE_DIR } from '../../../../electron/services/storage/quarantine';
import { snapshotText } from '../../../../electron/services/storage/data-file';
import { encodeRecord, journalFile } from '../../../../electron/services/storage/journal';
import { DATA_FILE, openStore } from '../../../../electron/services/storage/store';
import { fixedClock } from '../../../support/temp-services';

/**
 * The states a power cut can leave behind, given that every journal append is fdatasync'd before
 * its save resolves and every data-file rewrite fsyncs before it renames. The last four are
 * hardware that acknowledged a flush it never did: damage is reported, never silently kept.
 */
const ARTEFACTS = [
  'torn-temp',
  'full-temp-no-rename',
  'renamed',
  'many-stale-temps',
  'journal-torn-tail',
  'journal-zero-tail',
  'compaction-cut-before-rename',
  'compaction-cut-before-journal-removal',
  'torn-data-file',
  'empty-data-file',
  'journal-garbled-middle',
  'journal-lost',
] as const;
type Artefact = (typeof ARTEFACTS)[number];
const CASES = 2000;

function stateWith(count: number): AppData {
  const data = emptyAppData();
  data.profile.name = `tilstand ${count}`;
  for (let n = 0; n < count; n += 1) {
    data.people.push({
      id: `p${n}`,
      createdAt: '2026-11-23T09:00:00.000Z',
      updatedAt: '2026-11-23T09:00:00.000Z',
      name: `Person ${n} æøå`,
      unit: '',
      title: '',
      email: '',
      phone: '',
    });
  }
  return data;
}

const text = (data: AppData) => `${JSON.stringify(data, null, 1)}\n`;

/** The journal line of the save that takes state `count` to `count + 1`. */
const step = (count: number) => {
  const next = stateWith(count + 1);
  return encodeRecord({ put: { profile: next.profile }, records: { people: { upsert: [next.people[count]] } } });
};
const steps = (from: number, to: number) => Array.from({ length: to - from }, (_, n) => step(from + n)).join('');

let root: string;
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-power-'));
});
afterAll(async () => fs.rm(root, { recursive: true, force: true }));

describe('simulated power loss', () => {
  it(`always starts with the last acknowledged state or a recovered backup (${CASES} cases)`, async () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const seen = new Map<Artefact, number>();
    for (let n = 0; n < CASES; n += 1) {
      const artefact = ARTEFACTS[n % ARTEFACTS.length] as Artefact;
      seen.set(artefact, (seen.get(artefact) ?? 0) + 1);
      const dir = path.join(root, `case-${n}`);
      await fs.mkdir(path.join(dir, BACKUP_DIR), { recursive: true });
      const acked = 3 + Math.floor(random() * 20);
      // Journal cases: the data file holds `base` saves, the journals the rest.
      const base = Math.floor(random() * (acked - 2));
      const middle = base + Math.floor(random() * (acked - base));
      let expectedAfterDamage = 0;
      // A cut-off last journal line is dropped, and the user is told so.
      let tornTail = false;
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
          for (let t = 0; t < 1 + Math.floor(random() * 4); t += 1)
            await fs.writeFile(path.join(dir, tempName()), cut(inFlight));
          break;
        case 'torn-data-file':
          // Hardware that acknowledged a flush it never did.
          await fs.writeFile(path.join(dir, DATA_FILE), cut(current));
          break;
        case 'empty-data-file':
          await fs.writeFile(path.join(dir, DATA_FILE), '');
          break;
        case 'journal-torn-tail':
          await fs.writeFile(path.join(dir, DATA_FILE), snapshotText(stateWith(base), 3));
          // Sometimes the line's end reached the disk and part of its middle did not.
          {
            const tail = Buffer.concat([cut(step(acked)), Buffer.from(random() < 0.5 ? '\n' : '')]);
            tornTail = tail.length > 0;
            await fs.writeFile(journalFile(dir, 3), Buffer.concat([Buffer.from(steps(base, acked)), tail]));
          }
          break;
        case 'journal-zero-tail':
          // A file extended by an append whose data never reached the disk reads as zeros.
          await fs.writeFile(path.join(dir, DATA_FILE), snapshotText(stateWith(base), 3));
          await fs.writeFile(
            journalFile(dir, 3),
            Buffer.concat([Buffer.from(steps(base, acked)), Buffer.alloc(1 + Math.floor(random() * 4096))]),
          );
          tornTail = true;
          break;
        case 'compaction-cut-before-rename':
          // A compaction started journal 4 and was writing the data file when the power went.
          await fs.writeFile(path.join(dir, DATA_FILE), snapshotText(stateWith(base), 3));
          await fs.writeFile(journalFile(dir, 3), steps(base, middle));
          await fs.writeFile(journalFile(dir, 4), steps(middle, acked));
          await fs.writeFile(path.join(dir, tempName()), cut(snapshotText(stateWith(middle), 4)));
          break;
        case 'compaction-cut-before-journal-removal':
          // The new data file landed but the journal it holds was not yet removed: replaying it would go back in time.
          await fs.writeFile(path.join(dir, DATA_FILE), snapshotText(stateWith(middle), 4));
          await fs.writeFile(
            journalFile(dir, 3),
            steps(base, middle) + encodeRecord({ records: { people: { remove: ['p0'] } } }),
          );
          await fs.writeFile(journalFile(dir, 4), steps(middle, acked));
          break;
        case 'journal-garbled-middle': {
          await fs.writeFile(path.join(dir, DATA_FILE), snapshotText(stateWith(base), 3));
          const lines = steps(base, acked).split('\n');
          const garbled = Math.floor(random() * (acked - base - 1));
          const line = lines[garbled] ?? '';
          const at = 10 + Math.floor(random() * (line.length - 10));
          lines[garbled] = `${line.slice(0, at)}${line[at] === 'x' ? 'y' : 'x'}${line.slice(at + 1)}`;
          await fs.writeFile(journalFile(dir, 3), lines.join('\n'));
          expectedAfterDamage = base + garbled;
          break;
        }
        case 'journal-lost':
          await fs.writeFile(path.join(dir, DATA_FILE), snapshotText(stateWith(base), 3));
          break;
      }

      const { store, notices, backups } = await openStore(dir, fixedClock());
      await backups.flushPending();
      const names = store.data.people.length;
      if (artefact === 'renamed') expect(names).toBe(acked + 1);
      else if (artefact === 'torn-data-file' || artefact === 'empty-data-file') {
        expect(names, `case ${n}`).toBe(acked - 1);
        expect(notices[0]?.kind).toBe('quarantined');
      } else if (artefact === 'journal-garbled-middle') {
        // The saves before the damage are kept; the journal is moved aside and the user told.
        expect(store.data.profile.name, `case ${n}`).toBe(`tilstand ${expectedAfterDamage}`);
        expect(names).toBe(expectedAfterDamage);
        expect(notices.map((notice) => notice.kind)).toEqual(['quarantined']);
        expect(await fs.readdir(path.join(dir, QUARANTINE_DIR))).toHaveLength(1);
      } else if (artefact === 'journal-lost') {
        expect(names).toBe(base);
        expect(notices).toEqual([]);
      } else {
        expect(names, `case ${n} (${artefact})`).toBe(acked);
        expect(store.data.profile.name, `case ${n} (${artefact})`).toBe(`tilstand ${acked}`);
        expect(notices.map((notice) => notice.id)).toEqual(tornTail ? ['journal-torn-tail'] : []);
      }
      // What was recovered is written back whole or replayed identically on the next start.
      await store.close();
      const reopened = await openStore(dir, fixedClock());
      expect(reopened.store.data).toEqual(store.data);
      expect(reopened.notices).toEqual([]);
      await reopened.store.close();
      expect((await fs.readdir(dir)).filter((f) => f.startsWith('.tmp-'))).toEqual([]);
      await fs.rm(dir, { recursive: true, force: true });
    }
    expect([...seen.values()].reduce((a, b) => a + b, 0)).toBe(CASES);
  }, 300_000);
});
