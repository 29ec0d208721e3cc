/** Builds new meeting records: blank, from a domain template, from a saved template, or as a copy. */
import { randomUUID } from 'node:crypto';
import { findMeetingMethod, findMeetingTemplate } from '../../shared/domain';
import type { AgendaItemKind, Lang } from '../../shared/domain/types';
import type { AgendaItem, Meeting } from '../../shared/entities';
import type { Clock } from '../clock';
import { newRecordBase } from '../records';
import { AppError } from '../../shared/app-error';
import { durationHolding, itemTimings } from '../../shared/meeting-live';

/** What every new meeting needs to be placed on the calendar. */
export interface MeetingSlot {
  networkId: string;
  date: string;
  startTime: string;
}

/** The length of a meeting started without a template. */
export const DEFAULT_DURATION_MINUTES = 90;

const DEFAULT_TITLE: Record<Lang, string> = { da: 'Netværksmøde', en: 'Network meeting' };

/** An agenda item with defaults for everything not given; the method's kind and minutes are proposed. */
export function newAgendaItem(fields: Partial<Omit<AgendaItem, 'id'>> = {}): AgendaItem {
  const method = fields.methodId ? findMeetingMethod(fields.methodId) : undefined;
  const kind: AgendaItemKind = fields.kind ?? method?.defaultKind ?? 'droeftelse';
  return {
    id: randomUUID(),
    title: fields.title ?? '',
    kind,
    minutes: fields.minutes ?? method?.suggestedMinutes ?? 10,
    methodId: fields.methodId ?? '',
    responsibleId: fields.responsibleId ?? null,
    purpose: fields.purpose ?? '',
    notes: fields.notes ?? '',
    participantNotes: fields.participantNotes ?? '',
    carriedFrom: fields.carriedFrom ?? null,
  };
}

/** A planned meeting with nothing on it yet. */
export function blankMeeting(clock: Clock, slot: MeetingSlot, lang: Lang): Meeting {
  return {
    ...newRecordBase(clock),
    networkId: slot.networkId,
    title: DEFAULT_TITLE[lang],
    date: slot.date,
    startTime: slot.startTime,
    durationMinutes: DEFAULT_DURATION_MINUTES,
    location: '',
    onlineUrl: '',
    purpose: '',
    desiredOutcome: '',
    preparation: '',
    status: 'planned',
    participants: [],
    agenda: [],
    summary: '',
    decisions: [],
    actions: [],
    minutesTakerId: null,
    isTemplate: false,
    templateId: null,
    icsSequence: 0,
    run: null,
    itemNotes: [],
  };
}

/** Applies a domain template (title, length, purpose, outcome, agenda) in the chosen language; false when unknown. */
export function applyDomainTemplate(meeting: Meeting, templateId: string, lang: Lang): boolean {
  const template = findMeetingTemplate(templateId);
  if (!template) return false;
  meeting.title = template.name[lang];
  meeting.durationMinutes = template.durationMinutes;
  meeting.purpose = template.purpose[lang];
  meeting.desiredOutcome = template.desiredOutcome[lang];
  meeting.templateId = template.id;
  meeting.agenda = template.items.map((item) =>
    newAgendaItem({
      title: item.title[lang],
      kind: item.kind,
      minutes: item.minutes,
      methodId: item.methodId,
      purpose: item.purpose[lang],
    }),
  );
  return true;
}

/**
 * Copies the plan of a meeting or saved template onto a new meeting: what is said and how, not
 * what happened. Agenda items get new ids; responsibles stay only where that person is invited.
 */
export function copyPlan(target: Meeting, source: Meeting): void {
  target.title = source.title;
  target.durationMinutes = source.durationMinutes;
  target.location = source.location;
  target.onlineUrl = source.onlineUrl;
  target.purpose = source.purpose;
  target.desiredOutcome = source.desiredOutcome;
  target.preparation = source.preparation;
  const invited = new Set(target.participants.map((p) => p.id));
  target.agenda = source.agenda.map((item) => ({
    ...item,
    id: randomUUID(),
    responsibleId: item.responsibleId !== null && invited.has(item.responsibleId) ? item.responsibleId : null,
    carriedFrom: null,
  }));
}

/** A saved template made from a meeting: its plan without date, people or opsamling. */
export function templateFrom(clock: Clock, source: Meeting, title: string): Meeting {
  const template = blankMeeting(clock, { networkId: source.networkId, date: '', startTime: source.startTime }, 'da');
  copyPlan(template, source);
  template.title = title;
  template.isTemplate = true;
  return template;
}

/**
 * Gives a template made from `source` the times its items really took when it was run (skipped items
 * keep their plan), and a length that holds them; refused for a meeting that has not been run to its end.
 */
export function useActualTimes(template: Meeting, source: Meeting): void {
  if (source.run?.endedAt == null) {
    throw new AppError(
      'invalid-input',
      'Mødet er ikke afviklet til ende, så der er ingen faktiske tider at gemme.',
      'The meeting has not been run to its end, so there are no actual times to keep.',
    );
  }
  const timings = itemTimings(source.agenda, source.run);
  // copyPlan keeps the agenda's order, so the template's items line up with the source's. An item
  // that was skipped (not a minute on the clock) keeps its plan: skipping it once says nothing of its need.
  template.agenda.forEach((item, index) => {
    const actual = timings[index]?.actual ?? 0;
    if (actual > 0) item.minutes = actual;
  });
  template.durationMinutes = durationHolding(template.agenda.map((item) => item.minutes));
}
