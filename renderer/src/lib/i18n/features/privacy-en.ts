import type { privacyDa } from './privacy-da';

/** English UI strings for "Hide private" and whether new entries start private. */
export const privacyEn: Record<keyof typeof privacyDa, string> = {
  'privacy.toggle': 'Hide private',
  'privacy.toggleOn': 'On',
  'privacy.toggleOff': 'Off',
  'privacy.toggleHint':
    'While you share your screen: private reflections are not shown in the journal, on meetings, in search or on the Overview.',
  'privacy.hidden': 'Private reflections are hidden. Alt+P shows them again.',
  'privacy.shown': 'Private reflections are shown again.',
  'privacy.journalNotice': 'Private reflections are hidden because “Hide private” is on.',
  'privacy.allHidden': 'All your reflections are private and hidden right now.',
  'keys.hidePrivate': 'Hide or show private reflections while sharing your screen',
  'settings.privacy': 'Private reflections',
  'settings.privacyHint':
    'A private reflection is for you alone: it is left out of Word exports and of the ordinary data export.',
  'settings.privacy.byDefault': 'New reflections are private',
  'settings.privacy.byDefaultHint': 'A new reflection starts out private. You can always turn it off on each one.',
  'settings.privacy.hide': 'Hide private (while sharing your screen)',
  'settings.privacy.hideHint':
    'Private reflections leave the journal, meetings, search and the Overview until you turn this off. Also from the menu on the left and with Alt+P.',
};
