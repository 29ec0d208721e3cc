import type { Clock } from './clock';
import type { PrintToPdf } from '../shared/contract/documents';
import type { ScryptParams } from './crypto/kdf';
import type { SaveTarget } from './export/save-export';
import type { Store } from './storage/store';

/** What every service gets: the store, the clock and the host's save dialog. */
export interface ServiceContext {
  store: Store;
  clock: Clock;
  /** The one export save path (the export desk; a bare dialog in tests): exports write only where the user chose. */
  saveDialog: SaveTarget;
  /** scrypt's cost for passwords; tests pass a cheap one, everyone else gets DEFAULT_SCRYPT. */
  passwordCost?: ScryptParams;
  /** Prints a document's print view to PDF; only the desktop app has it. */
  printToPdf?: PrintToPdf;
}
