import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIcs, icsMeetingProblem, type IcsMeeting } from '../../../../electron/services/export/ics';
import { sanitizeIcsText } from '../../../../electron/services/export/ics-text';
import { AppError } from '../../../../electron/shared/app-error';
import { meeting, NOW, parseIcs, physicalLines } from './ics-fixtures';

describe('calendar envelope', () => {
  it('carries the required calendar properties and the Copenhagen zone', () => {
    const { calendar, vevent } = parseIcs(buildIcs(meeting(), NOW));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Ledelsesrum//DA');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Copenhagen');
    expect(vevent.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Copenhagen');
    expect(vevent.getFirstProperty('dtend')?.getParameter('tzid')).toBe('Europe/Copenhagen');
  });

  it('stamps DTSTAMP in UTC from the injected clock and keeps the UID stable between exports', () => {
    const first = parseIcs(buildIcs(meeting(), NOW)).vevent;
    const later = parseIcs(buildIcs(meeting(), new Date('2027-01-02T08:00:00Z'))).vevent;
    expect(buildIcs(meeting(), NOW)).toContain('\r\nDTSTAMP:20261120T101500Z\r\n');
    expect(first.getFirstPropertyValue('uid')).toBe('mtg-7f3a@ledelsesrum.local');
    expect(later.getFirstPropertyValue('uid')).toBe(first.getFirstPropertyValue('uid'));
    expect(String(later.getFirstPropertyValue('dtstamp'))).not.toBe(String(first.getFirstPropertyValue('dtstamp')));
    expect(parseIcs(buildIcs(meeting(), NOW, { uidDomain: 'example.dk' })).event.uid).toBe('mtg-7f3a@example.dk');
  });

  it('maps status and sequence', () => {
    expect(parseIcs(buildIcs(meeting({ status: 'planned' }), NOW)).vevent.getFirstPropertyValue('status')).toBe(
      'CONFIRMED',
    );
    expect(parseIcs(buildIcs(meeting({ status: 'held' }), NOW)).vevent.getFirstPropertyValue('status')).toBe(
      'CONFIRMED',
    );
    expect(parseIcs(buildIcs(meeting({ status: 'cancelled' }), NOW)).vevent.getFirstPropertyValue('status')).toBe(
      'CANCELLED',
    );
    expect(parseIcs(buildIcs(meeting({ sequence: 3 }), NOW)).event.sequence).toBe(3);
    expect(parseIcs(buildIcs(meeting(), NOW)).event.sequence).toBe(0);
  });
});

describe('wire format', () => {
  const busy = meeting({
    title: `Budget; plan, 2027 \\ del 1\nTræf på tværs – æøå ÆØÅ 🎉👩‍👩‍👧 ${'ø'.repeat(60)}`,
    description: `Formål: samle trådene, og beslutte næste skridt; ${'å🎈'.repeat(40)}`,
    location: 'Rådhuset, lokale 3; 2. sal',
    attendees: [{ name: 'Søren Ærø', email: 'soeren@kommune.dk' }],
  });

  it('uses CRLF everywhere, with no bare LF or CR, and ends with CRLF', () => {
    const text = buildIcs(busy, NOW);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(/[^\r]\n/.test(text)).toBe(false);
    expect(/\r[^\n]/.test(text)).toBe(false);
  });

  it('keeps every physical line within 75 octets and never splits a UTF-8 character', () => {
    const bytes = new TextEncoder().encode(buildIcs(busy, NOW));
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const lines: Uint8Array[] = [];
    let startIndex = 0;
    for (let i = 0; i < bytes.length - 1; i += 1) {
      if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
        lines.push(bytes.subarray(startIndex, i));
        startIndex = i + 2;
      }
    }
    expect(lines.length).toBeGreaterThan(30);
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(line)).not.toThrow();
    }
    expect(physicalLines(buildIcs(busy, NOW)).some((line) => line.startsWith(' '))).toBe(true);
  });

  it('round-trips backslash, semicolon, comma, newline, Danish letters and emoji', () => {
    const { event } = parseIcs(buildIcs(busy, NOW));
    expect(event.summary).toBe(busy.title);
    expect(event.location).toBe(busy.location);
    expect(event.description.startsWith(busy.description ?? '')).toBe(true);
  });

  it('round-trips any text a user could type, minus control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 120 }), (title) => {
        fc.pre(sanitizeIcsText(title).trim() !== '');
        const { event } = parseIcs(buildIcs(meeting({ title }), NOW));
        expect(event.summary).toBe(sanitizeIcsText(title).trim());
      }),
      { numRuns: 300 },
    );
  });

  it('strips control characters instead of writing them', () => {
    const text = buildIcs(meeting({ title: 'Mø\u0000de\u0007 \u001b[31mrødt\u007f' }), NOW);
    expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)).toBe(false);
    expect(parseIcs(text).event.summary).toBe('Møde [31mrødt');
  });
});

