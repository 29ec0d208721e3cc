import type { Clock } from './clock';
import type { ScryptParams } from './crypto/kdf';
import type { SaveDialog } from './export/save-export';
import type { Store } from './storage/store';

/** What every service gets: the store, the clock and the host's save dialog. */
export interface ServiceContext {
  store: Store;
  clock: Clock;
  /** Asks the user where to save a file; exports write only to the path it returns. */
  saveDialog: SaveDialog;
  /** scrypt's cost for passwords; tests pass a cheap one, everyone else gets DEFAULT_SCRYPT. */
  passwordCost?: ScryptParams;
}
