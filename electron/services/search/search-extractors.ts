import type { AppData } from '../storage/app-data';
import type { SearchDocument } from './search-document';

/** Turns stored data into one kind of search documents. Each feature contributes its extractor. */
export type Extractor = (data: AppData) => SearchDocument[];

const join = (...parts: Array<string | undefined | null>) => parts.filter(Boolean).join(' · ');

/** Networks: name, theme, challenge and ambition. */
export const networkDocuments: Extractor = (data) =>
  data.networks.map((n) => ({
    id: `network:${n.id}`,
    kind: 'network',
    title: n.name,
    text: [n.theme, n.challenge, n.ambition].join('\n'),
    route: `#/netvaerk/${n.id}`,
    context: join(n.theme, n.archivedAt ? 'arkiveret' : null),
    private: false,
    version: n.updatedAt,
  }));

/** People: name, title, unit and contact details. */
export const personDocuments: Extractor = (data) =>
  data.people.map((p) => ({
    id: `person:${p.id}`,
    kind: 'person',
    title: p.name,
    text: [p.title, p.unit, p.email, p.phone].join('\n'),
    route: '#/personer',
    context: join(p.title, p.unit),
    private: false,
    version: p.updatedAt,
  }));
