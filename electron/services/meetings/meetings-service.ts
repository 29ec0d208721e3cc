import { AppError, notFound } from '../../shared/app-error';
import type { ValidInputOf } from '../../shared/contract';
import { closingItemIndex, statusItemIndex } from '../../shared/domain/agenda-roles';
import type { AgendaItem, CarryForwardCandidate, Meeting, TrashEntry } from '../../shared/entities';
import { addDays } from '../../shared/time';
import { findNetwork } from '../networks/networks-service';
import { snapshot } from '../records';
import type { ServiceContext } from '../service-context';
import type { AppData } from '../storage/app-data';
import {
  applyDomainTemplate,
  blankMeeting,
  copyPlan,
  newAgendaItem,
  templateFrom,
  useActualTimes,
} from './meeting-factory';
import { defaultParticipants } from './meeting-people';
import { carryForwardCandidates } from './meeting-queries';
import { byMeetingTime, changeMeeting, requireMeeting } from './meeting-records';
import { assertMeetingSchedulable, assertMinutesTaker } from './meeting-rules';
import { moveToTrash, takeBackFromTrash } from '../data-safety/trash';

/** Plans, changes, copies and deletes meetings, and keeps meetings as templates. */
export class MeetingsService {
  constructor(private readonly ctx: ServiceContext) {}

  /** Meetings earliest first, one network's when asked; templates are never listed here. */
  list(input: ValidInputOf<'meetings:list'>): Meeting[] {
    const all = this.ctx.store.data.meetings.filter(
      (m) => !m.isTemplate && (input.networkId === undefined || m.networkId === input.networkId),
    );
    return snapshot(all).sort(byMeetingTime);
  }

  /** The saved templates, by title. */
  listTemplates(): Meeting[] {
    return snapshot(this.ctx.store.data.meetings.filter((m) => m.isTemplate)).sort((a, b) =>
      a.title.localeCompare(b.title, 'da'),
    );
  }

  /** One meeting or template. */
  get(id: string): Meeting {
    return snapshot(requireMeeting(this.ctx.store.data, id));
  }

  /** What a new meeting on that day could take over from earlier ones. */
  carryForwardCandidates({
    networkId,
    date,
  }: ValidInputOf<'meetings:carry-forward-candidates'>): CarryForwardCandidate[] {
    findNetwork(this.ctx.store.data, networkId);
    return snapshot(carryForwardCandidates(this.ctx.store.data, networkId, date));
  }

  /** Plans a meeting: the network's people invited, a template's plan if chosen, chosen open points carried forward. */
  create(input: ValidInputOf<'meetings:create'>): Promise<Meeting> {
    const lang = input.lang ?? 'da';
    return this.ctx.store.mutate((data) => {
      const network = findNetwork(data, input.networkId);
      const meeting = blankMeeting(this.ctx.clock, input, lang);
      meeting.participants = defaultParticipants(data, network);
      if (input.templateId !== undefined && input.templateId !== '')
        this.#applyTemplate(data, meeting, input.templateId, lang);
      if (input.title !== undefined && input.title.trim() !== '') meeting.title = input.title.trim();
      if (input.durationMinutes !== undefined) meeting.durationMinutes = input.durationMinutes;
      this.#carryForward(data, meeting, input.carryForward ?? []);
      assertMeetingSchedulable(meeting);
      data.meetings.push(meeting);
      return snapshot(meeting);
    });
  }

  /** Changes the given fields; the new day, time and length are checked together. */
  update({ id, patch }: ValidInputOf<'meetings:update'>): Promise<Meeting> {
    return changeMeeting(this.ctx, id, (draft) => {
      if (draft.isTemplate && patch.date !== undefined) {
        throw new AppError('invalid-input', 'En skabelon har ingen dato.', 'A template has no date.');
      }
      if (patch.minutesTakerId !== undefined) assertMinutesTaker(draft, patch.minutesTakerId);
      for (const [key, value] of Object.entries(patch) as Array<
        [keyof typeof patch, string | number | null | undefined]
      >) {
        if (value !== undefined) Object.assign(draft, { [key]: value });
      }
    });
  }

  /** Moves a meeting or template to the trash. */
  delete(id: string): Promise<TrashEntry> {
    return this.ctx.store.mutate((data) =>
      snapshot(moveToTrash(data, 'meeting', requireMeeting(data, id), this.ctx.clock.now())),
    );
  }

