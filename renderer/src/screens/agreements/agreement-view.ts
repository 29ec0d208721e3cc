import type { Person } from '$shared/entities';

/** The element that holds a field of the wizard, so a message can send focus there. */
export function fieldElementId(field: string): string {
  if (field.startsWith('topic:')) return `topic-${field.slice('topic:'.length)}`;
  const ids: Record<string, string> = {
    leaderId: 'party-leaderId',
    counterpartId: 'party-counterpartId',
    periodFrom: 'period-from',
    periodTo: 'period-to',
    agreedDate: 'agreed-date',
    reviewDate: 'review-date',
  };
  return ids[field] ?? field;
}

/** A person as the agreement shows them: name, and title and unit as one line. */
export function partyShown(person: Pick<Person, 'name' | 'title' | 'unit'> | undefined): {
  name: string;
  details: string;
} {
  if (!person) return { name: '', details: '' };
  return { name: person.name, details: [person.title, person.unit].filter((part) => part.trim() !== '').join(', ') };
}
