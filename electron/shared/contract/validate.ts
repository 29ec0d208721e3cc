import * as v from 'valibot';
import { issuePath, issueWords } from '../issue-words';
import type { FieldIssue, Result } from '../result';
import { contract, type ChannelName, type ValidInputOf } from './index';

/** True when a string names a declared channel; guards lookups with untrusted names. */
export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** Checks an input against its channel's schema; on failure says in Danish and English what is wrong. */
export function validateInput<C extends ChannelName>(name: C, input: unknown): Result<ValidInputOf<C>> {
  const parsed = v.safeParse(contract[name].input, input);
  if (parsed.success) return { ok: true, value: parsed.output };
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

/** Turns one validator issue into a sentence a user can act on. */
function describeIssue(issue: v.BaseIssue<unknown>): FieldIssue {
  const path = issuePath(issue);
  const field = path === '' ? 'input' : path;
  const [da, en] = issueWords(issue, field);
  return { path: field, message: da, messageEn: en };
}
