/** Danish texts of the print view and "Gem som PDF". */
export const printDa = {
  'print.toolbar': 'Udskrift',
  'print.back': 'Tilbage',
  'print.print': 'Udskriv eller gem som PDF',
  'print.hint': 'Vælg «Gem som PDF» som printer for at få en PDF-fil.',
  'print.unknown': 'Dokumentet findes ikke, eller adressen er ufuldstændig.',
  'print.savePdf': 'Gem som PDF',
  'print.savePdfOf': 'Gem {document} som PDF',
} as const;
