/**
 * Default file names for a meeting's documents, date first so a folder sorts by meeting:
 * "2026-11-30 Dagsorden Status- og læringsmøde.docx". Two meetings that would share a name (same
 * day, same title) are told apart by their network, then by their start time, then by a number,
 * and that distinguishing tail is kept when a long title is shortened.
 */
import type { Meeting } from '../../shared/entities';
import { safeFileName } from '../export/safe-file-name';
import type { AppData } from '../storage/app-data';

/** The file name for one of a meeting's documents; `kind` is "Dagsorden", "Referat", … */
export function meetingFileName(data: AppData, meeting: Meeting, kind: string, ext: string): string {
  const same = (m: Meeting) => !m.isTemplate && m.date === meeting.date && normal(m.title) === normal(meeting.title);
  const clash = data.meetings.filter((m) => m.id !== meeting.id && same(m));
  let tail = '';
  if (clash.some((m) => m.networkId !== meeting.networkId)) {
    tail += ` – ${data.networks.find((n) => n.id === meeting.networkId)?.name ?? ''}`;
  }
  const sameNetwork = clash.filter((m) => m.networkId === meeting.networkId);
  if (sameNetwork.length > 0) tail += ` kl. ${meeting.startTime.replace(':', '.')}`;
  const sameTime = sameNetwork.filter((m) => m.startTime === meeting.startTime);
  if (sameTime.length > 0) {
    // Numbered in the order they were made, so each keeps its number as others are added.
    const order = [...sameTime, meeting].sort(
      (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
    );
    tail += ` (${order.indexOf(meeting) + 1})`;
  }
  return safeFileName(`${meeting.date} ${kind} ${meeting.title}`, ext, tail);
}

function normal(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('da');
}
