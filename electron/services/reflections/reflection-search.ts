import type { ValidInputOf } from '../../shared/contract';
import type { Reflection } from '../../shared/entities';
import { foldLetters } from '../../shared/search/danish-text';
import type { IndexedReflection } from './reflection-index';

/** The journal's filters as the service receives them. */
export type ReflectionFilter = ValidInputOf<'reflections:summaries'>;

const fold = (text: string): string => text.normalize('NFC').toLocaleLowerCase('da');

/** Tests one indexed entry against the journal's filters, prepared once per request. */
export type ReflectionMatcher = (indexed: IndexedReflection) => boolean;

/** A matcher for every filter that is set; search words must all occur somewhere in the entry, æ/ø/å folded ("moede" finds "møde"). */
export function reflectionMatcher(filter: ReflectionFilter): ReflectionMatcher {
  const { networkId, meetingId, kind, from, to } = filter;
  const tag = filter.tag === undefined ? undefined : fold(filter.tag);
  const words = foldLetters(filter.query ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return ({ entry, text }) =>
    (networkId === undefined || entry.networkId === networkId) &&
    (meetingId === undefined || entry.meetingId === meetingId) &&
    (kind === undefined || entry.kind === kind) &&
    (tag === undefined || entry.tags.some((t) => fold(t) === tag)) &&
    (!from || entry.date >= from) &&
    (!to || entry.date <= to) &&
    words.every((word) => text.includes(word));
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
