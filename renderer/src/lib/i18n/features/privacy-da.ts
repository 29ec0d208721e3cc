/** Danish UI strings for "Skjul private" and whether new entries start private. */
export const privacyDa = {
  'privacy.toggle': 'Skjul private',
  'privacy.toggleOn': 'Til',
  'privacy.toggleOff': 'Fra',
  'privacy.toggleHint':
    'Når du deler skærm: private refleksioner vises ikke i journalen, på møderne, i søgningen eller på Overblik.',
  'privacy.hidden': 'Private refleksioner er skjult. Alt+P viser dem igen.',
  'privacy.shown': 'Private refleksioner vises igen.',
  'privacy.journalNotice': 'Private refleksioner er skjult, fordi «Skjul private» er slået til.',
  'privacy.allHidden': 'Alle dine refleksioner er private og skjult lige nu.',
  'keys.hidePrivate': 'Skjul eller vis private refleksioner, når du deler skærm',
  'settings.privacy': 'Private refleksioner',
  'settings.privacyHint':
    'En privat refleksion er kun til dig: den kommer ikke med i eksporter til Word eller i den almindelige dataeksport.',
  'settings.privacy.byDefault': 'Nye refleksioner er private',
  'settings.privacy.byDefaultHint': 'En ny refleksion begynder som privat. Du kan altid slå det fra på den enkelte.',
  'settings.privacy.hide': 'Skjul private (når du deler skærm)',
  'settings.privacy.hideHint':
    'Private refleksioner forsvinder fra journalen, møderne, søgningen og Overblik, til du slår det fra igen. Også fra menuen til venstre og med Alt+P.',
} as const;
