import type { ChannelName } from '../../shared/contract';
import type { ApiError } from '../../shared/result';
import { vaultClosedError } from './vault-messages';

/** Channels answered while the data is closed: the vault's own, and the app's facts (version, data folder). */
export function answersWhileClosed(channel: ChannelName): boolean {
  return channel.startsWith('vault:') || channel === 'app:info';
}

/** The one gate: while the data is not open, every other channel is refused before it runs. */
export function vaultGate(isOpen: () => boolean): (channel: ChannelName) => ApiError | null {
  return (channel) => (answersWhileClosed(channel) || isOpen() ? null : vaultClosedError().toApiError());
}
