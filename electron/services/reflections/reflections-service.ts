import { notFound } from '../../shared/app-error';
import type { ValidInputOf } from '../../shared/contract';
import { reflectionPrompts } from '../../shared/domain/reflection-prompts';
import {
  summarizeReflection,
  type Reflection,
  type ReflectionAnswer,
  type ReflectionSummary,
  type TrashEntry,
} from '../../shared/entities';
import { todayInCopenhagen } from '../../shared/time';
import { findNetwork } from '../networks/networks-service';
import { applyPatch, newRecordBase, snapshot } from '../records';
import type { ServiceContext } from '../service-context';
import type { AppData } from '../storage/app-data';
import { findMeeting, kindForMeeting, meetingFacts } from './meeting-link';
import { readPromptSettings } from './prompt-settings-service';
import { ReflectionIndex } from './reflection-index';
import { cleanTags, reflectionMatcher, type ReflectionFilter } from './reflection-search';
import { moveToTrash, takeBackFromTrash } from '../data-safety/trash';
import { listable, newEntriesPrivate } from '../privacy/screen-sharing';

type ReflectionPatch = ValidInputOf<'reflections:update'>['patch'];

/** Writes, finds and deletes the co-driver's reflection entries. */
export class ReflectionsService {
  readonly #index: ReflectionIndex;

  constructor(private readonly ctx: ServiceContext) {
    this.#index = new ReflectionIndex(ctx.store);
  }

  /** Entries matching the filters, newest day first, without their text: what the journal lists. */
  summaries(filter: ReflectionFilter): ReflectionSummary[] {
    const shown = listable(this.ctx.store.data);
    const matches = reflectionMatcher(filter);
    return this.#index
      .entries()
      .filter((indexed) => shown(indexed.entry) && matches(indexed))
      .map(({ entry, preview }) => snapshot(summarizeReflection(entry, preview)));
  }

  /** Ids of the entries matching the filters, newest day first: the journal has the summaries already, so its search copies no text. */
  find(filter: ReflectionFilter): string[] {
    const shown = listable(this.ctx.store.data);
    const matches = reflectionMatcher(filter);
    const ids: string[] = [];
    for (const indexed of this.#index.entries())
      if (shown(indexed.entry) && matches(indexed)) ids.push(indexed.entry.id);
    return ids;
  }

  /** One entry. */
  get(id: string): Reflection {
    return snapshot(findReflection(this.ctx.store.data, id));
  }

  /** Every tag in use, sorted the Danish way. */
  tags(): string[] {
    const collator = new Intl.Collator('da', { sensitivity: 'base' });
    const data = this.ctx.store.data;
    // A tag can say as much as the entry ("tvivl om X"), so a hidden entry's tags are hidden with it.
    const shown = data.reflections.filter(listable(data));
    return cleanTags(shown.flatMap((entry) => entry.tags)).sort(collator.compare);
  }

  /** Starts an entry; what is not given starts empty, the date as today. */
  create(draft: ValidInputOf<'reflections:create'>): Promise<Reflection> {
    return this.ctx.store.mutate((data) => {
      checkLinks(data, draft);
      const entry: Reflection = {
        ...newRecordBase(this.ctx.clock),
        networkId: draft.networkId ?? null,
        meetingId: draft.meetingId ?? null,
        kind: draft.kind,
        date: draft.date ?? todayInCopenhagen(this.ctx.clock.now()),
        title: draft.title ?? '',
        body: draft.body ?? '',
        answers: [],
        tags: cleanTags(draft.tags ?? []),
        energy: draft.energy ?? null,
        progress: draft.progress ?? null,
        private: draft.private ?? newEntriesPrivate(data),
        promptsHidden: draft.promptsHidden ?? false,
      };
      data.reflections.push(entry);
      return snapshot(entry);
    });
  }

  /** Starts an entry linked to a meeting and its network, before or after by the meeting's time. */
  createForMeeting(meetingId: string): Promise<Reflection> {
    return this.ctx.store.mutate((data) => {
      const facts = meetingFacts(findMeeting(data, meetingId));
      const now = this.ctx.clock.now();
      const networkKnown = data.networks.some((n) => n.id === facts.networkId);
      const entry: Reflection = {
        ...newRecordBase(this.ctx.clock),
        networkId: networkKnown ? facts.networkId : null,
        meetingId: facts.id,
        kind: kindForMeeting(facts, now),
        date: todayInCopenhagen(now),
        title: facts.title,
        body: '',
        answers: [],
        tags: [],
        energy: null,
        progress: null,
        private: newEntriesPrivate(data),
        promptsHidden: false,
      };
      data.reflections.push(entry);
      return snapshot(entry);
    });
  }

  /** Changes the given fields. */
  update({ id, patch }: ValidInputOf<'reflections:update'>): Promise<Reflection> {
    return this.ctx.store.mutate((data) => {
      const entry = findReflection(data, id);
      checkLinks(data, patch);
      const cleaned: ReflectionPatch = patch.tags === undefined ? patch : { ...patch, tags: cleanTags(patch.tags) };
      return snapshot(applyPatch(entry, cleaned, this.ctx.clock));
    });
  }

  /** Saves one answer; an empty answer removes it, so the question counts as skipped. */
  setAnswer({ id, promptId, text }: ValidInputOf<'reflections:set-answer'>): Promise<Reflection> {
    return this.ctx.store.mutate((data) => {
      const entry = findReflection(data, id);
      const question = questionFor(data, entry, promptId);
      const others = entry.answers.filter((a) => a.promptId !== promptId);
      const index = entry.answers.findIndex((a) => a.promptId === promptId);
      let answers: ReflectionAnswer[];
      if (text.trim() === '') answers = others;
      else if (index === -1) answers = [...others, { promptId, question, text }];
      else answers = entry.answers.map((a) => (a.promptId === promptId ? { promptId, question, text } : a));
      return snapshot(applyPatch(entry, { answers }, this.ctx.clock));
    });
  }

  /** Moves an entry to the trash, from where it can be put back. */
  delete(id: string): Promise<TrashEntry> {
    return this.ctx.store.mutate((data) =>
      snapshot(moveToTrash(data, 'reflection', findReflection(data, id), this.ctx.clock.now())),
    );
  }

  /** Puts a deleted entry back. */
  undoDelete(trashId: string): Promise<Reflection> {
    return this.ctx.store.mutate((data) =>
      snapshot(
        takeBackFromTrash(data, trashId, 'reflection', () =>
          notFound('Den slettede refleksion', 'The deleted reflection'),
        ),
      ),
    );
  }
}

/** The live entry with that id, or a not-found error. */
export function findReflection(data: AppData, id: string): Reflection {
  const entry = data.reflections.find((r) => r.id === id);
  if (!entry) throw notFound('Refleksionen', 'The reflection');
  return entry;
}

function checkLinks(data: AppData, fields: { networkId?: string | null; meetingId?: string | null }): void {
  if (fields.networkId) findNetwork(data, fields.networkId);
  if (fields.meetingId) findMeeting(data, fields.meetingId);
}

// The question is looked up here, never taken from the caller, so a stored answer always names a real question.
function questionFor(data: AppData, entry: Reflection, promptId: string): string {
  const shipped = reflectionPrompts.find((p) => p.id === promptId);
  if (shipped) return shipped.text.da;
  const own = readPromptSettings(data).ownPrompts.find((p) => p.id === promptId);
  if (own) return own.text;
  const earlier = entry.answers.find((a) => a.promptId === promptId);
  if (earlier) return earlier.question;
  throw notFound('Spørgsmålet', 'The question');
}
