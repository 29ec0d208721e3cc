import type { Person } from '../../../electron/shared/entities';
import { FIRST_NAMES, LAST_NAMES, TITLES, UNITS } from './danish-words';
import { instantOn } from './dates';
import type { Random } from './prng';
import { asciiFold } from './prose';

/** Made-up colleagues across the municipality; addresses use the reserved example domain. */
export function generatePeople(random: Random, count: number, firstDay: string): Person[] {
  const taken = new Set<string>();
  return Array.from({ length: count }, (_, index) => {
    let name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
    // Real lists have namesakes; a middle initial tells them apart as a user would.
    if (taken.has(name)) name = name.replace(' ', ` ${String.fromCharCode(65 + (index % 26))}. `);
    taken.add(name);
    const created = instantOn(firstDay, 9, index % 60);
    return {
      id: random.id(),
      createdAt: created,
      updatedAt: created,
      name,
      unit: random.pick(UNITS),
      title: random.pick(TITLES),
      email: random.chance(0.9) ? `${asciiFold(name)}@kommune.example` : '',
      phone: random.chance(0.8) ? `43 ${random.int(10, 99)} ${random.int(10, 99)} ${random.int(10, 99)}` : '',
    };
  });
}
