import type { Meeting } from '$shared/entities';
import { recordsByItem } from '$shared/meeting-live';
import { formatShortDate } from '$shared/time';
import { i18n, t } from '../../../lib/i18n/i18n.svelte';

/** One thing written under an agenda item, whatever its kind. */
export interface Capture {
  id: string;
  kind: 'note' | 'decision' | 'task';
  text: string;
  /** Owner and due date of a task, as one line. */
  detail: string;
}

/** What was written under an item, in the order the opsamling and the referat show it. */
export function capturesUnder(meeting: Meeting, itemId: string): Capture[] {
  const record = recordsByItem(meeting).find((r) => r.item?.id === itemId);
  if (!record) return [];
  const owner = (id: string | null) => meeting.participants.find((p) => p.id === id)?.name ?? '';
  return [
    ...record.notes.map((n) => ({ id: n.id, kind: 'note' as const, text: n.text, detail: '' })),
    ...record.decisions.map((d) => ({ id: d.id, kind: 'decision' as const, text: d.text, detail: '' })),
    ...record.actions.map((a) => ({
      id: a.id,
      kind: 'task' as const,
      text: a.text,
      detail: [owner(a.ownerId), a.dueDate ? `${t('live.capture.due')} ${formatShortDate(a.dueDate, i18n.lang)}` : '']
        .filter(Boolean)
        .join(' · '),
    })),
  ];
}
