import { AppError } from '../../shared/app-error';

/** What went wrong on the disk, in words for the user (Danish, English); the one wording for saves and backups. */
export function diskProblem(error: unknown): { da: string; en: string } {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  const why: Record<string, [string, string]> = {
    ENOSPC: ['Disken er fuld.', 'The disk is full.'],
    EDQUOT: ['Disken er fuld.', 'The disk is full.'],
    EACCES: ['Ledelsesrum har ikke lov at skrive i datamappen.', 'Ledelsesrum may not write to the data folder.'],
    EPERM: ['Ledelsesrum har ikke lov at skrive i datamappen.', 'Ledelsesrum may not write to the data folder.'],
    EROFS: ['Datamappen ligger på et drev, der kun kan læses.', 'The data folder is on a read-only drive.'],
    EIO: ['Disken svarede med en fejl.', 'The disk reported an error.'],
  };
  const [da, en] = why[code] ?? ['Der opstod en fejl ved skrivning til disken.', 'Writing to the disk failed.'];
  return { da, en };
}

/** Turns a file-system failure into a message that says what happened and what to do. */
export function storageError(error: unknown): AppError {
  const { da, en } = diskProblem(error);
  return new AppError(
    'storage',
    `Ændringen er ikke gemt. ${da} Den er bevaret, og Ledelsesrum prøver selv at gemme den igen om lidt.`,
    `The change is not saved. ${en} It is kept, and Ledelsesrum will try to save it again shortly.`,
  );
}

/** The lasting banner's words while automatic backups fail. */
export function backupProblem(error: unknown): { message: string; messageEn: string } {
  const { da, en } = diskProblem(error);
  return {
    message: `Der kan ikke tages sikkerhedskopier: ${da} Dine ændringer gemmes stadig; Ledelsesrum prøver igen ved næste ændring.`,
    messageEn: `Backups cannot be made: ${en} Your changes are still saved; Ledelsesrum tries again with the next change.`,
  };
}
