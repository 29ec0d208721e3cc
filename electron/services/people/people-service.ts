import { AppError, notFound } from '../../shared/app-error';
import type { Person, TrashEntry } from '../../shared/entities';
import { HOLDER_ROLES } from '../../shared/entities';
import type { ValidInputOf } from '../../shared/contract';
import type { AppData } from '../storage/app-data';
import { applyPatch, newRecordBase, snapshot } from '../records';
import type { ServiceContext } from '../service-context';
import { moveToTrash, takeBackFromTrash } from '../data-safety/trash';

const byName = new Intl.Collator('da', { sensitivity: 'base' });

/** The people list: everyone who can hold a role or take part. */
export class PeopleService {
  constructor(private readonly ctx: ServiceContext) {}

  /** Everyone, sorted by name the Danish way (æ, ø, å last). */
  list(): Person[] {
    return snapshot(this.ctx.store.data.people).sort((a, b) => byName.compare(a.name, b.name));
  }

  /** Adds a person. */
  create(draft: ValidInputOf<'people:create'>): Promise<Person> {
    return this.ctx.store.mutate((data) => {
      const person: Person = {
        ...newRecordBase(this.ctx.clock),
        name: draft.name,
        unit: draft.unit ?? '',
        title: draft.title ?? '',
        email: draft.email ?? '',
        phone: draft.phone ?? '',
      };
      data.people.push(person);
      return snapshot(person);
    });
  }

  /** Changes the given fields. */
  update({ id, patch }: ValidInputOf<'people:update'>): Promise<Person> {
    return this.ctx.store.mutate((data) => snapshot(applyPatch(findPerson(data, id), patch, this.ctx.clock)));
  }

  /** Deletes a person no network refers to; refuses otherwise, so no network loses a role holder silently. */
  delete(id: string): Promise<TrashEntry> {
    return this.ctx.store.mutate((data) => {
      const person = findPerson(data, id);
      const usedIn = data.networks.filter(
        (n) => HOLDER_ROLES.some((role) => n.roleHolders[role] === id) || n.participants.some((p) => p.personId === id),
      );
      if (usedIn.length > 0) {
        const names = usedIn.map((n) => `«${n.name}»`).join(', ');
        throw new AppError(
          'conflict',
          `${person.name} er med i ${names}. Fjern personen fra netværket først.`,
          `${person.name} is part of ${names}. Remove the person from the network first.`,
        );
      }
      return snapshot(moveToTrash(data, 'person', person, this.ctx.clock.now()));
    });
  }

  /** Puts a deleted person back. */
  undoDelete(trashId: string): Promise<Person> {
    return this.ctx.store.mutate((data) =>
      snapshot(takeBackFromTrash(data, trashId, 'person', () => notFound('Den slettede person', 'The deleted person'))),
    );
  }
}

/** The live person record with that id, or a not-found error. */
export function findPerson(data: AppData, id: string): Person {
  const person = data.people.find((p) => p.id === id);
  if (!person) throw notFound('Personen', 'The person');
  return person;
}
