import type { exportsDa } from './exports-da';

/** English UI strings for the one export path: where files go, replacing one, opening what was saved. */
export const exportsEn: Record<keyof typeof exportsDa, string> = {
  'exports.saved': 'Saved as {fileName} in the folder {folder}',
  'exports.openFolder': 'Open folder',
  'exports.openFile': 'Open file',
  'exports.cannotOpen': 'That cannot be opened from here. The file is in the folder {folder}.',
  'exports.replaceTitle': 'Replace the saved file?',
  'exports.replaceBody': 'A file named {fileName} is already in the folder {folder}. Write the new one over it?',
  'exports.replace': 'Replace the file',
  'exports.folderTitle': 'Folder for exported files',
  'exports.folderHint': 'Word documents, calendar files and other files you save are proposed to go here.',
  'exports.folderStandard': 'The standard folder',
  'exports.folderChosen': 'The folder you chose',
  'exports.chooseFolder': 'Choose another folder',
  'exports.resetFolder': 'Use the standard folder',
  'exports.folderChanged': 'New files are now saved in {folder}.',
};
