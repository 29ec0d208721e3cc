import * as v from 'valibot';
import { issuePath, issueWords } from '../../shared/issue-words';

/** Words for why a record was left out, in both languages. */
export interface Reason {
  da: string;
  en: string;
}

/** A record a data file held that could not be trusted, and why; the file's bytes are kept aside whole. */
export interface LeftOut {
  /** 'people', 'meetings' … or 'profile' / 'reflectionPrompts'. */
  collection: string;
  /** Its place in the file's list. */
  index: number;
  /** The record as it was in the file, to name it to the user. */
  record: unknown;
  reason: Reason;
}

export const DUPLICATE_ID: Reason = {
  da: 'den har samme id som en post før den',
  en: 'it has the same id as an entry before it',
};
export const DUPLICATE_AGREEMENT: Reason = {
  da: 'netværket har allerede en aftale med samme part',
  en: 'the network already has an agreement with the same party',
};

/**
 * Deepest nesting a record may have. The app's own records are a handful of levels deep; a value
 * nested far deeper would load, then make every backup and compaction fail with a stack overflow.
 */
export const MAX_RECORD_DEPTH = 32;

/** Checks one record against its schema, refusing a too-deep value before the schema walks it. */
export function checkRecord<S extends v.GenericSchema>(
  schema: S,
  record: unknown,
): { ok: true; output: v.InferOutput<S> } | { ok: false; reason: Reason } {
  if (deeperThan(record, MAX_RECORD_DEPTH))
    return { ok: false, reason: { da: 'den er indlejret for dybt', en: 'it is nested too deeply' } };
  const parsed = v.safeParse(schema, record);
  if (parsed.success) return { ok: true, output: parsed.output };
  const issue = parsed.issues[0];
  const path = issuePath(issue);
  const [da] = issueWords(issue, fieldName(path, 'da'));
  const [, en] = issueWords(issue, fieldName(path, 'en'));
  return { ok: false, reason: { da: tidy(da), en: tidy(en) } };
}

/** Fields a notice names in words; any other is named by its path in the file, for support. */
const FIELD_NAMES: Record<string, { da: string; en: string }> = {
  id: { da: 'id', en: 'id' },
  createdAt: { da: 'oprettelsestidspunktet', en: 'the creation time' },
  updatedAt: { da: 'ændringstidspunktet', en: 'the time of the last change' },
  name: { da: 'navnet', en: 'the name' },
  title: { da: 'titlen', en: 'the title' },
  date: { da: 'datoen', en: 'the date' },
  startTime: { da: 'starttidspunktet', en: 'the start time' },
  durationMinutes: { da: 'varigheden', en: 'the length' },
  minutes: { da: 'minuttallet', en: 'the minutes' },
  email: { da: 'e-mailadressen', en: 'the e-mail address' },
  private: { da: 'markeringen som privat', en: 'the private mark' },
};

function fieldName(path: string, lang: 'da' | 'en'): string {
  const known = FIELD_NAMES[path];
  return known ? `\u0000${known[lang]}` : path;
}

// A named field is written without quotes («…» marks a path), then the sentence is made to follow a colon.
function tidy(text: string): string {
  const plain = text.replace(/[«“]\u0000([^»”]*)[»”]/, '$1').replace(/\.$/, '');
  return plain.charAt(0).toLowerCase() + plain.slice(1);
}

/** True when a value nests objects or arrays deeper than the limit; walks without recursion. */
export function deeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (typeof current !== 'object' || current === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(current))
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}
