import { shippedPhaseModel } from '../../../electron/shared/domain';
import type { Network, NetworkPhases, NetworkType, Person } from '../../../electron/shared/entities';
import { NETWORK_GOALS, TARGET_GROUPS } from './danish-words';
import { addDays, daysBetween, instantOn, onWeekday } from './dates';
import type { Random } from './prng';
import { paragraph } from './prose';

const TYPES: readonly NetworkType[] = ['velfaerd', 'laering', 'innovation'];

/**
 * Time-boxed networks spread over the period, each lasting one to two and a half years: the early
 * ones are finished and archived, the latest still running, as in a real leader's history.
 */
export function generateNetworks(
  random: Random,
  count: number,
  people: Person[],
  firstDay: string,
  today: string,
): Network[] {
  const span = daysBetween(firstDay, addDays(today, -60));
  return Array.from({ length: count }, (_, index) => {
    const startDate = onWeekday(
      addDays(firstDay, Math.round((span * index) / Math.max(1, count - 1)) - (index === 0 ? 0 : random.int(0, 20))),
    );
    const endDate = addDays(startDate, random.int(420, 900));
    const finished = endDate < today;
    const members = random.some(people, random.int(9, 14));
    const [leader, codriver, reference, manager, ...rest] = members;
    const created = instantOn(startDate, 8);
    return {
      id: random.id(),
      createdAt: created,
      updatedAt: finished ? instantOn(endDate, 15) : instantOn(addDays(today, -random.int(1, 20)), 14),
      name: NETWORK_GOALS[index % NETWORK_GOALS.length] ?? 'Netværk',
      theme: capitalise(random.pick(TARGET_GROUPS)),
      challenge: paragraph(random, 2, 3),
      ambition: paragraph(random, 1, 2),
      type: random.pick(TYPES),
      startDate,
      endDate,
      status: finished ? 'afsluttet' : 'aktiv',
      archivedAt: finished && random.chance(0.9) ? instantOn(addDays(endDate, random.int(5, 40)), 10) : null,
      roleHolders: {
        netvaerksleder: leader?.id ?? null,
        codriver: codriver?.id ?? null,
        referenceleder: reference?.id ?? null,
        personaleleder: manager?.id ?? null,
      },
      participants: rest.map((person, i) => ({
        personId: person.id,
        core: i < 5,
        note: i === 0 ? 'Kender borgerne godt' : '',
      })),
      phases: phasesAt(random, daysBetween(startDate, today) / Math.max(1, daysBetween(startDate, endDate))),
      example: false,
    };
  });
}

/** The tracker state of a network that has come a given share of the way: earlier phases ticked off. */
function phasesAt(random: Random, share: number): NetworkPhases {
  const phases = shippedPhaseModel.phases;
  const reached = Math.min(phases.length - 1, Math.max(0, Math.floor(share * phases.length)));
  const current = phases[reached];
  const checked = phases.slice(0, reached).flatMap((phase) => phase.checklist.map((item) => item.id));
  const notes: Record<string, string> = {};
  for (const phase of phases.slice(0, reached + 1)) if (random.chance(0.4)) notes[phase.id] = paragraph(random, 1, 2);
  return {
    modelId: shippedPhaseModel.id,
    currentPhaseId: current?.id ?? '',
    checked,
    ownItems: random.chance(0.5)
      ? [{ id: random.id(), phaseId: current?.id ?? '', text: paragraph(random, 1, 1), done: false }]
      : [],
    notes,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
