import { ipcMain } from 'electron';
import { channelNames } from '../shared/contract';
import { fail } from '../shared/result';
import type { Dispatch } from '../services/dispatcher';
import { isTrustedSender } from './security/app-origin';
import { windowMayCall } from './security/restricted-windows';

/** Registers one handler per contract channel; each checks who is calling, then hands over to the services. */
export function registerIpcHandlers(dispatch: Dispatch): void {
  for (const name of channelNames) {
    ipcMain.handle(name, (event, input: unknown) => {
      const frame = event.senderFrame;
      const refused =
        !frame || !isTrustedSender(frame.url, frame === frame.top) || !windowMayCall(event.sender.id, name);
      if (refused) {
        return fail({ code: 'internal', message: 'Kaldet blev afvist.', messageEn: 'The call was refused.' });
      }
      return dispatch(name, input);
    });
  }
}
