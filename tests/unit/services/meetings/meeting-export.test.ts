import { promises as fs } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inspectDocx } from '../../../support/docx-inspect';
import { fixedClock, must, savedName, startTempServices, type TempServices } from '../../../support/temp-services';
import { eventTimes, parseIcs, physicalLines } from '../export/ics-fixtures';
import { networkWithPeople, planMeeting, refused } from './meeting-fixtures';
import type { InputOf } from '../../../../electron/shared/contract';
import type { SaveOutcome } from '../../../../electron/shared/contract/data';

let services: TempServices;
const chosen: string[] = [];
beforeEach(async () => {
  chosen.length = 0;
  services = await startTempServices({
    clock: fixedClock('2026-11-20T10:00:00.000Z'),
    saveDialog: async (request) => {
      const target = `${services.dataDir}/${chosen.length + 1}-${request.defaultFileName}`;
      chosen.push(target);
      return target;
    },
  });
});
afterEach(async () => services.dispose());

type ExportChannel = 'meetings:export-agenda' | 'meetings:export-minutes' | 'meetings:export-ics';

async function exportFile<C extends ExportChannel>(channel: C, input: InputOf<C>): Promise<Uint8Array> {
  // Each export channel answers with a SaveOutcome; the compiler cannot see that through the generic.
  const result = (await must(services, channel, input)) as SaveOutcome;
  const file = chosen.at(-1) ?? '';
  expect(savedName(result)).toBe(file.split('/').at(-1));
  return new Uint8Array(await fs.readFile(file));
}

async function meetingWithOpsamling() {
  const people = await networkWithPeople(services);
  let m = await planMeeting(services, people.network.id, {
    templateId: 'statusmoede',
    date: '2026-11-23',
    startTime: '09:30',
  });
  await must(services, 'meetings:update', {
    id: m.id,
    patch: { location: 'Rådhuset, lokale 2', status: 'held', summary: 'Vi er godt på vej.\n\nCaféen er klar.' },
  });
  await must(services, 'meetings:update-agenda-item', {
    id: m.id,
    itemId: m.agenda[0]!.id,
    patch: { responsibleId: people.codriver.id },
  });
  await must(services, 'meetings:update-participant', {
    id: m.id,
    participantId: people.anna.id,
    patch: { attendance: 'present' },
  });
  await must(services, 'meetings:update-participant', {
    id: m.id,
    participantId: people.bo.id,
    patch: { attendance: 'excused' },
  });
  const decisionItem = m.agenda.find((i) => i.kind === 'beslutning')!;
  await must(services, 'meetings:add-decision', {
    id: m.id,
    text: 'Caféen åbner 1. december.',
    agendaItemId: decisionItem.id,
  });
  await must(services, 'meetings:add-decision', { id: m.id, text: 'Vi inviterer biblioteket med.' });
  await must(services, 'meetings:add-action', {
    id: m.id,
    text: 'Aftale med caféen',
    ownerId: people.anna.id,
    dueDate: '2026-12-01',
  });
  m = await must(services, 'meetings:get', { id: m.id });
  return { ...people, meeting: m, decisionItem };
}

