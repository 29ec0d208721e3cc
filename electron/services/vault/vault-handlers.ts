import type { vaultChannels } from '../../shared/contract/vault';
import type { HandlersFor } from '../handlers';
import type { Vault } from './vault';

/** The channels that answer while the data is closed. */
export function vaultHandlers(vault: Vault): HandlersFor<typeof vaultChannels> {
  return {
    'vault:status': () => vault.status(),
    'vault:open': (input) => vault.open(input),
    'vault:setup-passcode': ({ passcode }) => vault.setupPasscode(passcode),
    'vault:recovery-code': () => vault.recoveryCode(),
    'vault:recovery-code-saved': () => vault.recoveryCodeSaved(),
  };
}
