/**
 * A stand-in for window.api in the renderer's state classes: every method answers from a table a test
 * fills in, counts its calls, and can be held so a test decides when (and in which order) answers come.
 */
import type { Api } from '../../../electron/shared/contract';
import type { Result } from '../../../electron/shared/result';

type Answer = (input: unknown) => Result<unknown> | Promise<Result<unknown>>;

export interface FakeApi {
  api: Api;
  /** Every call made so far, as `domain.method`. */
  calls: string[];
  /** Sets what `domain.method` answers. */
  answer(method: string, answer: Answer): void;
}

export function fakeApi(): FakeApi {
  const answers = new Map<string, Answer>();
  const calls: string[] = [];
  const domain = (name: string) =>
    new Proxy(
      {},
      {
        get: (_target, method: string) => async (input: unknown) => {
          const key = `${name}.${method}`;
          calls.push(key);
          const answer = answers.get(key);
          if (!answer) throw new Error(`the fake api has no answer for ${key}`);
          return answer(input);
        },
      },
    );
  const api = new Proxy({}, { get: (_target, name: string) => domain(name) }) as Api;
  return { api, calls, answer: (method, answer) => answers.set(method, answer) };
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
