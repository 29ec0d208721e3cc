import type * as v from 'valibot';

/**
 * Words for what a schema found wrong, in Danish and English. One wording for a refused input and for
 * a record left out of a data file, so a user reads the same sentence for the same problem.
 */

type Issue = v.BaseIssue<unknown>;

/** The message a range check carries so its words can name both ends ("mellem 1 og 1440"). */
export function rangeMessage(min: number, max: number): string {
  return `range:${min}:${max}`;
}

/** Named checks of the record schemas (`v.check(…, name)`) and how to say them. */
const CHECK_WORDS: Record<string, [string, string]> = {
  'invalid-date': ['er ikke en gyldig dato (åååå-mm-dd)', 'is not a valid date (yyyy-mm-dd)'],
  'invalid-instant': ['er ikke et gyldigt tidspunkt', 'is not a valid point in time'],
  'duplicate-id': ['har to poster med samme id', 'has two entries with the same id'],
  'duplicate-phase-id': ['har to faser med samme id', 'has two phases with the same id'],
  'duplicate-phase-number': ['har to faser med samme nummer', 'has two phases with the same number'],
  'duplicate-checklist-id': ['har to punkter på tjeklisterne med samme id', 'has two checklist items with the same id'],
  'missing-date': ['mangler en dato', 'has no date'],
  'unknown-participant': [
    'nævner en ansvarlig eller en referent, der ikke er inviteret til mødet',
    'names someone responsible or a minutes taker who is not invited to the meeting',
  ],
  'unknown-agenda-item': [
    'har en beslutning eller en opgave under et punkt, der ikke er på dagsordenen',
    'has a decision or a task under an item that is not on the agenda',
  ],
  'version-order': ['har versioner, der ikke er nummereret 1, 2, 3 …', 'has versions not numbered 1, 2, 3 …'],
  'too-many-entries': ['har for mange punkter', 'has too many entries'],
  'duplicate-agreement': [
    'er en anden aftale med samme part i samme netværk',
    'is a second agreement with the same party in the same network',
  ],
};

const TYPE_WORDS: Record<string, [string, string]> = {
  string: ['tekst', 'text'],
  number: ['et tal', 'a number'],
  boolean: ['ja eller nej', 'yes or no'],
  array: ['en liste', 'a list'],
  object: ['et sæt felter', 'a set of fields'],
  null: ['tom', 'empty'],
};

/** One issue as a Danish and an English phrase about the field, e.g. "«durationMinutes» skal være et helt tal mellem 1 og 1440". */
export function issueWords(issue: Issue, field: string): [string, string] {
  // A check on a whole record has no field: it speaks of the entry.
  const sd = field === '' ? 'posten' : `«${field}»`;
  const se = field === '' ? 'the entry' : `“${field}”`;
  const range = /^range:(-?[\d.e+]+):(-?[\d.e+]+)$/.exec(issue.message);
  if (range) {
    return [
      `${sd} skal være et helt tal mellem ${range[1]} og ${range[2]}.`,
      `${se} must be a whole number from ${range[1]} to ${range[2]}.`,
    ];
  }
  const limit = typeof issue.requirement === 'number' ? issue.requirement : undefined;
  // A key the object expects but the input lacks: valibot reports it on the object, with nothing received.
  if (issue.kind === 'schema' && issue.received === 'undefined') return [`${sd} mangler.`, `${se} is missing.`];
  switch (issue.type) {
    case 'strict_object':
      return [`feltet ${sd} er ukendt.`, `the field ${se} is unknown.`];
    case 'max_length':
      return [
        `${sd} er for lang (højst ${limit ?? '?'} tegn).`,
        `${se} is too long (at most ${limit ?? '?'} characters).`,
      ];
    case 'min_length':
      return [`${sd} må ikke være tom.`, `${se} must not be empty.`];
    case 'min_value':
      return [`${sd} skal være mindst ${limit ?? '?'}.`, `${se} must be at least ${limit ?? '?'}.`];
    case 'max_value':
      return [`${sd} må højst være ${limit ?? '?'}.`, `${se} must be at most ${limit ?? '?'}.`];
    case 'integer':
      return [`${sd} skal være et helt tal.`, `${se} must be a whole number.`];
    case 'email':
      return [`${sd} er ikke en gyldig e-mailadresse.`, `${se} is not a valid e-mail address.`];
    case 'iso_date':
      return checkWords('invalid-date', sd, se);
    case 'check':
      return checkWords(issue.message, sd, se);
    case 'picklist':
    case 'literal':
    case 'variant':
      return [`${sd} har en værdi, der ikke kan vælges.`, `${se} has a value that cannot be chosen.`];
    case 'regex':
      return [`${sd} indeholder tegn, der ikke er tilladt.`, `${se} contains characters that are not allowed.`];
    case 'union':
      return issueWords(issue.issues?.[issue.issues.length - 1] ?? { ...issue, type: 'unknown' }, field);
    default: {
      const [da, en] = TYPE_WORDS[issue.type] ?? TYPE_WORDS[issue.type.replace(/_object$/, '')] ?? [null, null];
      if (da && en) return [`${sd} skal være ${da}.`, `${se} must be ${en}.`];
      return [`${sd} har en forkert værdi.`, `${se} has a wrong value.`];
    }
  }
}

function checkWords(name: string, sd: string, se: string): [string, string] {
  const [da, en] = CHECK_WORDS[name] ?? ['har en værdi, der ikke passer', 'has a value that does not fit'];
  return [`${sd} ${da}.`, `${se} ${en}.`];
}

/** The dotted path of an issue ("meetings.3.durationMinutes"), or '' at the top. */
export function issuePath(issue: Issue): string {
  return (issue.path ?? []).map((item) => String(item.key)).join('.');
}
