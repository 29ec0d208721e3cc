import type { InputOf } from '$shared/contract';
import type { Meeting, OpenActionItem } from '$shared/entities';
import { api, call } from '../api';
import { i18n } from '../i18n/i18n.svelte';
import { reloadsFrom } from './changes';
import { saveStatus } from './save-status.svelte';
import { moveToTrash } from './trash';

type MeetingPatch = InputOf<'meetings:update'>['patch'];
type AgendaPatch = InputOf<'meetings:update-agenda-item'>['patch'];
type ActionPatch = InputOf<'meetings:update-action'>['patch'];
type ParticipantPatch = InputOf<'meetings:update-participant'>['patch'];
type NewMeeting = Omit<InputOf<'meetings:create'>, 'lang'>;

/** Meetings, saved templates and open action items, kept in step with the services. */
class MeetingsState {
  // Raw, not deeply reactive: the list is replaced whole, never changed in place, and a proxy over
  // every field of years of records cost memory and long garbage-collection pauses while scrolling.
  #all = $state.raw<Meeting[]>([]);
  #templates = $state.raw<Meeting[]>([]);
  #openActions = $state.raw<OpenActionItem[]>([]);
  #loaded = $state(false);

  constructor() {
    reloadsFrom('meetings', () => this.load());
    // Open actions leave the list with their network (archived or deleted) and come back with it.
    reloadsFrom('openActions', () => this.refreshOpenActions());
  }

  /** True once the first load has finished. */
  get loaded(): boolean {
    return this.#loaded;
  }

  /** Every meeting, earliest first. */
  get all(): Meeting[] {
    return this.#all;
  }

  /** Saved templates by title. */
  get templates(): Meeting[] {
    return this.#templates;
  }

  /** Open action items, overdue first. */
  get openActions(): OpenActionItem[] {
    return this.#openActions;
  }

  /** One meeting by id, if loaded. */
  byId(id: string): Meeting | undefined {
    return this.#all.find((m) => m.id === id);
  }

  /** One network's meetings, earliest first. */
  forNetwork(networkId: string): Meeting[] {
    return this.#all.filter((m) => m.networkId === networkId);
  }

  /** Loads meetings, templates and open action items. */
  async load(): Promise<void> {
    const [all, templates, open] = await Promise.all([
      call(api.meetings.list({})),
      call(api.meetings.listTemplates({})),
      call(api.meetings.openActions({})),
    ]);
    this.#all = all;
    this.#templates = templates;
    this.#openActions = open;
    this.#loaded = true;
  }

  /** Reloads the open action items (after a tick or a change of owner or due date). */
  async refreshOpenActions(): Promise<void> {
    this.#openActions = await call(api.meetings.openActions({}));
  }

  /** Plans a meeting in the UI's language and returns it. */
  async create(input: NewMeeting): Promise<Meeting> {
    const meeting = await saveStatus.track(() => call(api.meetings.create({ ...input, lang: i18n.lang })));
    this.#insert(meeting);
    await this.refreshOpenActions();
    return meeting;
  }

  /** Saves some fields of a meeting. */
  async update(id: string, patch: MeetingPatch): Promise<Meeting> {
    return this.#replace(await saveStatus.track(() => call(api.meetings.update({ id, patch }))));
  }

  /** Deletes a meeting and returns a function that undoes it. */
  async remove(id: string): Promise<() => Promise<void>> {
    return moveToTrash({
      delete: () => api.meetings.delete({ id }),
      undo: (trashId) => api.meetings.undoDelete({ trashId }),
      gone: async () => {
        this.#all = this.#all.filter((m) => m.id !== id);
        this.#templates = this.#templates.filter((m) => m.id !== id);
        await this.refreshOpenActions();
      },
      back: async (meeting) => {
        if (meeting.isTemplate) this.#templates = [...this.#templates, meeting];
        else this.#insert(meeting);
        await this.refreshOpenActions();
      },
    });
  }

  /** Copies a meeting's plan a week later. */
  async duplicate(id: string): Promise<Meeting> {
    const copy = await saveStatus.track(() => call(api.meetings.duplicate({ id, lang: i18n.lang })));
    this.#insert(copy);
    return copy;
  }

  /** Keeps a meeting's plan as a template. */
  async saveAsTemplate(id: string, title: string, timesFrom: 'planned' | 'actual' = 'planned'): Promise<Meeting> {
    const template = await saveStatus.track(() => call(api.meetings.saveAsTemplate({ id, title, timesFrom })));
    this.#templates = [...this.#templates, template].sort((a, b) => a.title.localeCompare(b.title, 'da'));
    return template;
  }

  /** Invites a person from the people list. */
  async invitePerson(id: string, personId: string): Promise<void> {
    this.#replace(await saveStatus.track(() => call(api.meetings.addParticipant({ id, personId }))));
  }

