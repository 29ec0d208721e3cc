import path from 'node:path';
import type { StartupNotice } from '../../shared/entities';
import { formatLongDate, isCalendarDate } from '../../shared/time';
import type { LeftOut } from './salvage';

/** How many left-out records a notice names one by one before it counts the rest. */
const NAMED_AT_MOST = 10;

/** Tells the user which records of the data file were left out, why, and where the untouched copy is. */
export function salvagedNotice(leftOut: readonly LeftOut[], relative: string): StartupNotice {
  const named = leftOut.slice(0, NAMED_AT_MOST);
  const rest = leftOut.length - named.length;
  const listDa = named.map((item) => `${labelOf(item, 'da')} (${item.reason.da})`).join('; ');
  const listEn = named.map((item) => `${labelOf(item, 'en')} (${item.reason.en})`).join('; ');
  const one = leftOut.length === 1;
  return {
    id: `salvaged-${path.basename(relative).replace(/[^A-Za-z0-9_-]/g, '-')}`,
    kind: 'quarantined',
    file: relative,
    message:
      `Datafilen indeholdt ${one ? 'en post' : `${leftOut.length} poster`}, der ikke kunne læses, og ` +
      `${one ? 'den' : 'de'} er udeladt: ${listDa}${rest > 0 ? ` og ${rest} til` : ''}. Alt andet er indlæst. ` +
      `En uændret kopi af filen ligger i «${relative}» i datamappen.`,
    messageEn:
      `The data file held ${one ? 'an entry' : `${leftOut.length} entries`} that could not be read, and ` +
      `${one ? 'it was' : 'they were'} left out: ${listEn}${rest > 0 ? ` and ${rest} more` : ''}. Everything else ` +
      `has been loaded. An unchanged copy of the file is in “${relative}” in the data folder.`,
  };
}

type Lang = 'da' | 'en';

/** A name the user recognises the record by: "mødet «Styregruppe» den 12. marts 2026". */
function labelOf(item: LeftOut, lang: Lang): string {
  const record = item.record;
  const text = (key: string): string => {
    const value = typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[key] : undefined;
    return typeof value === 'string' ? value.trim().slice(0, 80) : '';
  };
  const quoted = (value: string) => (lang === 'da' ? `«${value}»` : `“${value}”`);
  const on = (date: string) =>
    isCalendarDate(date)
      ? lang === 'da'
        ? ` den ${formatLongDate(date, 'da')}`
        : ` on ${formatLongDate(date, 'en')}`
      : '';
  const named = (da: string, en: string, value: string) => {
    const noun = lang === 'da' ? da : en;
    return value
      ? `${noun} ${quoted(value)}`
      : `${noun} ${lang === 'da' ? `nr. ${item.index + 1}` : `no. ${item.index + 1}`}`;
  };
  switch (item.collection) {
    case 'people':
      return named('personen', 'the person', text('name'));
    case 'networks':
      return named('netværket', 'the network', text('name'));
    case 'meetings':
      return named('mødet', 'the meeting', text('title')) + on(text('date'));
    case 'reflections':
      return named('refleksionen', 'the reflection', text('title')) + on(text('date'));
    case 'agreements':
      return lang === 'da' ? `samarbejdsaftale nr. ${item.index + 1}` : `collaboration agreement no. ${item.index + 1}`;
    case 'trash':
      return lang === 'da' ? 'en slettet post i papirkurven' : 'a deleted entry in the trash';
    case 'profile':
      return lang === 'da' ? 'din profil (navn, titel og enhed)' : 'your profile (name, title and unit)';
    case 'reflectionPrompts':
      return lang === 'da' ? 'dine valg af refleksionsspørgsmål' : 'your choice of reflection questions';
    case 'phaseModel':
      return lang === 'da' ? 'jeres egen fasemodel' : "your organisation's own phase model";
    default:
      return `${item.collection} ${item.index + 1}`;
  }
}
