/**
 * Every text the app shows or writes that is not typed by the user: the domain data, the UI
 * catalogues and the fixed words of the Word documents. Tests on wording walk this one list.
 */

import { agreementDocumentLabels } from '../../../../electron/services/agreements/agreement-document-labels';
import { docxLabels } from '../../../../electron/services/export/docx-labels';
import { meetingDocLabels } from '../../../../electron/services/meetings/meeting-doc-labels';
import { roleHandoutLabels } from '../../../../electron/services/roles/role-handout-labels';
import * as domain from '../../../../electron/shared/domain';
import { da } from '../../../../renderer/src/lib/i18n/messages-da';
import { en } from '../../../../renderer/src/lib/i18n/messages-en';
import { collectLocalizedTexts } from './collect-localized-texts';

/** One text with where it comes from and its language. */
export interface AppText {
  /** `domain.<path>`, `catalogue:<key>` or `document:<labels>.<field>`. */
  where: string;
  lang: 'da' | 'en';
  text: string;
}

const LABEL_SETS = {
  agreement: agreementDocumentLabels,
  docx: docxLabels,
  meeting: meetingDocLabels,
  handout: roleHandoutLabels,
} as const;

// Label functions are called with stand-in arguments, so the words around the blanks are checked too.
function labelTexts(name: string, labels: object, lang: 'da' | 'en'): AppText[] {
  return Object.entries(labels).flatMap(([field, value]): AppText[] => {
    const where = `document:${name}.${field}`;
    if (typeof value === 'string') return [{ where, lang, text: value }];
    if (Array.isArray(value)) return value.map((text: string, i) => ({ where: `${where}[${i}]`, lang, text }));
    if (typeof value === 'function') {
      const fn = value as (...args: unknown[]) => unknown;
      const call = (n: number): string => {
        try {
          return String(fn(n, 'X', 'Y'));
        } catch {
          return String(fn(`X${n}`, 'Y', 'Z'));
        }
      };
      return [1, 2].map((n) => ({ where: `${where}(${n})`, lang, text: call(n) }));
    }
    return [];
  });
}

/** The domain data's texts, both languages. */
export function domainTexts(): AppText[] {
  return collectLocalizedTexts(domain, 'domain').texts.flatMap(({ path, text }) => [
    { where: path, lang: 'da' as const, text: text.da },
    { where: path, lang: 'en' as const, text: text.en },
  ]);
}

/** The UI catalogues' texts. */
export function catalogueTexts(): AppText[] {
  return [
    ...Object.entries(da).map(([key, text]) => ({ where: `catalogue:${key}`, lang: 'da' as const, text })),
    ...Object.entries(en).map(([key, text]) => ({ where: `catalogue:${key}`, lang: 'en' as const, text })),
  ];
}

/** The Word documents' fixed words. */
export function documentTexts(): AppText[] {
  return Object.entries(LABEL_SETS).flatMap(([name, labelsFor]) =>
    (['da', 'en'] as const).flatMap((lang) => labelTexts(name, labelsFor(lang), lang)),
  );
}

/** All of the above. */
export function appTexts(): AppText[] {
  return [...domainTexts(), ...catalogueTexts(), ...documentTexts()];
}
