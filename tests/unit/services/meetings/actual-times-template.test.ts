import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../../../electron/shared/entities';
import { must, savedData, startTempServices, type TempServices } from '../../../support/temp-services';
import { networkWithPeople, planMeeting, refused } from './meeting-fixtures';

let services: TempServices;
beforeEach(async () => {
  services = await startTempServices();
});
afterEach(async () => services.dispose());

const MIN = 60_000;
const T0 = Date.parse('2026-11-23T08:30:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * MIN).toISOString();

/** A status meeting run live: the first item takes 7 minutes, the second 23, the rest none. */
async function ranMeeting(): Promise<Meeting> {
  const { network } = await networkWithPeople(services);
  const meeting = await planMeeting(services, network.id, { templateId: 'statusmoede' });
  await must(services, 'live:start', { id: meeting.id, at: at(0) });
  await must(services, 'live:next', { id: meeting.id, at: at(7) });
  await must(services, 'live:next', { id: meeting.id, at: at(30) });
  return must(services, 'live:end', { id: meeting.id, at: at(30) });
}

describe('a template kept with the times a meeting really took', () => {
  it('gives each item the minutes it ran, a skipped one its plan, and a length that holds them', async () => {
    const held = await ranMeeting();
    const template = await must(services, 'meetings:save-as-template', {
      id: held.id,
      title: 'Status som vi plejer',
      timesFrom: 'actual',
    });
    expect(template.isTemplate).toBe(true);
    expect(template.agenda.map((item) => item.title)).toEqual(held.agenda.map((item) => item.title));
    const rest = held.agenda.slice(2).map((item) => item.minutes);
    expect(rest.length).toBeGreaterThan(0);
    expect(template.agenda.map((item) => item.minutes)).toEqual([7, 23, ...rest]);
    expect(template.durationMinutes).toBe(30 + rest.reduce((sum, m) => sum + m, 0));
    // The plan of the meeting itself is not touched.
    const saved = (await savedData(services.dataDir)).meetings.find((m) => m.id === held.id);
    expect(saved?.agenda.map((item) => item.minutes)).toEqual(held.agenda.map((item) => item.minutes));
  });

  it('keeps the planned times when asked for them, as before', async () => {
    const held = await ranMeeting();
    const template = await must(services, 'meetings:save-as-template', { id: held.id, title: 'Plan' });
    expect(template.agenda.map((item) => item.minutes)).toEqual(held.agenda.map((item) => item.minutes));
    expect(template.durationMinutes).toBe(held.durationMinutes);
  });

  it('is refused in Danish for a meeting that was never run to its end, and nothing is saved', async () => {
    const { network } = await networkWithPeople(services);
    const meeting = await planMeeting(services, network.id, { templateId: 'statusmoede' });
    await must(services, 'live:start', { id: meeting.id, at: at(0) });
    const before = (await savedData(services.dataDir)).meetings.length;
    const error = await refused(services, 'meetings:save-as-template', {
      id: meeting.id,
      title: 'For tidligt',
      timesFrom: 'actual',
    });
    expect(error.message).toBe('Mødet er ikke afviklet til ende, så der er ingen faktiske tider at gemme.');
    expect((await savedData(services.dataDir)).meetings.length).toBe(before);
  });
});
