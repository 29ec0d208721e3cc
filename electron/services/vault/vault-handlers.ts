import type { vaultChannels } from '../../shared/contract/vault';
import type { HandlersFor } from '../handlers';
import type { Clock } from '../clock';
import type { SaveDialog } from '../export/save-export';
import type { Store } from '../storage/store';
import { exportRecoverySheet } from './recovery-sheet';
import type { AppLock } from './app-lock';
import type { Vault } from './vault';

/** What the recovery sheet needs beside the vault: where it is saved, the time, and the open data's house style. */
export interface VaultHandlerDeps {
  saveDialog: SaveDialog;
  clock: Clock;
  dataDir: string;
  store(): Store | null;
}

/** The channels that answer while the data is closed. */
export function vaultHandlers(
  vault: Vault,
  deps: VaultHandlerDeps,
  appLock: AppLock,
): HandlersFor<typeof vaultChannels> {
  return {
    'vault:status': () => vault.status(),
    'vault:open': (input) => vault.open(input),
    'vault:setup-passcode': ({ passcode }) => vault.setupPasscode(passcode),
    'vault:recovery-code': () => vault.recoveryCode(),
    'vault:recovery-code-saved': () => vault.recoveryCodeSaved(),
    'vault:export-recovery-sheet': (input) =>
      exportRecoverySheet(vault.recoveryCode()?.code ?? null, input, { ...deps, data: deps.store()?.data ?? null }),
    'vault:lock': () => appLock.lock(),
    'vault:set-passcode': (input) => appLock.setPasscode(input),
    'vault:remove-passcode': (input) => appLock.removePasscode(input),
  };
}