describe('people', () => {
  const withPeople = meeting({
    organizer: { name: 'Anna Holm', email: 'anna.holm@kommune.dk' },
    attendees: [
      { name: 'Hansen, Bo "Bossen"; souschef', email: 'bo@kommune.dk' },
      { name: 'Ida Lund' },
      { name: 'Kim Berg', email: '' },
      { name: 'Lea Storm', email: 'not-an-address' },
    ],
  });

  it('publishes a calendar entry with its ORGANIZER and no ATTENDEE at all', () => {
    const { calendar, vevent } = parseIcs(buildIcs(withPeople, NOW));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(vevent.getFirstPropertyValue('organizer')).toBe('mailto:anna.holm@kommune.dk');
    expect(vevent.getAllProperties('attendee')).toEqual([]);
  });

  it('as an invitation writes ORGANIZER and ATTENDEE only for known e-mail addresses', () => {
    const { calendar, vevent } = parseIcs(buildIcs({ ...withPeople, method: 'REQUEST' }, NOW));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(vevent.getFirstPropertyValue('organizer')).toBe('mailto:anna.holm@kommune.dk');
    expect(vevent.getFirstProperty('organizer')?.getParameter('cn')).toBe('Anna Holm');
    const attendees = vevent.getAllProperties('attendee');
    expect(attendees.map((property) => property.getFirstValue())).toEqual(['mailto:bo@kommune.dk']);
    expect(attendees[0]?.getParameter('role')).toBe('REQ-PARTICIPANT');
    expect(attendees[0]?.getParameter('partstat')).toBe('NEEDS-ACTION');
    expect(attendees[0]?.getParameter('rsvp')).toBe('TRUE');
  });

  it('marks afbud as PARTSTAT=DECLINED in an invitation and names it in the description', () => {
    const declined = meeting({
      method: 'REQUEST',
      organizer: { name: 'Anna Holm', email: 'anna.holm@kommune.dk' },
      attendees: [
        { name: 'Bo', email: 'bo@kommune.dk', partstat: 'DECLINED' },
        { name: 'Ida', email: 'ida@kommune.dk', partstat: 'ACCEPTED' },
      ],
    });
    const { vevent, event } = parseIcs(buildIcs(declined, NOW));
    expect(vevent.getAllProperties('attendee').map((p) => p.getParameter('partstat'))).toEqual([
      'DECLINED',
      'ACCEPTED',
    ]);
    expect(event.description).toContain('Bo (afbud)');
  });

  it('refuses an invitation without an organiser who has an e-mail, in Danish', () => {
    const noOrganizer = meeting({ method: 'REQUEST', attendees: [{ name: 'Bo', email: 'bo@kommune.dk' }] });
    expect(icsMeetingProblem(noOrganizer)?.message).toContain('invitation');
    expect(() => buildIcs(noOrganizer, NOW)).toThrow(AppError);
    expect(() => buildIcs({ ...noOrganizer, organizer: { name: 'Anna' } }, NOW)).toThrow(AppError);
  });

  it('writes the description in one language only', () => {
    const agenda = [{ title: 'Velkomst', minutes: 10 }];
    const da = parseIcs(buildIcs({ ...withPeople, agenda, onlineUrl: 'https://x.dk' }, NOW)).event.description;
    const en = parseIcs(buildIcs({ ...withPeople, agenda, onlineUrl: 'https://x.dk', lang: 'en' }, NOW)).event
      .description;
    expect(da).toMatch(/Dagsorden:[\s\S]*Deltagere:/);
    expect(da).not.toMatch(/agenda|participants|organiser|online link/i);
    expect(en).toMatch(/Online link:[\s\S]*Agenda:[\s\S]*Participants:/);
    expect(en).not.toMatch(/Dagsorden|Deltagere|mødeleder/);
  });

  it('adds a display reminder only when asked', () => {
    expect(parseIcs(buildIcs(meeting(), NOW)).vevent.getFirstSubcomponent('valarm')).toBeNull();
    const alarm = parseIcs(buildIcs(meeting({ reminderMinutes: 1440 }), NOW)).vevent.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-PT1440M');
    expect(alarm?.getFirstPropertyValue('description')).toBe('Netværksmøde');
    expect(icsMeetingProblem(meeting({ reminderMinutes: 0 }))).not.toBeNull();
  });

  it('quotes a CN holding separators and keeps the name intact', () => {
    const text = buildIcs({ ...withPeople, method: 'REQUEST' }, NOW);
    expect(text).toContain('ATTENDEE;CN="Hansen');
    const { vevent } = parseIcs(text);
    expect(vevent.getFirstProperty('attendee')?.getParameter('cn')).toBe('Hansen, Bo "Bossen"; souschef');
    expect(vevent.getFirstProperty('organizer')?.getParameter('cn')).toBe('Anna Holm');
  });

  it('names everyone in DESCRIPTION, including those without an e-mail', () => {
    const { event } = parseIcs(buildIcs(withPeople, NOW));
    for (const name of ['Anna Holm', 'Ida Lund', 'Kim Berg', 'Lea Storm', 'Hansen, Bo "Bossen"; souschef']) {
      expect(event.description).toContain(name);
    }
    expect(event.description).toContain('Deltagere');
  });

  it('leaves out ORGANIZER when the organiser has no e-mail', () => {
    const { vevent } = parseIcs(buildIcs(meeting({ organizer: { name: 'Anna Holm' } }), NOW));
    expect(vevent.getFirstProperty('organizer')).toBeNull();
  });
});

