import type { ValidInputOf } from '../../shared/contract';
import type { Reflection } from '../../shared/entities';

/** The journal's filters as the service receives them. */
export type ReflectionFilter = ValidInputOf<'reflections:list'>;

const fold = (text: string): string => text.normalize('NFC').toLocaleLowerCase('da');

/** True when an entry passes every filter that is set; search words must all occur somewhere in it. */
export function matchesReflection(entry: Reflection, filter: ReflectionFilter): boolean {
  if (filter.networkId !== undefined && entry.networkId !== filter.networkId) return false;
  if (filter.meetingId !== undefined && entry.meetingId !== filter.meetingId) return false;
  if (filter.kind !== undefined && entry.kind !== filter.kind) return false;
  if (filter.tag !== undefined && !entry.tags.some((tag) => fold(tag) === fold(filter.tag ?? ''))) return false;
  if (filter.from && entry.date < filter.from) return false;
  if (filter.to && entry.date > filter.to) return false;
  const words = fold(filter.query ?? '').split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldedText(entry);
  return words.every((word) => haystack.includes(word));
}

/** Each entry's searchable text, folded once; typing in the journal's search asks for it at every keystroke. */
const folded = new WeakMap<Reflection, { source: string; text: string }>();

function foldedText(entry: Reflection): string {
  const source = [entry.title, entry.body, ...entry.tags, ...entry.answers.map((a) => a.text)].join('\n');
  const cached = folded.get(entry);
  // Entries are edited in place, so the cache is trusted only while the text it was made from is unchanged.
  if (cached?.source === source) return cached.text;
  const text = fold(source);
  folded.set(entry, { source, text });
  return text;
}

/** Newest day first; entries of one day newest written first. */
export function byNewestDay(a: Reflection, b: Reflection): number {
  return b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);
}

/** Tags as the writer typed them, without blanks or case-only duplicates (the first spelling wins). */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    if (tag === '' || seen.has(fold(tag))) continue;
    seen.add(fold(tag));
    out.push(tag);
  }
  return out;
}
