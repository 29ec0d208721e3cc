import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAppData, type AppData } from '../../../../electron/services/storage/app-data';
import { interpret } from '../../../../electron/services/storage/data-file';
import { SHORT_TEXT_MAX as CONTRACT_SHORT_TEXT_MAX } from '../../../../electron/shared/contract/fields';
import {
  agreementSchema,
  meetingSchema,
  networkSchema,
  personSchema,
  reflectionSchema,
  SHORT_TEXT_MAX,
} from '../../../../electron/shared/entities';
import { must, startTempServices, type TempServices } from '../../../support/temp-services';

// Real data as the app makes it: the example network with its people, meetings and reflections,
// plus an agreement started through the services.
let services: TempServices;
let sound: AppData;

beforeAll(async () => {
  services = await startTempServices();
  const network = await must(services, 'networks:load-example', {});
  await must(services, 'agreements:start', { networkId: network.id, counterpart: 'codriver' });
  sound = structuredClone(services.store.data);
});
afterAll(() => services.dispose());

function fresh(): AppData {
  return structuredClone(sound);
}

/** The first record the check left out, as "collection.index: why". */
function reasonOf(data: unknown): string {
  const checked = checkAppData(JSON.parse(JSON.stringify(data)));
  if (!checked.ok) throw new Error(`the whole file was refused: ${checked.reason}`);
  const first = checked.leftOut[0];
  if (!first) throw new Error('the data was accepted');
  return `${first.collection}.${first.index}: ${first.reason.da}`;
}