  /** Puts a deleted meeting back. */
  undoDelete(trashId: string): Promise<Meeting> {
    return this.ctx.store.mutate((data) =>
      snapshot(takeBackFromTrash(data, trashId, 'meeting', () => notFound('Det slettede møde', 'The deleted meeting'))),
    );
  }

  /** A new planned meeting with the same plan and people, a week later unless a date is given. */
  duplicate({ id, date }: ValidInputOf<'meetings:duplicate'>): Promise<Meeting> {
    return this.ctx.store.mutate((data) => {
      const source = requireMeeting(data, id);
      if (source.isTemplate) {
        throw new AppError(
          'invalid-input',
          'Brug skabelonen, når du opretter et nyt møde.',
          'Use the template when you create a new meeting.',
        );
      }
      const copy = blankMeeting(
        this.ctx.clock,
        { networkId: source.networkId, date: date ?? addDays(source.date, 7), startTime: source.startTime },
        'da',
      );
      copy.participants = source.participants.map((p) => ({ ...p, attendance: 'unknown' }));
      copyPlan(copy, source);
      copy.templateId = source.templateId;
      assertMeetingSchedulable(copy);
      data.meetings.push(copy);
      return snapshot(copy);
    });
  }

  /** Keeps the meeting's plan as a template under a new name. */
  saveAsTemplate({ id, title, timesFrom }: ValidInputOf<'meetings:save-as-template'>): Promise<Meeting> {
    return this.ctx.store.mutate((data) => {
      const source = requireMeeting(data, id);
      const template = templateFrom(this.ctx.clock, source, title);
      if (timesFrom === 'actual') useActualTimes(template, source);
      data.meetings.push(template);
      return snapshot(template);
    });
  }

  #applyTemplate(data: AppData, meeting: Meeting, templateId: string, lang: 'da' | 'en'): void {
    if (applyDomainTemplate(meeting, templateId, lang)) return;
    const saved = data.meetings.find((m) => m.id === templateId && m.isTemplate);
    if (!saved) throw notFound('Skabelonen', 'The template');
    copyPlan(meeting, saved);
    meeting.templateId = saved.id;
  }

  /**
   * Adds the chosen open points to the agenda, refusing anything that is not on offer. Carried tasks
   * become sub-points (0 minutes) right under the status item, which holds their time; without one,
   * and for carried agenda points, they go just before the closing item with their own time.
   */
  #carryForward(data: AppData, meeting: Meeting, refs: ReadonlyArray<{ meetingId: string; sourceId: string }>): void {
    if (refs.length === 0) return;
    const offered = carryForwardCandidates(data, meeting.networkId, meeting.date);
    const invited = new Set(meeting.participants.map((p) => p.id));
    const underStatus: AgendaItem[] = [];
    const beforeClosing: AgendaItem[] = [];
    const hasStatus = statusItemIndex(meeting.agenda) >= 0;
    for (const ref of refs) {
      const candidate = offered.find((c) => c.from.meetingId === ref.meetingId && c.from.sourceId === ref.sourceId);
      if (!candidate) {
        throw new AppError(
          'conflict',
          'Et af punkterne fra et tidligere møde er allerede taget op eller afsluttet. Åbn dialogen igen og vælg på ny.',
          'One of the points from an earlier meeting has already been taken up or closed. Open the dialog again and choose anew.',
        );
      }
      const source = requireMeeting(data, ref.meetingId);
      const original = source.agenda.find((item) => item.id === ref.sourceId);
      const subPoint = candidate.from.source === 'action' && hasStatus;
      (subPoint ? underStatus : beforeClosing).push(
        newAgendaItem({
          title: candidate.title,
          kind: candidate.kind,
          minutes: subPoint ? 0 : (original?.minutes ?? 5),
          methodId: original?.methodId ?? '',
          purpose: original?.purpose ?? '',
          responsibleId:
            candidate.responsibleId !== null && invited.has(candidate.responsibleId) ? candidate.responsibleId : null,
          carriedFrom: candidate.from,
        }),
      );
    }
    const closing = closingItemIndex(meeting.agenda);
    meeting.agenda.splice(closing < 0 ? meeting.agenda.length : closing, 0, ...beforeClosing);
    meeting.agenda.splice(statusItemIndex(meeting.agenda) + 1, 0, ...underStatus);
  }
}
