import { promptsForReflection } from '../../../electron/shared/domain';
import type { ReflectionKind } from '../../../electron/shared/domain/types';
import type { Meeting, Network, Reflection } from '../../../electron/shared/entities';
import { REFLECTION_TITLES, TAGS } from './danish-words';
import { addDays, daysBetween, instantOn, onWeekday } from './dates';
import type { Random } from './prng';
import { journalBody, paragraph } from './prose';

/**
 * The co-driver's journal: about half the entries before or after a held meeting (linked to it),
 * the rest free entries about a running network or nothing in particular; some are private.
 */
export function generateReflections(
  random: Random,
  count: number,
  networks: Network[],
  meetings: Meeting[],
  firstDay: string,
  today: string,
): Reflection[] {
  const held = meetings.filter((m) => m.status === 'held');
  const linked = Math.min(Math.round(count / 2), held.length * 2);
  const entries: Reflection[] = [];
  for (let i = 0; i < linked; i += 1) {
    const meeting = held[Math.floor(i / 2)];
    if (!meeting) break;
    const kind: ReflectionKind = i % 2 === 0 ? 'foer' : 'efter';
    const date = kind === 'foer' ? addDays(meeting.date, -1) : meeting.date;
    entries.push(
      entry(
        random,
        kind,
        date,
        meeting.networkId,
        meeting.id,
        `${kind === 'foer' ? 'Før' : 'Efter'} ${meeting.title.toLowerCase()}`,
      ),
    );
  }
  const span = daysBetween(firstDay, today);
  for (let i = entries.length; i < count; i += 1) {
    const date = onWeekday(addDays(firstDay, random.int(0, span - 3)));
    const running = networks.filter((n) => n.startDate <= date && date <= n.endDate);
    const networkId = running.length > 0 && random.chance(0.8) ? random.pick(running).id : null;
    entries.push(entry(random, 'fri', date, networkId, null, random.pick(REFLECTION_TITLES)));
  }
  return entries;
}

function entry(
  random: Random,
  kind: ReflectionKind,
  date: string,
  networkId: string | null,
  meetingId: string | null,
  title: string,
): Reflection {
  const promptsHidden = random.chance(0.1);
  const answers = promptsHidden
    ? []
    : random
        .some(promptsForReflection(kind), random.int(0, 3))
        .map((prompt) => ({ promptId: prompt.id, question: prompt.text.da, text: paragraph(random, 1, 2) }));
  const written = instantOn(date, random.int(7, 20), random.int(0, 59));
  return {
    id: random.id(),
    createdAt: written,
    updatedAt: written,
    networkId,
    meetingId,
    kind,
    date,
    title,
    body: journalBody(random),
    answers,
    tags: random.some(TAGS, random.int(0, 3)),
    energy: random.chance(0.85) ? random.int(1, 5) : null,
    progress: random.chance(0.85) ? random.int(1, 5) : null,
    private: random.chance(0.15),
    promptsHidden,
  };
}
