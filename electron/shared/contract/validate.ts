import * as v from 'valibot';
import type { FieldIssue, Result } from '../result';
import { contract, type ChannelName, type ValidInputOf } from './index';

/** True when a string names a declared channel; guards lookups with untrusted names. */
export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** Checks an input against its channel's schema; on failure says in Danish and English what is wrong. */
export function validateInput<C extends ChannelName>(name: C, input: unknown): Result<ValidInputOf<C>> {
  const parsed = v.safeParse(contract[name].input, input);
  if (parsed.success) return { ok: true, value: parsed.output as ValidInputOf<C> };
  const issues = parsed.issues.map(describeIssue);
  const first = issues[0];
  return {
    ok: false,
    error: {
      code: 'invalid-input',
      message: first ? `Oplysningerne kunne ikke gemmes: ${first.message}` : 'Oplysningerne kunne ikke gemmes.',
      messageEn: first ? `The data could not be saved: ${first.messageEn}` : 'The data could not be saved.',
      issues,
    },
  };
}

type Issue = v.BaseIssue<unknown>;

/** Turns one validator issue into a sentence a user can act on. */
function describeIssue(issue: Issue): FieldIssue {
  const path = (issue.path ?? []).map((item) => String(item.key)).join('.');
  const field = path === '' ? 'input' : path;
  const [da, en] = wordsFor(issue, field);
  return { path: field, message: da, messageEn: en };
}

function wordsFor(issue: Issue, field: string): [string, string] {
  const limit = typeof issue.requirement === 'number' ? issue.requirement : undefined;
  switch (issue.type) {
    case 'strict_object':
      return [`feltet «${field}» er ukendt.`, `the field “${field}” is unknown.`];
    case 'max_length':
      return [
        `«${field}» er for lang (højst ${limit ?? '?'} tegn).`,
        `“${field}” is too long (at most ${limit ?? '?'} characters).`,
      ];
    case 'min_length':
      return [`«${field}» må ikke være tom.`, `“${field}” must not be empty.`];
    case 'email':
      return [`«${field}» er ikke en gyldig e-mailadresse.`, `“${field}” is not a valid e-mail address.`];
    case 'iso_date':
    case 'check':
      return [`«${field}» er ikke en gyldig dato (åååå-mm-dd).`, `“${field}” is not a valid date (yyyy-mm-dd).`];
    case 'picklist':
      return [`«${field}» har en værdi, der ikke kan vælges.`, `“${field}” has a value that cannot be chosen.`];
    case 'regex':
      return [
        `«${field}» indeholder tegn, der ikke er tilladt.`,
        `“${field}” contains characters that are not allowed.`,
      ];
    case 'union':
      return wordsFor(issue.issues?.[issue.issues.length - 1] ?? { ...issue, type: 'unknown' }, field);
    default:
      if (issue.received === 'undefined') return [`«${field}» mangler.`, `“${field}” is missing.`];
      return [
        `«${field}» har en forkert type (${issue.expected ?? 'ukendt'}).`,
        `“${field}” has the wrong type (${issue.expected ?? 'unknown'}).`,
      ];
  }
}
