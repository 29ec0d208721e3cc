/** Danish UI strings for the one export path: where files go, replacing one, opening what was saved. */
export const exportsDa = {
  'exports.saved': 'Gemt som {fileName} i mappen {folder}',
  'exports.openFolder': 'Åbn mappe',
  'exports.openFile': 'Åbn fil',
  'exports.cannotOpen': 'Det kan ikke åbnes herfra. Filen ligger i mappen {folder}.',
  'exports.replaceTitle': 'Erstat den gemte fil?',
  'exports.replaceBody':
    'Der ligger allerede en fil ved navn {fileName} i mappen {folder}. Vil du skrive den nye oven i den?',
  'exports.replace': 'Erstat filen',
  'exports.folderTitle': 'Mappe til udskrifter',
  'exports.folderHint': 'Word-dokumenter, kalenderfiler og andre filer, du gemmer, foreslås gemt her.',
  'exports.folderStandard': 'Standardmappen',
  'exports.folderChosen': 'Din valgte mappe',
  'exports.chooseFolder': 'Vælg en anden mappe',
  'exports.resetFolder': 'Brug standardmappen',
  'exports.folderChanged': 'Nye filer gemmes nu i {folder}.',
};
