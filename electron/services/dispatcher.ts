import { AppError } from '../shared/app-error';
import { contract, type ChannelName } from '../shared/contract';
import type { ReadOnlyInfo } from '../shared/contract/app';
import type { ApiError } from '../shared/result';
import { readOnlyRefusal } from './storage/read-only';
import { isChannelName, validateInput } from '../shared/contract/validate';
import { fail, ok, type Result } from '../shared/result';
import type { Handlers } from './handlers';

/** Routes one call: validate against the contract, run the handler, return a Result value. */
export type Dispatch = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

/**
 * The single entry point every host uses (Electron IPC, the browser preview, the e2e bridge), so
 * all of them get the same validation and the same services. Nothing here throws to the caller.
 */
export function createDispatcher(
  handlers: Handlers,
  log: (message: string, error: unknown) => void = console.error,
  readOnly: () => ReadOnlyInfo | null = () => null,
  /** Refuses a channel before anything else (the closed data folder); null lets it through. */
  gate: (channel: ChannelName) => ApiError | null = () => null,
): Dispatch {
  return async (channel, input) => {
    if (!isChannelName(channel)) {
      return fail({ code: 'unknown-channel', message: 'Ukendt handling.', messageEn: 'Unknown action.' });
    }
    const refused = gate(channel);
    if (refused) return fail(refused);
    const valid = validateInput(channel, input);
    if (!valid.ok) return valid;
    // While the data is read-only, every channel that changes it is refused before it runs.
    const why = contract[channel].mutates ? readOnly() : null;
    if (why) return fail(readOnlyRefusal(why).toApiError());
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      return ok(await handler(valid.value));
    } catch (error) {
      if (error instanceof AppError) return fail(error.toApiError());
      log(`Channel ${channel satisfies ChannelName} failed`, error);
      return fail({
        code: 'internal',
        message: 'Der skete en uventet fejl. Intet er ændret. Prøv igen, og genstart Ledelsesrum, hvis det sker igen.',
        messageEn:
          'An unexpected error occurred. Nothing was changed. Try again, and restart Ledelsesrum if it happens again.',
      });
    }
  };
}
