/**
 * Running clock times for a time-boxed agenda. Wall-clock arithmetic on one day: a meeting or an
 * agenda that would run past midnight is refused with a typed error the UI can show, rather than
 * wrapping to "00:15" and looking like a morning slot. (Meetings happen in daytime, so the hour a
 * DST change day gains or loses at 02:00 is not modelled here; the .ics export does count it.)
 */
import { clockTimeFromMinutes, MINUTES_PER_DAY, parseClockTime } from './clock-time';
import type { TimeError } from './time-result';

/** What the agenda clock needs: the meeting's start and length, and each item's timebox in order. */
export interface AgendaClockInput {
  /** `HH:MM`. */
  startTime: string;
  durationMinutes: number;
  itemMinutes: readonly number[];
}

/** One agenda item placed on the clock. */
export interface AgendaItemClock {
  /** Position in the input list, 0-based. */
  index: number;
  minutes: number;
  startTime: string;
  endTime: string;
  /** Minutes from the meeting's start, handy for drawing a timeline. */
  startOffsetMinutes: number;
  endOffsetMinutes: number;
}

/** The whole agenda on the clock, with the balance against the meeting's length. */
export interface AgendaClock {
  items: AgendaItemClock[];
  startTime: string;
  /** Start + duration; "00:00" when the meeting ends exactly at midnight. */
  meetingEndTime: string;
  /** Start + the items' total. */
  agendaEndTime: string;
  totalMinutes: number;
  durationMinutes: number;
  /** Duration minus total: positive = minutes to spare, negative = minutes over. */
  slackMinutes: number;
  isOver: boolean;
}

/** Why an agenda could not be put on the clock. */
export type AgendaClockErrorCode =
  | 'invalid-start-time'
  | 'invalid-duration'
  | 'invalid-item-minutes'
  | 'meeting-crosses-midnight'
  | 'agenda-crosses-midnight';

/** An agenda clock problem; `itemIndex` points at the offending item when there is one. */
export interface AgendaClockError extends TimeError<AgendaClockErrorCode> {
  itemIndex?: number;
}

/** The agenda clock or the reason it cannot be drawn. */
export type AgendaClockResult = { ok: true; value: AgendaClock } | { ok: false; error: AgendaClockError };

function isMinuteCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= MINUTES_PER_DAY;
}

/** Places each item on the clock from the meeting's start and totals it against the duration. */
export function computeAgendaClock(input: AgendaClockInput): AgendaClockResult {
  const start = parseClockTime(input.startTime);
  if (start === null) {
    return fail(
      'invalid-start-time',
      'Starttidspunktet skal skrives som TT:MM, fx 09:30.',
      'The start time must be written as HH:MM, e.g. 09:30.',
    );
  }
  if (!isMinuteCount(input.durationMinutes)) {
    return fail(
      'invalid-duration',
      'Mødets varighed skal være et helt antal minutter fra 0 til 1440 (24 timer).',
      "The meeting's length must be a whole number of minutes from 0 to 1440 (24 hours).",
    );
  }
  const badItem = input.itemMinutes.findIndex((minutes) => !isMinuteCount(minutes));
  if (badItem >= 0) {
    return fail(
      'invalid-item-minutes',
      `Punkt ${badItem + 1} skal have et helt antal minutter fra 0 til 1440.`,
      `Item ${badItem + 1} must have a whole number of minutes from 0 to 1440.`,
      badItem,
    );
  }
  const meetingEnd = start + input.durationMinutes;
  if (meetingEnd > MINUTES_PER_DAY) {
    return fail(
      'meeting-crosses-midnight',
      `Mødet ville slutte efter midnat (kl. ${clockTimeFromMinutes(meetingEnd)} næste dag). Start tidligere eller gør mødet kortere.`,
      `The meeting would end after midnight (${clockTimeFromMinutes(meetingEnd)} the next day). Start earlier or shorten the meeting.`,
    );
  }

  const items: AgendaItemClock[] = [];
  let offset = 0;
  for (const [index, minutes] of input.itemMinutes.entries()) {
    const itemEnd = offset + minutes;
    if (start + itemEnd > MINUTES_PER_DAY) {
      return fail(
        'agenda-crosses-midnight',
        `Dagsordenen rækker ud over midnat ved punkt ${index + 1}. Forkort punkterne eller start tidligere.`,
        `The agenda runs past midnight at item ${index + 1}. Shorten the items or start earlier.`,
        index,
      );
    }
    items.push({
      index,
      minutes,
      startTime: clockTimeFromMinutes(start + offset),
      endTime: clockTimeFromMinutes(start + itemEnd),
      startOffsetMinutes: offset,
      endOffsetMinutes: itemEnd,
    });
    offset = itemEnd;
  }

  const slackMinutes = input.durationMinutes - offset;
  return {
    ok: true,
    value: {
      items,
      startTime: clockTimeFromMinutes(start),
      meetingEndTime: clockTimeFromMinutes(meetingEnd),
      agendaEndTime: clockTimeFromMinutes(start + offset),
      totalMinutes: offset,
      durationMinutes: input.durationMinutes,
      slackMinutes,
      isOver: slackMinutes < 0,
    },
  };
}

function fail(code: AgendaClockErrorCode, message: string, messageEn: string, itemIndex?: number): AgendaClockResult {
  const error: AgendaClockError = { code, message, messageEn };
  if (itemIndex !== undefined) error.itemIndex = itemIndex;
  return { ok: false, error };
}
