import type * as v from 'valibot';

/** Any valibot schema; channels differ only in their input schema and result type. */
export type AnySchema = v.GenericSchema;

/**
 * One IPC channel: the schema its input must pass, whether it changes stored data, and a
 * phantom result type so main, preload, renderer and tests agree on what comes back.
 */
export interface ChannelSpec<I extends AnySchema, R> {
  readonly input: I;
  readonly mutates: boolean;
  readonly doc: string;
  /** Never set at runtime; carries the result type for the compiler. */
  readonly __result?: R;
}

/** Declares a channel; call as `channel<ResultType>()({ input, mutates, doc })`. */
export function channel<R>() {
  return <I extends AnySchema>(spec: { input: I; mutates: boolean; doc: string }): ChannelSpec<I, R> => spec;
}
