import { AppError } from '../../shared/app-error';

/** The words of the closed data folder, Danish first; the screens show them as they are. */
export const CLOSED_TEXT = {
  locked: {
    da: 'Dine data er låst. Indtast din adgangskode for at åbne dem.',
    en: 'Your data is locked. Enter your passcode to open it.',
  },
  noKey: {
    da: 'Dine data er krypteret, og nøglen findes ikke på denne computer. Indtast din gendannelseskode for at åbne dem.',
    en: 'Your data is encrypted, and its key is not on this computer. Enter your recovery code to open it.',
  },
  noKeyOrPasscode: {
    da: 'Dine data er krypteret, og nøglen findes ikke på denne computer. Indtast din adgangskode eller din gendannelseskode for at åbne dem.',
    en: 'Your data is encrypted, and its key is not on this computer. Enter your passcode or your recovery code to open it.',
  },
  wrong: {
    da: 'Det passede ikke. Intet er ændret. Prøv igen om lidt.',
    en: 'That was not right. Nothing was changed. Try again in a moment.',
  },
  keyFileUnreadable: {
    da: 'Nøglefilen i datamappen («nøgler.json») kan ikke læses, så dine krypterede data kan ikke åbnes. Intet er rørt eller flyttet. Læg en kopi af nøglefilen tilbage, eller kontakt den, der hjælper dig med it.',
    en: 'The key file in the data folder (“nøgler.json”) cannot be read, so your encrypted data cannot be opened. Nothing was touched or moved. Put a copy of the key file back, or contact whoever helps you with IT.',
  },
  keyFileMissing: {
    da: 'Dine data er krypteret, men nøglefilen («nøgler.json») mangler i datamappen, så de kan ikke åbnes. Intet er rørt eller flyttet. Læg nøglefilen tilbage fra den kopi, du flyttede data fra.',
    en: 'Your data is encrypted, but the key file (“nøgler.json”) is missing from the data folder, so it cannot be opened. Nothing was touched or moved. Put the key file back from the copy you moved the data from.',
  },
  conversionWaits: {
    da: 'Krypteringen af dine data blev afbrudt og kan først gøres færdig, når datamappen kan skrives igen. Intet er tabt. Luk det andet Ledelsesrum-vindue eller frigør plads, og start igen.',
    en: 'Encrypting your data was interrupted and can only be finished once the data folder can be written again. Nothing is lost. Close the other Ledelsesrum window or free some space, and start again.',
  },
  keyDoesNotFit: {
    da: 'Nøglefilen i datamappen hører ikke til disse data (de kan ikke låses op med den). Intet er rørt eller flyttet. Læg den nøglefil tilbage, der kom med dine data.',
    en: 'The key file in the data folder does not belong to this data (it cannot unlock it). Nothing was touched or moved. Put back the key file that came with your data.',
  },
} as const;

/** Every channel but the vault's and app:info is refused with this while the data is closed. */
export function vaultClosedError(): AppError {
  return new AppError(
    'locked',
    'Dine data er låst. Lås dem op for at fortsætte; intet er ændret.',
    'Your data is locked. Unlock it to continue; nothing was changed.',
  );
}

export function notPendingError(): AppError {
  return new AppError(
    'conflict',
    'Der venter ingen gendannelseskode på at blive vist.',
    'No recovery code is waiting to be shown.',
  );
}

export function notNewFolderError(): AppError {
  return new AppError(
    'conflict',
    'Datamappen har allerede en nøgle; adgangskoden vælges kun for en ny datamappe.',
    'The data folder already has a key; the passcode is chosen only for a new data folder.',
  );
}
