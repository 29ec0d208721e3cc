import type * as v from 'valibot';
import type { Result } from '../result';
import { appChannels } from './app';
import type { AnySchema, ChannelSpec } from './channel';
import { networkChannels } from './networks';
import { peopleChannels } from './people';
import { meetingChannels } from './meetings';
import { reflectionChannels } from './reflections';
import { agreementChannels } from './agreements';
import { roleChannels } from './roles';
import { dataChannels } from './data';
import { searchChannels } from './search';
import { meetingLiveChannels } from './meeting-live';
import { phaseModelChannels } from './phase-model';
import { vaultChannels } from './vault';
import { exportChannels } from './exports';
import { documentChannels } from './documents';
import { houseStyleChannels } from './house-style';

/**
 * The one IPC contract: every channel the renderer may call, with its input schema, whether it
 * mutates and its result type. Adding a channel = one entry here + one service method.
 */
export const contract = {
  ...appChannels,
  ...networkChannels,
  ...peopleChannels,
  ...roleChannels,
  ...phaseModelChannels,
  ...meetingChannels,
  ...meetingLiveChannels,
  ...reflectionChannels,
  ...agreementChannels,
  ...dataChannels,
  ...searchChannels,
  ...vaultChannels,
  ...exportChannels,
  ...documentChannels,
  ...houseStyleChannels,
};

/** The contract's type. */
export type Contract = typeof contract;
/** Every channel name, `domain:verb`. */
export type ChannelName = keyof Contract;
/** What a caller passes on a channel. */
export type InputOf<C extends ChannelName> = v.InferInput<Contract[C]['input']>;
/** What a handler receives on a channel after validation (trimmed, defaults applied). */
export type ValidInputOf<C extends ChannelName> = v.InferOutput<Contract[C]['input']>;
/** What a channel resolves to when it succeeds. */
export type ResultOf<C extends ChannelName> = Contract[C] extends ChannelSpec<AnySchema, infer R> ? R : never;

type DomainOf<K> = K extends `${infer D}:${string}` ? D : never;
type Camel<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;
/** A channel's method name on its domain (`networks:undo-delete` → `undoDelete`). */
type MethodOf<K> = K extends `${string}:${infer Verb}` ? Camel<Verb> : never;

/** One channel as the page calls it. */
export type ApiMethod<C extends ChannelName> = (input: InputOf<C>) => Promise<Result<ResultOf<C>>>;
/** Every channel's method, by channel name: what a bridge builds before it groups them by domain. */
export type ApiMethods = { [C in ChannelName]: ApiMethod<C> };

/** window.api: one object per domain, one named method per channel (`networks:undo-delete` → `api.networks.undoDelete`). */
export type Api = {
  [D in DomainOf<ChannelName>]: {
    [K in ChannelName as DomainOf<K> extends D ? MethodOf<K> : never]: ApiMethod<K>;
  };
};

/**
 * What `Api` offers at each channel's place, by channel name. The bridge checks it equals `ApiMethods`: a
 * channel missing from `Api`, two channels sharing one method name, or a method whose input or answer
 * differs from its channel's then fails the typecheck.
 */
export type ApiAtEachChannel = {
  [C in ChannelName]: MethodOf<C> extends keyof Api[DomainOf<C>] ? Api[DomainOf<C>][MethodOf<C>] : never;
};

/** Every channel name, for code that registers or bridges them all. */
export const channelNames = Object.keys(contract) as ChannelName[];

/** Splits a channel name into the api's domain and method (`networks:undo-delete` → ['networks', 'undoDelete']). */
export function apiPathOf(name: ChannelName): [string, string] {
  const [domain = '', verb = ''] = name.split(':');
  return [domain, verb.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase())];
}
