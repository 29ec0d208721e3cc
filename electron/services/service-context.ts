import type { Clock } from './clock';
import type { Store } from './storage/store';

/** What every service gets: the store and the clock. */
export interface ServiceContext {
  store: Store;
  clock: Clock;
}