describe('the dagsorden as Word', () => {
  it('has the facts, a timed agenda table with kind, method and responsible, and the invited people', async () => {
    const { meeting, network } = await meetingWithOpsamling();
    const doc = await inspectDocx(await exportFile('meetings:export-agenda', { id: meeting.id }));
    expect(doc.paragraphs[0]).toMatchObject({ style: 'Title', text: `Dagsorden: ${meeting.title}` });
    expect(doc.coreProps.title).toBe(`Dagsorden: ${meeting.title}`);
    expect(doc.coreProps.creator).toBe('Hanne Vestergaard');
    expect(doc.headings(1)).toEqual(['Formål med mødet', 'Det vil vi gerne nå frem til', 'Dagsorden']);
    expect(doc.headings(2)).toEqual([]);
    const facts = Object.fromEntries((doc.tables[0] ?? []).map((row) => [row[0], row[1]]));
    expect(facts).toEqual({
      Netværk: network.name,
      Dato: 'mandag den 23. november 2026 (uge 48)',
      Tid: '09:30–10:30',
      Sted: 'Rådhuset, lokale 2',
      Deltagere: 'Hanne Vestergaard, Ældre og Sundhed\nAli Yilmaz, Kultur og Fritid\nAnna Holm, Hjemmeplejen\nBo Lind',
    });
    const agenda = doc.tables[1] ?? [];
    expect(agenda[0]).toEqual(['Tid', 'Punkt', 'Form og metode', 'Ansvarlig']);
    expect(agenda.slice(1).map((row) => row[0])).toEqual([
      '09:30–09:40',
      '09:40–09:50',
      '09:50–10:05',
      '10:05–10:15',
      '10:15–10:20',
      '10:20–10:30',
    ]);
    expect(agenda[1]?.[1]).toBe(`1. ${meeting.agenda[0]!.title}\n${meeting.agenda[0]!.purpose}`);
    expect(agenda[1]?.[2]).toBe('Drøftelse\nRunde');
    expect(agenda[1]?.[3]).toBe('Ali Yilmaz');
    expect(doc.hasPageNumberField).toBe(true);
  });

  it('uses the profile name as author when it is set, and English when asked', async () => {
    const { meeting } = await meetingWithOpsamling();
    await must(services, 'profile:update', { patch: { name: 'Jonas Bech' } });
    const doc = await inspectDocx(await exportFile('meetings:export-agenda', { id: meeting.id, lang: 'en' }));
    expect(doc.paragraphs[0]?.text).toBe(`Agenda: ${meeting.title}`);
    expect(doc.coreProps.creator).toBe('Jonas Bech');
    expect(doc.allText).toContain('Monday 23 November 2026 (week 48)');
  });
});

describe('week numbers in the documents', () => {
  it('puts New Year 2027 in ISO week 53 of 2026, and 4 January in week 1', async () => {
    const { network } = await networkWithPeople(services);
    const dateRow = async (date: string) => {
      const meeting = await planMeeting(services, network.id, { date });
      const doc = await inspectDocx(await exportFile('meetings:export-agenda', { id: meeting.id }));
      return Object.fromEntries((doc.tables[0] ?? []).map((row) => [row[0], row[1]])).Dato;
    };
    expect(await dateRow('2026-12-31')).toBe('torsdag den 31. december 2026 (uge 53)');
    expect(await dateRow('2027-01-01')).toBe('fredag den 1. januar 2027 (uge 53)');
    expect(await dateRow('2027-01-04')).toBe('mandag den 4. januar 2027 (uge 1)');
  });
});