describe('one schema per stored record', () => {
  it('accepts the data the app itself writes', () => {
    const data = fresh();
    expect(data.meetings.length).toBeGreaterThan(0);
    expect(data.reflections.length).toBeGreaterThan(0);
    expect(data.agreements.length).toBe(1);
    const checked = checkAppData(JSON.parse(JSON.stringify(data)));
    expect(checked.ok && checked.leftOut).toEqual([]);
  });

  it('refuses two records with the same id in one collection', () => {
    const data = fresh();
    const first = data.people[0];
    if (!first) throw new Error('the example has people');
    data.people.push({ ...first, name: 'En anden' });
    expect(reasonOf(data)).toBe(`people.${data.people.length - 1}: den har samme id som en post før den`);
    const meetings = fresh();
    const meeting = meetings.meetings[0];
    if (!meeting) throw new Error('the example has meetings');
    meetings.meetings.push({ ...meeting });
    expect(reasonOf(meetings)).toBe(`meetings.${meetings.meetings.length - 1}: den har samme id som en post før den`);
  });

  it('refuses two agenda items with the same id in one meeting', () => {
    const data = fresh();
    const meeting = data.meetings.find((m) => m.agenda.length > 0);
    if (!meeting?.agenda[0]) throw new Error('the example has an agenda');
    meeting.agenda.push({ ...meeting.agenda[0] });
    expect(reasonOf(data)).toMatch(/^meetings\.\d+: «agenda» har to poster med samme id$/);
  });

  it.each(['i morgen', '2026-02-30', '2026-13-01', '26-11-23', ''])('refuses the meeting date %j', (date) => {
    const data = fresh();
    const meeting = data.meetings.find((m) => !m.isTemplate);
    if (!meeting) throw new Error('the example has meetings');
    meeting.date = date;
    expect(reasonOf(data)).toMatch(/^meetings\.\d+: (datoen er ikke en gyldig dato|posten mangler en dato$)/);
  });

  it('refuses a reflection dated on a day that does not exist', () => {
    const data = fresh();
    const entry = data.reflections[0];
    if (!entry) throw new Error('the example has reflections');
    entry.date = '2027-02-29';
    expect(reasonOf(data)).toBe('reflections.0: datoen er ikke en gyldig dato (åååå-mm-dd)');
  });

  it.each([-1e9, 0, 1441, 30.5, Number.NaN])('refuses a meeting length of %d minutes', (minutes) => {
    const meeting = fresh().meetings[0];
    expect(v.safeParse(meetingSchema, { ...meeting, durationMinutes: minutes }).success).toBe(false);
  });

  it.each(['24:00', '9:30', '09:60', 'kl. 9'])('refuses the start time %j', (startTime) => {
    const meeting = fresh().meetings[0];
    expect(v.safeParse(meetingSchema, { ...meeting, startTime }).success).toBe(false);
  });

  it.each(['zzzz', '9999-99-99T00:00:00Z', '2026-11-23', '2026-02-30T10:00:00.000Z'])(
    'refuses the timestamp %j',
    (updatedAt) => {
      const person = fresh().people[0];
      expect(v.safeParse(personSchema, { ...person, updatedAt }).success).toBe(false);
    },
  );

  it.each(['../etc', 'a b', '', 'x'.repeat(65)])('refuses the id %j', (id) => {
    const network = fresh().networks[0];
    expect(v.safeParse(networkSchema, { ...network, id }).success).toBe(false);
  });

  it('holds stored text to the same limit the contract does', () => {
    expect(CONTRACT_SHORT_TEXT_MAX).toBe(SHORT_TEXT_MAX);
    const person = fresh().people[0];
    expect(v.safeParse(personSchema, { ...person, name: 'x'.repeat(SHORT_TEXT_MAX) }).success).toBe(true);
    expect(v.safeParse(personSchema, { ...person, name: 'x'.repeat(SHORT_TEXT_MAX + 1) }).success).toBe(false);
  });

  it('refuses an energy outside the scale and a private flag that is not true or false', () => {
    const entry = fresh().reflections[0];
    expect(v.safeParse(reflectionSchema, { ...entry, energy: 6 }).success).toBe(false);
    expect(v.safeParse(reflectionSchema, { ...entry, private: 'nej' }).success).toBe(false);
  });

  it('checks the meeting fields the documents rely on', () => {
    const meeting = fresh().meetings[0];
    for (const [field, value] of Object.entries({
      location: 42,
      onlineUrl: 'x'.repeat(2001),
      summary: null,
      icsSequence: -1,
      templateId: '../x',
      purpose: ['liste'],
      preparation: 7,
      desiredOutcome: {},
    }))
      expect(v.safeParse(meetingSchema, { ...meeting, [field]: value }).success, field).toBe(false);
  });

  it('refuses a responsible, an owner or a decided item that is not in the meeting', () => {
    const meeting = fresh().meetings.find((m) => m.agenda.length > 0);
    if (!meeting?.agenda[0]) throw new Error('the example has an agenda');
    const agenda = [{ ...meeting.agenda[0], responsibleId: 'ingen-saadan' }, ...meeting.agenda.slice(1)];
    expect(v.safeParse(meetingSchema, { ...meeting, agenda }).success).toBe(false);
    const decisions = [{ id: 'd1', text: 'Besluttet', agendaItemId: 'ikke-paa-dagsordenen' }];
    expect(v.safeParse(meetingSchema, { ...meeting, decisions }).success).toBe(false);
  });

  it('refuses agreement versions out of order', () => {
    const agreement = fresh().agreements[0];
    const version = {
      preparation: {},
      topics: {},
      periodFrom: '',
      periodTo: '',
      number: 2,
      agreedDate: '2026-11-01',
      reviewDate: '2027-05-01',
      approvedAt: '2026-11-01T10:00:00.000Z',
      leader: { personId: 'p1', name: 'A', title: '', unit: '' },
      counterpart: { personId: 'p2', name: 'B', title: '', unit: '' },
    };
    expect(v.safeParse(agreementSchema, { ...agreement, versions: [version] }).success).toBe(false);
    expect(v.safeParse(agreementSchema, { ...agreement, versions: [{ ...version, number: 1 }] }).success).toBe(true);
  });

  it('checks a deleted record as strictly as a live one', () => {
    const data = fresh();
    const meeting = data.meetings[0];
    if (!meeting) throw new Error('the example has meetings');
    data.trash.push({
      id: 'slettet-1',
      kind: 'meeting',
      deletedAt: '2026-11-23T09:00:00.000Z',
      record: { ...meeting, durationMinutes: -5 },
    });
    expect(reasonOf(data)).toMatch(/^trash\.0: «record\.durationMinutes» skal være et helt tal mellem 1 og 1440$/);
  });

  it('reads a file an earlier build wrote without the meeting fields it did not check', () => {
    const data = JSON.parse(JSON.stringify(fresh())) as { meetings: Record<string, unknown>[] };
    for (const meeting of data.meetings) {
      delete meeting.icsSequence;
      delete meeting.onlineUrl;
      delete meeting.templateId;
    }
    const read = interpret(new TextEncoder().encode(JSON.stringify(data)));
    expect(read.ok && read.data.meetings.every((m) => m.icsSequence === 0 && m.onlineUrl === '')).toBe(true);
  });
});
