import type { vaultDa } from './vault-da';

/** English UI strings for the lock screen, choosing a passcode, the recovery code and "Encryption and lock". */
export const vaultEn: Record<keyof typeof vaultDa, string> = {
  'lock.title': 'Encryption and lock',
  'lock.encrypted':
    'Everything Ledelsesrum keeps in the data folder is encrypted: the data file, the change log and the backups. Without the key nobody can read the files, not other users of the computer nor whoever gets hold of a copy.',
  'lock.notEncrypted': 'Your data is not encrypted yet.',
  'lock.keyOs':
    "The key is kept in the operating system's key ring for your user on this computer. Your recovery code can open your data too, for example on a new computer.",
  'lock.keyPasscode':
    'The key is locked with your passcode: it must be typed each time the program starts and after each lock. Your recovery code can open your data too, should you forget it.',
  'lock.recoveryWhat':
    "The recovery code is the 25 characters you were shown once when your data was encrypted. It opens your data on a new computer, if the computer's key ring is lost, or if you have forgotten the passcode. Ledelsesrum does not keep it itself; keep it outside the computer.",
  'lock.notCovered':
    'What you export yourself – Word files, calendar files and the data export without private parts – are ordinary files without encryption. The full export with private parts is locked with its own password.',
  'lock.passcodeOn': 'Passcode: chosen.',
  'lock.passcodeOff': 'Passcode: not chosen. Choose one to be able to lock the program.',
  'lock.set': 'Choose a passcode',
  'lock.change': 'Change the passcode',
  'lock.remove': 'Remove the passcode',
  'lock.current': 'Current passcode',
  'lock.new': 'New passcode (at least {min} characters)',
  'lock.repeat': 'Type the new one again',
  'lock.save': 'Save',
  'lock.setDone': 'The passcode is chosen. It is needed the next time the program starts or locks.',
  'lock.changed': 'The passcode is changed.',
  'lock.removed': "The passcode is removed. The key is kept in the operating system's key ring again.",
  'lock.idle': 'Lock by itself',
  'lock.idle.never': 'Only when I choose to',
  'lock.idle.minutes': 'After {minutes} minutes unused',
  'lock.idleHint': 'While you run a meeting on screen, the program does not lock by itself.',
  'lock.now': 'Lock now',
  'lock.nowHint': 'Also with Ctrl+L and in the File menu.',
  'lock.needsPasscode': 'Choose a passcode first under Settings › Encryption and lock.',
  'keys.lock': 'Lock the program (once a passcode is chosen)',
  'vault.checking': 'Opening your data …',
  'vault.lockedTitle': 'Ledelsesrum is locked',
  'vault.closedTitle': 'Your data cannot be opened right now',
  'vault.passcode': 'Passcode',
  'vault.unlock': 'Unlock',
  'vault.unlocking': 'Unlocking …',
  'vault.useRecovery': 'Use the recovery code',
  'vault.usePasscode': 'Use the passcode instead',
  'vault.recoveryCode': 'Recovery code',
  'vault.recoveryHint':
    'The 25 characters you were given when your data was encrypted. Dashes, spaces and upper or lower case do not matter.',
  'vault.wrongPasscode': 'The passcode is not right. Nothing was changed.',
  'vault.wrongCode': 'The recovery code is not right. Nothing was changed.',
  'vault.wait': 'After a wrong attempt you must wait a little: try again in {seconds} s.',
  'vault.empty': 'Type the code first.',
  'vault.setupTitle': 'Choose a passcode',
  'vault.setupBody':
    'Ledelsesrum encrypts your data on this computer. There is no key ring from the operating system here, so your passcode is what unlocks it each time you start the program.',
  'vault.setupNew': 'New passcode (at least {min} characters)',
  'vault.setupRepeat': 'Type it again',
  'vault.setupTooShort': 'The passcode must be at least {min} characters.',
  'vault.setupMismatch': 'The two fields are not the same.',
  'vault.setupSubmit': 'Encrypt my data',
  'vault.recovery.title': 'Your recovery code',
  'vault.recovery.body':
    'The code opens your data on a new computer, or if you have forgotten the passcode. It is shown only now. Keep it outside the computer: write it down, save the sheet as a Word file on a USB stick, or print it.',
  'vault.recovery.warning':
    'Without the code and without the passcode your data cannot be brought back. Not even by IT.',
  'vault.recovery.word': 'Save as Word',
  'vault.recovery.print': 'Print',
  'vault.recovery.done': 'I have kept the code',
  'vault.recovery.wordSaved': 'The sheet with the code is saved as {file}.',
  'vault.recovery.sheetTitle': 'Recovery code for Ledelsesrum',
  'vault.recovery.sheetBody':
    'Keep the sheet somewhere safe. Whoever has the code and a copy of the data folder can read your data.',
};
