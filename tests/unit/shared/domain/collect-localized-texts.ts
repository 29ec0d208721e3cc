/** Walks any exported value and gathers every LocalizedText in it, with the path it was found at. */

import type { LocalizedText } from '../../../../electron/shared/domain';

/** A LocalizedText found in the data, or an object that looks like a half-made one. */
export interface FoundText {
  path: string;
  text: LocalizedText;
}

/** The result of a walk: the texts, and objects carrying only one language (always a data error). */
export interface CollectedTexts {
  texts: FoundText[];
  malformed: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects from `root`, naming paths from `rootName` so failures point at the data. */
export function collectLocalizedTexts(root: unknown, rootName: string): CollectedTexts {
  const result: CollectedTexts = { texts: [], malformed: [] };
  const ancestors = new Set<unknown>();

  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${path}[${index}]`));
      return;
    }
    if (!isRecord(value) || ancestors.has(value)) return;
    const keys = Object.keys(value);
    if (keys.includes('da') || keys.includes('en')) {
      const { da, en } = value;
      if (keys.length === 2 && typeof da === 'string' && typeof en === 'string') {
        result.texts.push({ path, text: { da, en } });
      } else {
        result.malformed.push(path);
      }
      return;
    }
    ancestors.add(value);
    for (const key of keys) visit(value[key], `${path}.${key}`);
    ancestors.delete(value);
  };

  visit(root, rootName);
  return result;
}
