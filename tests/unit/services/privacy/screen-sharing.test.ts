import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../../electron/shared/contract';
import { fixedClock, must, savedData, startTempServices, type TempServices } from '../../../support/temp-services';

let services: TempServices;
beforeEach(async () => {
  services = await startTempServices({ clock: fixedClock() });
});
afterEach(async () => services.dispose());

const create = (input: InputOf<'reflections:create'>) => must(services, 'reflections:create', input);
const setProfile = (patch: InputOf<'profile:update'>['patch']) => must(services, 'profile:update', { patch });
const titles = async () => (await must(services, 'reflections:summaries', {})).map((entry) => entry.title);

describe('Skjul private', () => {
  it('leaves private entries out of the journal, its search, its tags and global search, and only while on', async () => {
    const hidden = await create({
      kind: 'fri',
      title: 'Tvivl om planen',
      body: 'kvælstofregnskab',
      tags: ['tvivl'],
      private: true,
    });
    await create({ kind: 'fri', title: 'Godt møde', body: 'kvælstof på dagsordenen', tags: ['møde'] });

    await setProfile({ hidePrivate: true });
    expect(await titles()).toEqual(['Godt møde']);
    expect(await must(services, 'reflections:find', { query: 'kvælstofregnskab' })).toEqual([]);
    expect(await must(services, 'reflections:tags', {})).toEqual(['møde']);
    const answer = await must(services, 'search:query', { text: 'kvælstofregnskab' });
    expect(answer.hits).toEqual([]);
    // The entry is still there and can be opened on purpose; nothing was changed on disk but the profile.
    expect((await must(services, 'reflections:get', { id: hidden.id })).body).toBe('kvælstofregnskab');
    expect((await savedData(services.dataDir)).reflections).toHaveLength(2);

    await setProfile({ hidePrivate: false });
    expect((await titles()).sort()).toEqual(['Godt møde', 'Tvivl om planen']);
    expect(await must(services, 'reflections:find', { query: 'kvælstofregnskab' })).toEqual([hidden.id]);
    const again = await must(services, 'search:query', { text: 'kvælstofregnskab' });
    expect(again.hits.map((hit) => hit.private)).toEqual([true]);
  });

  it('is remembered in the profile across a restart', async () => {
    await setProfile({ hidePrivate: true });
    expect((await savedData(services.dataDir)).profile.hidePrivate).toBe(true);
  });
});

describe('Nye refleksioner er private', () => {
  it('makes new entries private by default, for free entries and meeting entries, unless the writer says otherwise', async () => {
    expect((await create({ kind: 'fri' })).private).toBe(false);
    await setProfile({ privateByDefault: true });
    expect((await create({ kind: 'fri' })).private).toBe(true);
    expect((await create({ kind: 'fri', private: false })).private).toBe(false);
    const network = await must(services, 'networks:create', { name: 'Netværk' });
    const meeting = await must(services, 'meetings:create', {
      networkId: network.id,
      title: 'Møde',
      date: '2026-11-30',
      startTime: '09:00',
    });
    const forMeeting = await must(services, 'reflections:create-for-meeting', { meetingId: meeting.id });
    expect(forMeeting.private).toBe(true);
  });
});
