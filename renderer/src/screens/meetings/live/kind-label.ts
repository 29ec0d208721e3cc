import { agendaItemKindLabels } from '$shared/domain';
import type { AgendaItemKind } from '$shared/domain/types';
import { i18n } from '../../../lib/i18n/i18n.svelte';

/** An agenda item kind in the UI's language. */
export function agendaKindLabel(kind: AgendaItemKind): string {
  return agendaItemKindLabels[kind][i18n.lang];
}
