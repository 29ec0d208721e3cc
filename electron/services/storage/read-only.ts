import type { ReadOnlyInfo } from '../../shared/contract/app';
import { AppError } from '../../shared/app-error';
import { formatLongDate, utcToCopenhagen } from '../../shared/time';
import type { LockHolder } from './data-folder-lock';

/** File-system errors that mean "this folder cannot be written now"; anything else is a real fault. */
const CANNOT_WRITE = new Set(['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS']);

/** Whether a start-up failure should open the data read-only instead of refusing to start. */
export function isCannotWrite(error: unknown): boolean {
  return CANNOT_WRITE.has((error as NodeJS.ErrnoException | null)?.code ?? '');
}

const WHAT_NOW_DA = 'Du kan læse og eksportere dine data, men ændringer kan ikke gemmes.';
const WHAT_NOW_EN = 'You can read and export your data, but changes cannot be saved.';

/** Why the data is open read-only after a write failed at start (a full disk, a folder that cannot be written). */
export function readOnlyForError(error: unknown): ReadOnlyInfo {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return info(
      'disk-full',
      `Disken med datamappen er fuld, så Ledelsesrum er åbnet skrivebeskyttet. ${WHAT_NOW_DA} Frigør plads på disken, og start Ledelsesrum igen.`,
      `The disk holding the data folder is full, so Ledelsesrum opened read-only. ${WHAT_NOW_EN} Free some space on the disk and start Ledelsesrum again.`,
    );
  }
  return info(
    'folder-read-only',
    `Ledelsesrum kan ikke skrive i datamappen, så den er åbnet skrivebeskyttet. ${WHAT_NOW_DA} Giv din bruger lov til at skrive i mappen (eller flyt den til et drev, der kan skrives på), og start Ledelsesrum igen.`,
    `Ledelsesrum cannot write to the data folder, so it opened read-only. ${WHAT_NOW_EN} Give your user permission to write to the folder (or move it to a writable drive) and start Ledelsesrum again.`,
  );
}

/** Why the data is open read-only when another app holds the folder's lock. */
export function readOnlyForLock(holder: LockHolder, provenAlive: boolean): ReadOnlyInfo {
  const where = holder.sameHost
    ? { da: 'et andet Ledelsesrum-vindue på denne computer', en: 'another Ledelsesrum window on this computer' }
    : {
        da: `Ledelsesrum på computeren «${holder.host || 'ukendt'}»`,
        en: `Ledelsesrum on the computer “${holder.host || 'unknown'}”`,
      };
  if (provenAlive) {
    return info(
      'locked',
      `Datamappen bruges lige nu af ${where.da}, så den er åbnet skrivebeskyttet her. ${WHAT_NOW_DA} Luk Ledelsesrum dér, og start det igen her for at kunne skrive.`,
      `The data folder is in use by ${where.en}, so it opened read-only here. ${WHAT_NOW_EN} Close Ledelsesrum there and start it again here to be able to write.`,
      false,
    );
  }
  const { date, time } = utcToCopenhagen(new Date(holder.lastSeen));
  return info(
    'locked-unproven',
    `Datamappen er låst af ${where.da}, men det kan ikke ses, om det stadig kører (sidste livstegn ${formatLongDate(date, 'da')} kl. ${time}). Den er åbnet skrivebeskyttet. ${WHAT_NOW_DA} Er du sikker på, at Ledelsesrum ikke kører dér, så vælg «Åbn alligevel».`,
    `The data folder is locked by ${where.en}, but it cannot be told whether that is still running (last sign of life ${formatLongDate(date, 'en')} at ${time}). It opened read-only. ${WHAT_NOW_EN} If you are sure Ledelsesrum is not running there, choose “Open anyway”.`,
    true,
  );
}

const reasonWords: Record<ReadOnlyInfo['reason'], { da: string; en: string }> = {
  locked: { da: 'Datamappen bruges af et andet Ledelsesrum.', en: 'Another Ledelsesrum is using the data folder.' },
  'locked-unproven': {
    da: 'Datamappen er låst af et andet Ledelsesrum; se beskeden øverst.',
    en: 'Another Ledelsesrum has locked the data folder; see the message at the top.',
  },
  'disk-full': { da: 'Disken er fuld.', en: 'The disk is full.' },
  'folder-read-only': {
    da: 'Ledelsesrum kan ikke skrive i datamappen.',
    en: 'Ledelsesrum cannot write to the data folder.',
  },
};

/** The refusal every changing action gets while the data is read-only. */
export function readOnlyRefusal(readOnly: ReadOnlyInfo): AppError {
  return new AppError(
    'read-only',
    `Ændringen kan ikke gemmes, fordi dine data er åbnet skrivebeskyttet. ${reasonWords[readOnly.reason].da}`,
    `The change cannot be saved because your data is open read-only. ${reasonWords[readOnly.reason].en}`,
  );
}

function info(reason: ReadOnlyInfo['reason'], message: string, messageEn: string, canOpenAnyway = false): ReadOnlyInfo {
  return { reason, message, messageEn, canOpenAnyway };
}
