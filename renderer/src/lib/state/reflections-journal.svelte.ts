import type { InputOf } from '$shared/contract';
import type { ReflectionSummary } from '$shared/entities';
import { api, call } from '../api';
import { reflections } from './reflections.svelte';

/** The journal's filters; empty strings mean "not set" so they bind straight to form fields. */
export interface JournalFilter {
  query: string;
  networkId: string;
  kind: '' | 'foer' | 'efter' | 'fri';
  tag: string;
  from: string;
  to: string;
}

const noFilter: JournalFilter = { query: '', networkId: '', kind: '', tag: '', from: '', to: '' };

/**
 * What the journal view shows: the services do the matching, so search works the same everywhere.
 * They answer with ids only; the entries' summaries are already loaded, so a keystroke copies no text.
 */
class JournalState {
  #filter = $state<JournalFilter>({ ...noFilter });
  #ids = $state<string[]>([]);
  // An id whose entry is gone (deleted since the last answer) is simply left out.
  #results = $derived(this.#ids.flatMap((id) => reflections.byId(id) ?? []));
  #selected = $state<string[]>([]);
  #asked = 0;

  /** The filters in use. */
  get filter(): JournalFilter {
    return this.#filter;
  }

  /** Entries matching the filters, newest day first. */
  get results(): ReflectionSummary[] {
    return this.#results;
  }

  /** True when any filter narrows the list. */
  get filtered(): boolean {
    return Object.entries(this.#filter).some(([key, value]) => value !== noFilter[key as keyof JournalFilter]);
  }

  /** Ids ticked for export. */
  get selected(): string[] {
    return this.#selected;
  }

  /** Changes some filters and fetches the matching entries. */
  async setFilter(patch: Partial<JournalFilter>): Promise<void> {
    this.#filter = { ...this.#filter, ...patch };
    await this.refresh();
  }

  /** Clears every filter. */
  async reset(): Promise<void> {
    await this.setFilter(noFilter);
  }

  /** Ticks or unticks an entry for export. */
  toggle(id: string, on: boolean): void {
    this.#selected = on ? [...new Set([...this.#selected, id])] : this.#selected.filter((s) => s !== id);
  }

  /** Unticks everything. */
  clearSelection(): void {
    this.#selected = [];
  }

  /** Fetches again; an answer that arrives after a newer question is dropped, so fast typing never shows stale results. */
  async refresh(): Promise<void> {
    const asked = ++this.#asked;
    const ids = await call(api.reflections.find(toRequest(this.#filter)));
    if (asked !== this.#asked) return;
    this.#ids = ids;
    const shown = new Set(ids);
    this.#selected = this.#selected.filter((id) => shown.has(id));
  }
}

function toRequest(filter: JournalFilter): InputOf<'reflections:find'> {
  const request: InputOf<'reflections:find'> = {};
  if (filter.query.trim()) request.query = filter.query.trim();
  if (filter.networkId) request.networkId = filter.networkId;
  if (filter.kind) request.kind = filter.kind;
  if (filter.tag) request.tag = filter.tag;
  if (filter.from) request.from = filter.from;
  if (filter.to) request.to = filter.to;
  return request;
}

/** The journal view's state. */
export const journal = new JournalState();
