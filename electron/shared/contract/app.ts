import * as v from 'valibot';
import { THEME_CHOICES, UI_LANGUAGES, type Profile, type StartupNotice } from '../entities';
import { channel } from './channel';
import { idField, noInput, shortText } from './fields';

/** Facts about the running app the UI shows (data folder, versions, notices). */
export interface AppInfo {
  version: string;
  schemaVersion: number;
  dataFolder: string;
  dataFile: string;
  notices: StartupNotice[];
}

/** Channels about the app itself and the local user's profile. */
export const appChannels = {
  'app:info': channel<AppInfo>()({
    input: noInput,
    mutates: false,
    doc: 'Version, data folder and notices from start-up.',
  }),
  'app:dismiss-notice': channel<StartupNotice[]>()({
    input: v.strictObject({ id: idField }),
    mutates: true,
    doc: 'Marks a start-up notice as read.',
  }),
  'app:open-data-folder': channel<{ opened: boolean }>()({
    input: noInput,
    mutates: false,
    doc: "Shows the data folder in the system's file manager, where the host can.",
  }),
  'profile:get': channel<Profile>()({
    input: noInput,
    mutates: false,
    doc: 'The local user, used as author in documents.',
  }),
  'profile:update': channel<Profile>()({
    input: v.strictObject({
      patch: v.partial(
        v.strictObject({
          name: shortText,
          title: shortText,
          unit: shortText,
          lang: v.picklist(UI_LANGUAGES),
          theme: v.picklist(THEME_CHOICES),
        }),
      ),
    }),
    mutates: true,
    doc: 'Changes the local user profile.',
  }),
};