  /** Invites a guest by name and e-mail. */
  async inviteGuest(id: string, name: string, email: string): Promise<void> {
    this.#replace(await saveStatus.track(() => call(api.meetings.addParticipant({ id, guest: { name, email } }))));
  }

  /** Records attendance or corrects a guest. */
  async updateParticipant(id: string, participantId: string, patch: ParticipantPatch): Promise<void> {
    this.#replace(await saveStatus.track(() => call(api.meetings.updateParticipant({ id, participantId, patch }))));
  }

  /** Takes someone off the meeting. */
  async removeParticipant(id: string, participantId: string): Promise<void> {
    this.#replace(await saveStatus.track(() => call(api.meetings.removeParticipant({ id, participantId }))));
    await this.refreshOpenActions();
  }

  /** Adds an agenda item (at an index when given) and returns the meeting. */
  async addAgendaItem(id: string, item: InputOf<'meetings:add-agenda-item'>['item'], index?: number): Promise<Meeting> {
    const input = index === undefined ? { id, item } : { id, item, index };
    return this.#replace(await saveStatus.track(() => call(api.meetings.addAgendaItem(input))));
  }

  /** Changes one agenda item. */
  async updateAgendaItem(id: string, itemId: string, patch: AgendaPatch): Promise<void> {
    this.#replace(await saveStatus.track(() => call(api.meetings.updateAgendaItem({ id, itemId, patch }))));
  }

  /** Moves an agenda item to a new position. */
  async moveAgendaItem(id: string, itemId: string, toIndex: number): Promise<void> {
    this.#replace(await saveStatus.track(() => call(api.meetings.moveAgendaItem({ id, itemId, toIndex }))));
  }

  /** Sets several timeboxes in one change. */
  async setAgendaMinutes(id: string, minutes: Array<{ itemId: string; minutes: number }>): Promise<void> {
    this.#replace(await saveStatus.track(() => call(api.meetings.setAgendaMinutes({ id, minutes }))));
  }

  /** Removes an agenda item. */
  async removeAgendaItem(id: string, itemId: string): Promise<void> {
    this.#replace(await saveStatus.track(() => call(api.meetings.removeAgendaItem({ id, itemId }))));
  }

  /** Records a decision. */
  async addDecision(id: string, text: string, agendaItemId: string | null): Promise<void> {
    this.#replace(await saveStatus.track(() => call(api.meetings.addDecision({ id, text, agendaItemId }))));
  }

  /** Changes a decision. */
  async updateDecision(
    id: string,
    decisionId: string,
    patch: InputOf<'meetings:update-decision'>['patch'],
  ): Promise<void> {
    this.#replace(await saveStatus.track(() => call(api.meetings.updateDecision({ id, decisionId, patch }))));
  }

  /** Removes a decision. */
  async removeDecision(id: string, decisionId: string): Promise<void> {
    this.#replace(await saveStatus.track(() => call(api.meetings.removeDecision({ id, decisionId }))));
  }

  /** Adds an action item. */
  async addAction(id: string, text: string, ownerId: string | null, dueDate: string): Promise<void> {
    this.#replace(await saveStatus.track(() => call(api.meetings.addAction({ id, text, ownerId, dueDate }))));
    await this.refreshOpenActions();
  }

  /** Changes an action item or ticks it done. */
  async updateAction(id: string, actionId: string, patch: ActionPatch): Promise<void> {
    this.#replace(await saveStatus.track(() => call(api.meetings.updateAction({ id, actionId, patch }))));
    await this.refreshOpenActions();
  }

  /** Removes an action item. */
  async removeAction(id: string, actionId: string): Promise<void> {
    this.#replace(await saveStatus.track(() => call(api.meetings.removeAction({ id, actionId }))));
    await this.refreshOpenActions();
  }

  /** Takes a meeting the services answered with (from the live view) into the list. */
  accept(meeting: Meeting): Meeting {
    return this.#replace(meeting);
  }

  #insert(meeting: Meeting): void {
    this.#all = [...this.#all, meeting].sort(
      (a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime),
    );
  }

  #replace(meeting: Meeting): Meeting {
    if (meeting.isTemplate) {
      this.#templates = this.#templates.map((m) => (m.id === meeting.id ? meeting : m));
      return meeting;
    }
    const changedTime =
      this.byId(meeting.id)?.date !== meeting.date || this.byId(meeting.id)?.startTime !== meeting.startTime;
    if (changedTime) {
      this.#all = this.#all.filter((m) => m.id !== meeting.id);
      this.#insert(meeting);
    } else {
      const index = this.#all.findIndex((m) => m.id === meeting.id);
      this.#all = this.#all.with(index, meeting);
    }
    return meeting;
  }
}

/** The app's meetings. */
export const meetings = new MeetingsState();
