import type { InputOf } from '$shared/contract';
import type { ReflectionExportResult } from '$shared/contract/reflections';
import type { Reflection, ReflectionPromptSettings } from '$shared/entities';
import { api, call } from '../api';
import { saveStatus } from './save-status.svelte';

type ReflectionPatch = InputOf<'reflections:update'>['patch'];

/** The co-driver's journal entries and question preferences, kept in step with the services. */
class ReflectionsState {
  // Raw, not deeply reactive: the list is replaced whole, never changed in place, and a proxy over
  // every field of years of records cost memory and long garbage-collection pauses while scrolling.
  #all = $state.raw<Reflection[]>([]);
  // The journal looks up every entry it shows by id, so this is a map, not a search through the list.
  #byId = $derived(new Map(this.#all.map((r) => [r.id, r])));
  #settings = $state<ReflectionPromptSettings>({ hiddenPromptIds: [], ownPrompts: [] });
  #loaded = $state(false);
  #loading: Promise<void> | null = null;

  /** True once the first load has finished. */
  get loaded(): boolean {
    return this.#loaded;
  }

  /** Every entry, in the order loaded (newest day first). */
  get all(): Reflection[] {
    return this.#all;
  }

  /** Which shipped questions are hidden and the writer's own questions. */
  get settings(): ReflectionPromptSettings {
    return this.#settings;
  }

  /** Every tag in use, sorted the Danish way, for the tag filter. */
  get tags(): string[] {
    const seen = new Map<string, string>();
    for (const tag of this.#all.flatMap((r) => r.tags)) if (!seen.has(tag.toLocaleLowerCase('da'))) seen.set(tag.toLocaleLowerCase('da'), tag);
    return [...seen.values()].sort(new Intl.Collator('da', { sensitivity: 'base' }).compare);
  }

  /** One entry by id, if loaded. */
  byId(id: string): Reflection | undefined {
    return this.#byId.get(id);
  }

  /** The entries written for one meeting, newest first. */
  forMeeting(meetingId: string): Reflection[] {
    return this.#all.filter((r) => r.meetingId === meetingId);
  }

  /** Loads entries and preferences once; later callers share the first load. */
  ensureLoaded(): Promise<void> {
    this.#loading ??= this.load();
    return this.#loading;
  }

  /** Loads (again) every entry and the question preferences. */
  async load(): Promise<void> {
    const [all, settings] = await Promise.all([call(api.reflections.list({})), call(api.reflections.promptSettings({}))]);
    this.#all = all;
    this.#settings = settings;
    this.#loaded = true;
  }

  /** Starts a new entry of a kind. */
  async create(draft: InputOf<'reflections:create'>): Promise<Reflection> {
    return this.#put(await saveStatus.track(() => call(api.reflections.create(draft))));
  }

  /** Starts an entry linked to a meeting; the services pick before or after. */
  async createForMeeting(meetingId: string): Promise<Reflection> {
    return this.#put(await saveStatus.track(() => call(api.reflections.createForMeeting({ meetingId }))));
  }

  /** Saves some fields. */
  async update(id: string, patch: ReflectionPatch): Promise<void> {
    this.#put(await saveStatus.track(() => call(api.reflections.update({ id, patch }))));
  }

  /** Saves one answer; an empty one skips the question. */
  async setAnswer(id: string, promptId: string, text: string): Promise<void> {
    this.#put(await saveStatus.track(() => call(api.reflections.setAnswer({ id, promptId, text }))));
  }

  /** Deletes an entry and returns a function that undoes it. */
  async remove(id: string): Promise<() => Promise<void>> {
    const trashed = await saveStatus.track(() => call(api.reflections.delete({ id })));
    this.#all = this.#all.filter((r) => r.id !== id);
    return async () => {
      this.#put(await saveStatus.track(() => call(api.reflections.undoDelete({ trashId: trashed.id }))));
    };
  }

  /** Hides a shipped question from now on, or shows it again. */
  async hidePrompt(promptId: string, hidden: boolean): Promise<void> {
    this.#settings = await saveStatus.track(() => call(api.reflections.hidePrompt({ promptId, hidden })));
  }

  /** Adds an own question. */
  async addPrompt(kind: 'foer' | 'efter' | 'begge', text: string): Promise<void> {
    this.#settings = await saveStatus.track(() => call(api.reflections.addPrompt({ kind, text })));
  }

  /** Removes an own question. */
  async removePrompt(promptId: string): Promise<void> {
    this.#settings = await saveStatus.track(() => call(api.reflections.removePrompt({ promptId })));
  }

  /** Writes entries to Word; the services leave private ones out whatever is chosen. */
  exportToWord(input: InputOf<'reflections:export'>): Promise<ReflectionExportResult> {
    return call(api.reflections.export(input));
  }

  #put(entry: Reflection): Reflection {
    const index = this.#all.findIndex((r) => r.id === entry.id);
    if (index === -1) this.#all = [entry, ...this.#all];
    else this.#all = this.#all.with(index, entry);
    return entry;
  }
}

/** The app's reflection journal. */
export const reflections = new ReflectionsState();
