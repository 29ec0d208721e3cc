/**
 * A document request as the print view's address (`#/udskriv?type=dagsorden&id=…`), so the desktop
 * app's hidden print window and the browser open the same view of the same document.
 */
import * as v from 'valibot';
import { documentRequestSchema, type DocumentKind, type DocumentRequest } from '../contract/documents';

/** The kinds by the Danish words the address uses. */
const KIND_WORDS: Record<DocumentKind, string> = {
  agenda: 'dagsorden',
  minutes: 'referat',
  agreement: 'aftale',
  'role-handout': 'rolle',
};

const FLAGS = new Set(['includeNotes', 'includePreparation', 'includeCounterpartPreparation']);

/** The route of the print view for a request, e.g. `#/udskriv?type=referat&id=m1&includeNotes=1`. */
export function printHash(request: DocumentRequest): string {
  const pairs: Array<[string, string]> = [['type', KIND_WORDS[request.kind]]];
  for (const [key, value] of Object.entries(request)) {
    if (key === 'kind' || value === undefined) continue;
    pairs.push([key, typeof value === 'boolean' ? (value ? '1' : '0') : String(value)]);
  }
  return `#/udskriv?${pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')}`;
}

/** The request in a print view's query, or null when it names no document that can be printed. */
export function parsePrintQuery(query: string): DocumentRequest | null {
  const params = query
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair): [string, string] => {
      const at = pair.indexOf('=');
      return at < 0 ? [pair, ''] : [pair.slice(0, at), safeDecode(pair.slice(at + 1))];
    });
  const type = params.find(([key]) => key === 'type')?.[1];
  const kind = (Object.keys(KIND_WORDS) as DocumentKind[]).find((k) => KIND_WORDS[k] === type);
  if (!kind) return null;
  const candidate: Record<string, unknown> = { kind };
  for (const [key, value] of params) {
    if (key === 'type') continue;
    candidate[key] = FLAGS.has(key) ? value === '1' : key === 'version' ? Number(value) : value;
  }
  const parsed = v.safeParse(documentRequestSchema, candidate);
  return parsed.success ? parsed.output : null;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return '';
  }
}