describe('place, link and agenda', () => {
  it('adds URL for an online link and falls back to it as LOCATION', () => {
    const { vevent, event } = parseIcs(buildIcs(meeting({ onlineUrl: 'https://møde.example.dk/rum?id=1,2' }), NOW));
    const url = String(vevent.getFirstPropertyValue('url'));
    expect(url).toBe(new URL('https://møde.example.dk/rum?id=1,2').href);
    expect(url).toMatch(/^https:\/\/xn--[\x21-\x7e]+$/);
    expect(event.location).toBe('https://møde.example.dk/rum?id=1,2');
  });

  it('keeps a non-URL link as text only', () => {
    const { vevent, event } = parseIcs(buildIcs(meeting({ location: 'Rådhuset', onlineUrl: 'Teams (se mail)' }), NOW));
    expect(vevent.getFirstProperty('url')).toBeNull();
    expect(event.location).toBe('Rådhuset');
    expect(event.description).toContain('Teams (se mail)');
  });

  it('lists agenda items with running clock times', () => {
    const withAgenda = meeting({
      startTime: '09:30',
      durationMinutes: 90,
      agenda: [
        { title: 'Velkomst', minutes: 10 },
        { title: 'Dialog i par', minutes: 35 },
        { title: 'Beslutning', minutes: 20 },
      ],
    });
    const { event } = parseIcs(buildIcs(withAgenda, NOW));
    expect(event.description).toContain('09:30–09:40 Velkomst\n09:40–10:15 Dialog i par\n10:15–10:35 Beslutning');
  });
});

describe('invalid meetings', () => {
  it.each<[string, Partial<IcsMeeting>]>([
    ['a bad date', { date: '2026-02-30' }],
    ['a bad start time', { startTime: '24:00' }],
    ['a zero duration', { durationMinutes: 0 }],
    ['a duration over a day', { durationMinutes: 1441 }],
    ['a negative sequence', { sequence: -1 }],
    ['an empty id', { id: '  ' }],
  ])('refuses %s', (_label, overrides) => {
    expect(icsMeetingProblem(meeting(overrides))).not.toBeNull();
    expect(() => buildIcs(meeting(overrides), NOW)).toThrow(AppError);
  });
});
