import type { ChannelName, ResultOf, ValidInputOf } from '../shared/contract';
import type { StartupNotice } from '../shared/entities';
import type { StorageStatus } from '../shared/contract/app';
import { agreementHandlers } from './agreements/agreement-handlers';
import { appHandlers } from './app-handlers';
import { dataHandlers } from './data-safety/data-handlers';
import { documentHandlers } from './documents/document-handlers';
import { houseStyleHandlers } from './house-style/house-style-handlers';
import { searchHandlers } from './search/search-handlers';
import { exportHandlers } from './export/export-handlers';
import type { Backups } from './storage/backups';
import { meetingHandlers } from './meetings/meeting-handlers';
import { meetingLiveHandlers } from './meetings/live-handlers';
import { networkHandlers } from './networks/network-handlers';
import { peopleHandlers } from './people/people-handlers';
import { reflectionHandlers } from './reflections/reflection-handlers';
import { phaseModelHandlers } from './phase-model/phase-model-handlers';
import { roleHandlers } from './roles/role-handlers';
import type { ServiceContext } from './service-context';

/** One function per channel, receiving input that has already passed the channel's schema. */
export type Handlers = {
  [K in ChannelName]: (input: ValidInputOf<K>) => ResultOf<K> | Promise<ResultOf<K>>;
};

/** Every channel bound to one opening of the data; the vault's channels live outside it. */
export type SessionHandlers = Omit<Handlers, `vault:${string}`>;

/** The handlers for the channels of one contract group (e.g. `typeof meetingChannels`). */
export type HandlersFor<Group> = Pick<Handlers, keyof Group & ChannelName>;

/** Facts about the host the app:info channel reports. */
export interface HostFacts {
  version: string;
  dataFolder: string;
  notices: StartupNotice[];
  backups: Backups;
  /** Shows a folder in the system's file manager; false where the host cannot. */
  openFolder(folder: string): Promise<boolean>;
  /** Read-only state and backup trouble, as they are now. */
  status(): StorageStatus;
  /** Takes over a lock whose holder cannot be proven alive and reopens the data for writing. */
  openAnyway(): Promise<StorageStatus>;
}

/** Wires every channel to its service method; each feature brings its own handler group. */
export function createHandlers(ctx: ServiceContext, host: HostFacts): SessionHandlers {
  return {
    ...appHandlers(ctx, host),
    ...networkHandlers(ctx),
    ...peopleHandlers(ctx),
    ...roleHandlers(ctx),
    ...phaseModelHandlers(ctx),
    ...meetingHandlers(ctx),
    ...meetingLiveHandlers(ctx),
    ...reflectionHandlers(ctx),
    ...agreementHandlers(ctx),
    ...dataHandlers(ctx, host.backups, host.version),
    ...searchHandlers(ctx),
    ...exportHandlers(ctx),
    ...documentHandlers(ctx),
    ...houseStyleHandlers(ctx),
  };
}
