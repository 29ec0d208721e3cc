import type { InputOf } from '$shared/contract';
import type { ReflectionExportResult } from '$shared/contract/reflections';
import {
  summarizeReflection,
  type Reflection,
  type ReflectionPromptSettings,
  type ReflectionSummary,
} from '$shared/entities';
import type { ReflectionThemeId } from '$shared/domain/types';
import { api, call } from '../api';
import { privacy } from './privacy.svelte';
import { saveStatus } from './save-status.svelte';
import { moveToTrash } from './trash';
import { reloadsFrom } from './changes';

type ReflectionPatch = InputOf<'reflections:update'>['patch'];

/**
 * The co-driver's journal entries and question preferences, kept in step with the services. Every
 * entry is held as a summary (a short preview instead of its text); the whole entry is fetched
 * only for the one being read or written.
 */
class ReflectionsState {
  constructor() {
    reloadsFrom('reflections', () => this.load());
  }

  // Raw, not deeply reactive: the list is replaced whole, never changed in place, and a proxy over
  // every field of years of records cost memory and long garbage-collection pauses while scrolling.
  #all = $state.raw<ReflectionSummary[]>([]);
  // The journal looks up every entry it shows by id, so this is a map, not a search through the list.
  #byId = $derived(new Map(this.#all.map((r) => [r.id, r])));
  #opened = $state.raw<Reflection | null>(null);
  // Counts what decided the open entry last, so a fetch answered after the writer moved on is dropped.
  #openTurn = 0;
  #settings = $state<ReflectionPromptSettings>({ hiddenPromptIds: [], ownPrompts: [], themeIds: [] });
  #loaded = $state(false);
  #loading: Promise<void> | null = null;

  /** True once the first load has finished. */
  get loaded(): boolean {
    return this.#loaded;
  }

  /** Every entry's summary, in the order loaded (newest day first). */
  get all(): ReflectionSummary[] {
    return this.#all;
  }

  /** The whole entry last opened (or created), kept up to date by every save. */
  get opened(): Reflection | null {
    return this.#opened;
  }

  /** Which shipped questions are hidden and the writer's own questions. */
  get settings(): ReflectionPromptSettings {
    return this.#settings;
  }

  /** Every tag in use, sorted the Danish way, for the tag filter. */
  get tags(): string[] {
    const seen = new Map<string, string>();
    for (const tag of this.#all.flatMap((r) => r.tags))
      if (!seen.has(tag.toLocaleLowerCase('da'))) seen.set(tag.toLocaleLowerCase('da'), tag);
    return [...seen.values()].sort(new Intl.Collator('da', { sensitivity: 'base' }).compare);
  }

  /** One entry's summary by id, if loaded. */
  byId(id: string): ReflectionSummary | undefined {
    return this.#byId.get(id);
  }

  /**
   * Fetches one whole entry to read or write; it becomes `opened`. Fails quietly if there is no such
   * entry: the screen that asked says so in its own place.
   */
  async open(id: string): Promise<Reflection> {
    const turn = ++this.#openTurn;
    if (this.#opened?.id === id) return this.#opened;
    const entry = await call(api.reflections.get({ id }), { quiet: true });
    if (turn === this.#openTurn) this.#opened = entry;
    return entry;
  }

  /** The entries written for one meeting, newest first. */
  forMeeting(meetingId: string): ReflectionSummary[] {
    return this.#all.filter((r) => r.meetingId === meetingId);
  }

  /** Loads entries and preferences once; later callers share the first load. */
  ensureLoaded(): Promise<void> {
    this.#loading ??= this.load();
    return this.#loading;
  }

  /** Loads (again) every entry's summary and the question preferences. */
  async load(): Promise<void> {
    const [all, settings] = await Promise.all([
      call(api.reflections.summaries({})),
      call(api.reflections.promptSettings({})),
    ]);
    this.#all = all;
    // Data loaded afresh (a restored backup, an import) may have changed or removed the open entry.
    this.#setOpened(null);
    this.#settings = settings;
    this.#loaded = true;
  }

  /** Starts a new entry of a kind. */
  async create(draft: InputOf<'reflections:create'>): Promise<Reflection> {
    return this.#setOpened(this.#put(await saveStatus.track(() => call(api.reflections.create(draft)))));
  }

  /** Starts an entry linked to a meeting; the services pick before or after. */
  async createForMeeting(meetingId: string): Promise<Reflection> {
    return this.#setOpened(
      this.#put(await saveStatus.track(() => call(api.reflections.createForMeeting({ meetingId })))),
    );
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
    return moveToTrash({
      delete: () => api.reflections.delete({ id }),
      undo: (trashId) => api.reflections.undoDelete({ trashId }),
      gone: () => {
        this.#all = this.#all.filter((r) => r.id !== id);
        if (this.#opened?.id === id) this.#setOpened(null);
      },
      back: (entry) => {
        this.#put(entry);
      },
    });
  }

  /** Picks the themes entries suggest questions from; none means every theme. */
  async chooseThemes(themeIds: ReflectionThemeId[]): Promise<void> {
    this.#settings = await saveStatus.track(() => call(api.reflections.chooseThemes({ themeIds })));
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

  // A save answers with the whole entry: the list keeps its summary, and the open entry takes it whole.
  // While "Skjul private" is on, a private entry is open for writing but never listed.
  #put(entry: Reflection): Reflection {
    const summary = summarizeReflection(entry);
    const index = this.#all.findIndex((r) => r.id === entry.id);
    if (entry.private && privacy.hidePrivate) this.#all = this.#all.filter((r) => r.id !== entry.id);
    else if (index === -1) this.#all = [summary, ...this.#all];
    else this.#all = this.#all.with(index, summary);
    if (this.#opened?.id === entry.id) this.#opened = entry;
    return entry;
  }

  // Decides the open entry here and now, so any fetch still on its way is dropped when it answers.
  #setOpened<T extends Reflection | null>(entry: T): T {
    this.#openTurn += 1;
    this.#opened = entry;
    return entry;
  }
}

/** The app's reflection journal. */
export const reflections = new ReflectionsState();
