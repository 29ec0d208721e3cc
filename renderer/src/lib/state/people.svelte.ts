import type { InputOf } from '$shared/contract';
import type { Person } from '$shared/entities';
import { api, call } from '../api';
import { saveStatus } from './save-status.svelte';
import { moveToTrash } from './trash';
import { reloadsFrom } from './changes';

type PersonPatch = InputOf<'people:update'>['patch'];

const byName = new Intl.Collator('da', { sensitivity: 'base' });

/** The people list, kept in step with the services. */
class PeopleState {
  constructor() {
    reloadsFrom('people', () => this.load());
  }

  #all = $state.raw<Person[]>([]);

  /** Everyone, sorted by name. */
  get all(): Person[] {
    return this.#all;
  }

  /** One person by id. */
  byId(id: string | null | undefined): Person | undefined {
    return id ? this.#all.find((p) => p.id === id) : undefined;
  }

  /** Loads the list. */
  async load(): Promise<void> {
    this.#all = await call(api.people.list({}));
  }

  /** Adds a person and returns them. */
  async create(draft: InputOf<'people:create'>): Promise<Person> {
    const person = await saveStatus.track(() => call(api.people.create(draft)));
    this.#all = [...this.#all, person].sort((a, b) => byName.compare(a.name, b.name));
    return person;
  }

  /** Saves some fields of a person. */
  async update(id: string, patch: PersonPatch): Promise<void> {
    const person = await saveStatus.track(() => call(api.people.update({ id, patch })));
    this.#all = this.#all.map((p) => (p.id === id ? person : p));
  }

  /** Deletes a person and returns a function that undoes it. */
  async remove(id: string): Promise<() => Promise<void>> {
    return moveToTrash({
      delete: () => api.people.delete({ id }),
      undo: (trashId) => api.people.undoDelete({ trashId }),
      gone: () => {
        this.#all = this.#all.filter((p) => p.id !== id);
      },
      back: (person) => {
        this.#all = [...this.#all, person].sort((a, b) => byName.compare(a.name, b.name));
      },
    });
  }
}

/** The app's people list. */
export const people = new PeopleState();
