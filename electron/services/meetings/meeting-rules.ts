/**
 * The checks every change to a meeting passes before it is written: a meeting lies within one
 * day, starts at a time that exists in Copenhagen, and its agenda fits on that day's clock. Going
 * over the meeting's length is allowed (the planner warns); running past midnight is not.
 */
import { AppError } from '../../shared/app-error';
import type { Meeting } from '../../shared/entities';
import { computeAgendaClock, copenhagenToUtc, isCalendarDate } from '../../shared/time';

/** Throws an `invalid-input` AppError when the meeting's day, time, length or agenda cannot stand. */
export function assertMeetingSchedulable(meeting: Meeting): void {
  const clock = computeAgendaClock({
    startTime: meeting.startTime,
    durationMinutes: meeting.durationMinutes,
    itemMinutes: meeting.agenda.map((item) => item.minutes),
  });
  if (!clock.ok) throw new AppError('invalid-input', clock.error.message, clock.error.messageEn);
  if (meeting.durationMinutes < 1) {
    throw new AppError(
      'invalid-input',
      'Mødet skal vare mindst ét minut.',
      'The meeting must last at least one minute.',
    );
  }
  if (meeting.isTemplate && meeting.date === '') return;
  if (!isCalendarDate(meeting.date)) {
    throw new AppError('invalid-input', 'Mødet skal have en gyldig dato.', 'The meeting needs a valid date.');
  }
  const start = copenhagenToUtc(meeting.date, meeting.startTime);
  if (!start.ok) throw new AppError('invalid-input', start.error.message, start.error.messageEn);
}

/** Throws when a participant id is not one of the meeting's participants (null is always fine). */
export function assertParticipant(meeting: Meeting, participantId: string | null | undefined): void {
  if (participantId === null || participantId === undefined) return;
  if (!meeting.participants.some((p) => p.id === participantId)) {
    throw new AppError(
      'invalid-input',
      'Den valgte person er ikke inviteret til mødet. Tilføj personen som deltager først.',
      'The chosen person is not invited to the meeting. Add them as a participant first.',
    );
  }
}

/** Throws when the chosen referent is not invited, or is marked as not coming (absent or excused). */
export function assertMinutesTaker(meeting: Meeting, participantId: string | null): void {
  assertParticipant(meeting, participantId);
  const participant = meeting.participants.find((p) => p.id === participantId);
  if (participant && (participant.attendance === 'absent' || participant.attendance === 'excused')) {
    throw new AppError(
      'invalid-input',
      'Referenten kan ikke være en, der ikke deltager. Vælg en af dem, der er til stede.',
      'The minutes taker cannot be someone who is not attending. Choose someone who is there.',
    );
  }
}
