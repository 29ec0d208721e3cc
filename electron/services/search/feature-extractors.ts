import { agreementDefinitions } from '../../shared/domain';
import type { AppData } from '../storage/app-data';
import type { SearchDocument } from './search-document';
import type { Extractor } from './search-extractors';

const join = (...parts: Array<string | undefined | null>) => parts.filter(Boolean).join(' · ');

/** Network names by id, for a line of context under each hit. */
function networkNames(data: AppData): Map<string, string> {
  return new Map(data.networks.map((n) => [n.id, n.name]));
}

/** Meetings, and inside them agenda items, decisions and action items, each as its own hit. */
export const meetingDocuments: Extractor = (data) => {
  const names = networkNames(data);
  const docs: SearchDocument[] = [];
  for (const m of data.meetings) {
    if (m.isTemplate) continue;
    const route = `#/moeder/${m.id}`;
    // Decisions and tasks live on the meeting's opsamling tab, so their results open it directly.
    const opsamling = `${route}/opsamling`;
    const context = join(names.get(m.networkId), m.date);
    const version = m.updatedAt;
    docs.push({
      id: `meeting:${m.id}`,
      kind: 'meeting',
      title: m.title,
      text: [m.purpose, m.desiredOutcome, m.preparation, m.summary, m.location].join('\n'),
      route,
      context,
      private: false,
      version,
    });
    for (const item of m.agenda) {
      docs.push({
        id: `agendaItem:${m.id}:${item.id}`,
        kind: 'agendaItem',
        title: item.title,
        text: [item.purpose, item.notes].join('\n'),
        route,
        context: join(m.title, context),
        private: false,
        version,
      });
    }
    for (const decision of m.decisions) {
      docs.push({
        id: `decision:${m.id}:${decision.id}`,
        kind: 'decision',
        title: decision.text,
        text: '',
        route: opsamling,
        context: join(m.title, context),
        private: false,
        version,
      });
    }
    for (const action of m.actions) {
      docs.push({
        id: `actionItem:${m.id}:${action.id}`,
        kind: 'actionItem',
        title: action.text,
        text: '',
        route: opsamling,
        context: join(m.title, action.dueDate, action.done ? '✓' : null),
        private: false,
        version,
      });
    }
  }
  return docs;
};

/** Reflection entries; private ones are found too, for the local user, and marked. */
export const reflectionDocuments: Extractor = (data) => {
  const names = networkNames(data);
  return data.reflections.map((r) => ({
    id: `reflection:${r.id}`,
    kind: 'reflection',
    title: r.title || r.date,
    text: [r.body, ...r.answers.map((a) => a.text), r.tags.join(' ')].join('\n'),
    route: `#/refleksioner/${r.id}`,
    context: join(r.networkId ? names.get(r.networkId) : null, r.date),
    private: r.private,
    version: r.updatedAt,
  }));
};

/** Agreements: the counterpart, the topics' texts in the draft and the latest agreed version. */
export const agreementDocuments: Extractor = (data) => {
  const names = networkNames(data);
  return data.agreements.map((a) => {
    const latest = a.versions.at(-1);
    const texts = [...Object.values(a.draft?.topics ?? {}), ...Object.values(latest?.topics ?? {})];
    return {
      id: `agreement:${a.id}`,
      kind: 'agreement',
      title: `${agreementDefinitions[a.counterpart].title.da} – ${names.get(a.networkId) ?? ''}`,
      text: texts.join('\n'),
      route: `#/aftaler/${a.id}`,
      context: join(names.get(a.networkId), latest ? `version ${latest.number}` : 'kladde'),
      private: false,
      version: a.updatedAt,
    };
  });
};