describe('the referat as Word', () => {
  it('has attendance, then punkt for punkt, the opsamling, what was decided outside the items, and the next meeting', async () => {
    const { meeting, decisionItem } = await meetingWithOpsamling();
    const doc = await inspectDocx(await exportFile('meetings:export-minutes', { id: meeting.id }));
    expect(doc.paragraphs[0]).toMatchObject({ style: 'Title', text: `Referat: ${meeting.title}` });
    expect(doc.headings(1)).toEqual([
      'Deltagere',
      'Referat punkt for punkt',
      'Opsamling',
      'Øvrige beslutninger',
      'Øvrige opgaver',
      'Åbne punkter fra tidligere møder',
      'Næste møde',
    ]);
    expect(doc.headings(2)).toEqual(meeting.agenda.map((item, i) => `Punkt ${i + 1}. ${item.title}`));
    const attendance = Object.fromEntries((doc.tables[1] ?? []).map((row) => [row[0], row[1]]));
    expect(attendance).toEqual({
      'Til stede': 'Anna Holm',
      Afbud: 'Bo Lind',
      'Ikke registreret': 'Hanne Vestergaard, Ali Yilmaz',
    });
    expect(doc.paragraphs.some((p) => p.text === 'Caféen er klar.')).toBe(true);
    const numbered = doc.paragraphs.filter((p) => p.style === 'ListNumber').map((p) => p.text);
    expect(numbered).toEqual(['Caféen åbner 1. december.', 'Vi inviterer biblioteket med.']);
    const decisionHeading = doc.paragraphs.findIndex((p) => p.text.endsWith(`. ${decisionItem.title}`));
    const decided = doc.paragraphs.findIndex((p) => p.text === 'Caféen åbner 1. december.');
    expect(decided).toBeGreaterThan(decisionHeading);
    // The task was not agreed under an item, so it stands under "Øvrige opgaver".
    expect(doc.tables.at(-1)).toEqual([
      ['Opgave', 'Ansvarlig', 'Frist', 'Status'],
      ['Aftale med caféen', 'Anna Holm', '01.12.2026', 'Åben'],
    ]);
    expect(doc.allText).toContain('Næste møde er ikke planlagt endnu.');
    expect(doc.allText).not.toContain('Udkast');
  });

  it('lists under each item, in order, its notes (when asked), its decisions and its tasks', async () => {
    const { network, anna, codriver } = await networkWithPeople(services);
    let m = await planMeeting(services, network.id, { templateId: 'statusmoede' });
    const [first, second, third] = [m.agenda[0]!, m.agenda[1]!, m.agenda[2]!];
    await must(services, 'meetings:update-agenda-item', {
      id: m.id,
      itemId: first.id,
      patch: { notes: 'Runden viste stor enighed.', participantNotes: 'Tag én iagttagelse med.' },
    });
    await must(services, 'meetings:update-agenda-item', {
      id: m.id,
      itemId: third.id,
      patch: { notes: 'Vi talte længe om kørsel.' },
    });
    await must(services, 'meetings:add-decision', {
      id: m.id,
      text: 'Beslutning A under punkt 3',
      agendaItemId: third.id,
    });
    await must(services, 'meetings:add-decision', {
      id: m.id,
      text: 'Beslutning B under punkt 1',
      agendaItemId: first.id,
    });
    await must(services, 'meetings:add-action', {
      id: m.id,
      text: 'Opgave under punkt 3',
      ownerId: anna.id,
      agendaItemId: third.id,
    });
    await must(services, 'meetings:add-action', {
      id: m.id,
      text: 'Opgave under punkt 1',
      ownerId: codriver.id,
      agendaItemId: first.id,
    });
    m = await must(services, 'meetings:update', {
      id: m.id,
      patch: { status: 'held', minutesTakerId: codriver.id },
    });

    const withNotes = await inspectDocx(await exportFile('meetings:export-minutes', { id: m.id, includeNotes: true }));
    const order = [
      `Punkt 1. ${first.title}`,
      'Runden viste stor enighed.',
      'Beslutning B under punkt 1',
      'Opgave under punkt 1',
      `Punkt 2. ${second.title}`,
      `Punkt 3. ${third.title}`,
      'Vi talte længe om kørsel.',
      'Beslutning A under punkt 3',
      'Opgave under punkt 3',
      'Opsamling',
    ];
    const positions = order.map((text) => withNotes.allText.indexOf(text));
    expect(
      positions.every((at) => at >= 0),
      JSON.stringify(positions),
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // The item's type and responsible stand right under its heading.
    const heading = withNotes.paragraphs.findIndex((p) => p.text === `Punkt 1. ${first.title}`);
    expect(withNotes.paragraphs[heading + 1]?.text).toMatch(/^Drøftelse|^Orientering|^Beslutning/);
    // The chosen referent is named; the participants' notes belong to the agenda, not the referat.
    const facts = Object.fromEntries((withNotes.tables[0] ?? []).map((row) => [row[0], row[1]]));
    expect(facts.Referent).toBe('Ali Yilmaz');
    expect(withNotes.allText).not.toContain('Tag én iagttagelse med.');

    const without = await inspectDocx(await exportFile('meetings:export-minutes', { id: m.id }));
    expect(without.allText).not.toContain('Runden viste stor enighed.');
    expect(without.allText).toContain('Beslutning B under punkt 1');

    const agenda = await inspectDocx(await exportFile('meetings:export-agenda', { id: m.id }));
    expect(agenda.allText).toContain('Til deltagerne: Tag én iagttagelse med.');
    expect(agenda.allText).not.toContain('Runden viste stor enighed.');
  });

  it('marks the referat of a meeting not yet held as a draft', async () => {
    const { network } = await networkWithPeople(services);
    const m = await planMeeting(services, network.id, { templateId: 'statusmoede' });
    const doc = await inspectDocx(await exportFile('meetings:export-minutes', { id: m.id }));
    expect(doc.headerText).toContain('Udkast');
    expect(doc.paragraphs.find((p) => p.style === 'DocumentMeta')?.text).toMatch(/^UDKAST/);
    expect(doc.allText).toContain('Udkast: mødet er ikke afholdt endnu');
  });
});

describe('the meeting as an .ics file', () => {
  const icsText = async (input: InputOf<'meetings:export-ics'>) =>
    new TextDecoder().decode(await exportFile('meetings:export-ics', input));

  it('parses strictly, keeps lines within 75 octets, and as a calendar entry names people without inviting them', async () => {
    const { meeting } = await meetingWithOpsamling();
    await must(services, 'meetings:update', {
      id: meeting.id,
      patch: {
        purpose:
          'Et langt formål med æøå, der skal foldes pænt over flere linjer, fordi det er meget længere end 75 oktetter; komma, semikolon.',
      },
    });
    const text = await icsText({ id: meeting.id });
    for (const line of physicalLines(text)) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text.endsWith('\r\n')).toBe(true);
    const { calendar, vevent, event } = parseIcs(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(event.summary).toBe(meeting.title);
    expect(event.uid).toBe(`${meeting.id}@ledelsesrum.local`);
    expect(event.location).toBe('Rådhuset, lokale 2');
    expect(event.description).toContain('komma, semikolon.');
    expect(event.description).toContain('09:30–09:40');
    expect(String(vevent.getFirstPropertyValue('organizer'))).toBe('mailto:hanne@kommune.example');
    expect(vevent.getAllProperties('attendee')).toEqual([]);
    expect(event.description).toContain('Anna Holm');
    expect(event.description).toContain('Bo Lind (afbud)');
    expect(event.description).not.toMatch(/participants|agenda\b/i);
    expect(vevent.getFirstPropertyValue('sequence')).toBe(0);
    expect(eventTimes(text)).toMatchObject({
      start: '2026-11-23T09:30:00',
      end: '2026-11-23T10:30:00',
      startUtc: '2026-11-23T08:30:00.000Z',
    });
  });

  it('as an invitation is a REQUEST from the organiser to every attendee with an e-mail, afbud as DECLINED', async () => {
    const { meeting } = await meetingWithOpsamling();
    const { calendar, vevent } = parseIcs(await icsText({ id: meeting.id, invite: true }));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(String(vevent.getFirstPropertyValue('organizer'))).toBe('mailto:hanne@kommune.example');
    const attendees = vevent.getAllProperties('attendee').map((p) => ({
      to: String(p.getFirstValue()),
      partstat: p.getParameter('partstat'),
      rsvp: p.getParameter('rsvp'),
    }));
    expect(attendees).toEqual([
      { to: 'mailto:ali@kommune.example', partstat: 'NEEDS-ACTION', rsvp: 'TRUE' },
      { to: 'mailto:bo@kommune.example', partstat: 'DECLINED', rsvp: 'FALSE' },
    ]);
  });

  it('raises SEQUENCE only when the meeting changed since the last saved export', async () => {
    const { meeting } = await meetingWithOpsamling();
    const sequence = async () => parseIcs(await icsText({ id: meeting.id })).vevent.getFirstPropertyValue('sequence');
    expect(await sequence()).toBe(0);
    expect(await sequence()).toBe(0);
    await must(services, 'meetings:update', { id: meeting.id, patch: { location: 'Byrådssalen' } });
    expect(await sequence()).toBe(1);
    expect(await sequence()).toBe(1);
  });

  it('adds a reminder only when asked, and writes English labels only in English', async () => {
    const { meeting } = await meetingWithOpsamling();
    expect(parseIcs(await icsText({ id: meeting.id })).vevent.getFirstSubcomponent('valarm')).toBeNull();
    const english = parseIcs(await icsText({ id: meeting.id, lang: 'en', reminderMinutes: 30 }));
    const alarm = english.vevent.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-PT30M');
    expect(english.event.description).toContain('Participants:');
    expect(english.event.description).not.toMatch(/Deltagere|Dagsorden|afbud/);
    expect(chosen.at(-1)).toMatch(/Calendar/);
  });

  it('ends at the wall-clock time on both sides of the change to winter time', async () => {
    const { network } = await networkWithPeople(services);
    const before = await planMeeting(services, network.id, {
      date: '2026-10-24',
      startTime: '10:00',
      durationMinutes: 120,
    });
    const after = await planMeeting(services, network.id, {
      date: '2026-10-26',
      startTime: '10:00',
      durationMinutes: 120,
    });
    const changeDay = await planMeeting(services, network.id, {
      date: '2026-10-25',
      startTime: '01:30',
      durationMinutes: 180,
    });
    const times = async (id: string) => eventTimes(await icsText({ id }));
    expect(await times(before.id)).toEqual({
      start: '2026-10-24T10:00:00',
      end: '2026-10-24T12:00:00',
      startUtc: '2026-10-24T08:00:00.000Z',
      endUtc: '2026-10-24T10:00:00.000Z',
    });
    expect(await times(after.id)).toEqual({
      start: '2026-10-26T10:00:00',
      end: '2026-10-26T12:00:00',
      startUtc: '2026-10-26T09:00:00.000Z',
      endUtc: '2026-10-26T11:00:00.000Z',
    });
    expect((await times(changeDay.id)).end).toBe('2026-10-25T04:30:00');
  });

  // Across the lost hour, and with a wall-clock end inside it (read forward to the time the clock shows).
  it.each([
    { startTime: '00:30', durationMinutes: 240, range: '00:30–04:30', end: '04:30', endUtc: '02:30' },
    { startTime: '01:30', durationMinutes: 60, range: '01:30–03:30', end: '03:30', endUtc: '01:30' },
  ])(
    'gives the same end in the dagsorden, the referat and the .ics on the spring change day: $range',
    async ({ startTime, durationMinutes, range, end, endUtc }) => {
      const { network } = await networkWithPeople(services);
      const night = await planMeeting(services, network.id, { date: '2026-03-29', startTime, durationMinutes });
      for (const channel of ['meetings:export-agenda', 'meetings:export-minutes'] as const) {
        expect((await inspectDocx(await exportFile(channel, { id: night.id }))).allText).toContain(range);
      }
      const times = eventTimes(await icsText({ id: night.id }));
      expect(times.end).toBe(`2026-03-29T${end}:00`);
      expect(times.endUtc).toBe(`2026-03-29T${endUtc}:00.000Z`);
    },
  );

  it('writes nothing when the user cancels, and refuses templates', async () => {
    const { meeting } = await meetingWithOpsamling();
    const template = await must(services, 'meetings:save-as-template', { id: meeting.id, title: 'Skabelon' });
    expect((await refused(services, 'meetings:export-ics', { id: template.id })).code).toBe('invalid-input');
  });
});
