/**
 * Where a meeting's status item and closing item are. Carried tasks are gone through under the
 * status item; carried points go just before the closing item; the closing item is never carried.
 * A meeting remembers no roles, so they are recognised the way a reader would: the opsamling method,
 * or the title a shipped template gives the item (in either language, also in saved copies).
 */
import { meetingTemplates } from './meeting-templates';

interface AgendaEntry {
  title: string;
  methodId: string;
}

function titlesWithRole(role: 'status' | 'closing'): Set<string> {
  return new Set(
    meetingTemplates.flatMap((template) =>
      template.items.filter((item) => item.role === role).flatMap((item) => [item.title.da, item.title.en]),
    ),
  );
}

const STATUS_TITLES = titlesWithRole('status');
const CLOSING_TITLES = titlesWithRole('closing');

/** True for the item that closes a meeting: the opsamling, or a template's closing round. */
export function isClosingItem(item: AgendaEntry): boolean {
  return item.methodId === 'opsamling' || CLOSING_TITLES.has(item.title.trim());
}

/** The last closing item's position, or -1. */
export function closingItemIndex(agenda: readonly AgendaEntry[]): number {
  return agenda.findLastIndex(isClosingItem);
}

/** The position of the item where carried tasks are gone through, or -1. */
export function statusItemIndex(agenda: readonly AgendaEntry[]): number {
  return agenda.findIndex((item) => STATUS_TITLES.has(item.title.trim()));
}
