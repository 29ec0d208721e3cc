import ICAL from 'ical.js';
import type { IcsMeeting } from '../../../../electron/services/export/ics';

/** The fixed clock every .ics test stamps with. */
export const NOW = new Date('2026-11-20T10:15:00Z');

/** A plain daytime meeting; tests override what they are about. */
export function meeting(overrides: Partial<IcsMeeting> = {}): IcsMeeting {
  return {
    id: 'mtg-7f3a',
    title: 'Netværksmøde',
    date: '2026-11-22',
    startTime: '09:30',
    durationMinutes: 90,
    attendees: [],
    status: 'planned',
    ...overrides,
  };
}

/** A parsed .ics: the event and the registered zone, read strictly by ical.js. */
export interface ParsedIcs {
  calendar: InstanceType<typeof ICAL.Component>;
  vevent: InstanceType<typeof ICAL.Component>;
  event: InstanceType<typeof ICAL.Event>;
}

/** Parses with ical.js the way a calendar client would, registering our VTIMEZONE first. */
export function parseIcs(text: string): ParsedIcs {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vtimezone = calendar.getFirstSubcomponent('vtimezone');
  if (!vtimezone) throw new Error('no VTIMEZONE in the file');
  ICAL.TimezoneService.reset();
  ICAL.TimezoneService.register(vtimezone);
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT in the file');
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

/** Local wall time (as ical.js reads it) and UTC instant of the parsed event's start and end. */
export function eventTimes(text: string): { start: string; end: string; startUtc: string; endUtc: string } {
  const { event } = parseIcs(text);
  const toIso = (time: InstanceType<typeof ICAL.Time>): string => new Date(time.toUnixTime() * 1000).toISOString();
  return {
    start: event.startDate.toString(),
    end: event.endDate.toString(),
    startUtc: toIso(event.startDate),
    endUtc: toIso(event.endDate),
  };
}

/** Physical lines of the file, split on CRLF, without the empty piece after the final CRLF. */
export function physicalLines(text: string): string[] {
  const lines = text.split('\r\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}
