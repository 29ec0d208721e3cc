import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QUARANTINE_DIR } from '../../../../electron/services/storage/quarantine';
import { fixedClock, must, savedData, startTempServices, type TempServices } from '../../../support/temp-services';

const clock = fixedClock('2026-11-23T10:15:30.000Z');
let services: TempServices;
let dataDir: string;

beforeEach(async () => {
  // Hand-edited plain files (a Notepad BOM, a record edited by hand): the folder stays in the plain form.
  services = await startTempServices({ clock, plain: true });
  dataDir = services.dataDir;
  await must(services, 'networks:load-example', {});
  await services.close();
});
afterEach(async () => {
  await services.dispose();
});

/** The data file as JSON, to damage it as a hand edit or an old bug would. */
async function readFile(): Promise<Record<string, Array<Record<string, unknown>>>> {
  return JSON.parse(await fs.readFile(path.join(dataDir, 'ledelsesrum.json'), 'utf8')) as never;
}

async function reopen(): Promise<TempServices> {
  services = await startTempServices({ clock, dataDir, plain: true });
  return services;
}

describe('a data file with some unsound records', () => {
  it('loads the sound ones, keeps the file byte for byte and names what was left out, in Danish', async () => {
    const file = await readFile();
    const meetings = file.meetings ?? [];
    const people = file.people ?? [];
    const bad = meetings[0] as Record<string, unknown>;
    bad.durationMinutes = -1e9;
    people.push({ ...people[0], name: 'Dobbeltgænger' });
    const text = JSON.stringify(file);
    await fs.writeFile(path.join(dataDir, 'ledelsesrum.json'), text);

    const opened = await reopen();
    const info = await must(opened, 'app:info', {});
    const notice = info.notices.find((n) => n.id.startsWith('salvaged-'));
    expect(notice?.message).toContain(`mødet «${String(bad.title)}»`);
    expect(notice?.message).toContain('skal være et helt tal mellem 1 og 1440');
    expect(notice?.message).toContain('personen «Dobbeltgænger» (den har samme id som en post før den)');
    expect(notice?.message).toContain('Datafilen indeholdt 2 poster');
    expect(notice?.messageEn).toContain('must be a whole number from 1 to 1440');
    // The untouched copy is where the notice says.
    expect(notice?.file).toMatch(new RegExp(`^${QUARANTINE_DIR}/ledelsesrum-.*\\.json$`));
    expect(await fs.readFile(path.join(dataDir, notice?.file ?? ''), 'utf8')).toBe(text);
    expect(notice?.message).toContain(`«${notice?.file ?? ''}»`);

    const loadedMeetings = await must(opened, 'meetings:list', {});
    expect(loadedMeetings.map((m) => m.id)).not.toContain(bad.id);
    expect(loadedMeetings).toHaveLength(meetings.filter((m) => m.isTemplate !== true).length - 1);
    const loadedPeople = await must(opened, 'people:list', {});
    expect(loadedPeople).toHaveLength(people.length - 1);
    expect(loadedPeople.map((p) => p.name)).not.toContain('Dobbeltgænger');
    // The data file now holds the sound records only, so the next start says nothing more.
    expect((await savedData(dataDir)).meetings.some((m) => m.id === bad.id)).toBe(false);
    await opened.close();
    const again = await reopen();
    expect((await must(again, 'app:info', {})).notices).toEqual([]);
  });

  it('accepts a byte order mark in front of the file, as Notepad writes it', async () => {
    const text = await fs.readFile(path.join(dataDir, 'ledelsesrum.json'));
    await fs.writeFile(path.join(dataDir, 'ledelsesrum.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text]));
    const opened = await reopen();
    expect((await must(opened, 'app:info', {})).notices).toEqual([]);
    expect((await must(opened, 'networks:list', {})).length).toBeGreaterThan(0);
    await expect(fs.readdir(path.join(dataDir, QUARANTINE_DIR))).rejects.toThrow();
  });

  it('leaves out a record nested 100,000 deep, so backups and compaction keep working', async () => {
    const file = await readFile();
    let deep: unknown = 'bund';
    for (let n = 0; n < 100_000; n += 1) deep = [deep];
    const network = (file.networks ?? [])[0] as Record<string, unknown>;
    // Written by hand: JSON.stringify itself overflows on a value this deep.
    const text = JSON.stringify(file).replace(
      `"id":"${String(network.id)}"`,
      `"id":"${String(network.id)}","extra":${'['.repeat(100_000)}"bund"${']'.repeat(100_000)}`,
    );
    await fs.writeFile(path.join(dataDir, 'ledelsesrum.json'), text);
    const opened = await reopen();
    const notice = (await must(opened, 'app:info', {})).notices[0];
    expect(notice?.message).toContain(`netværket «${String(network.name)}» (den er indlejret for dybt)`);
    await must(opened, 'backups:create', {});
    await must(opened, 'networks:create', { name: 'Efter redningen' });
    await opened.store.writeAll();
  });
});
