import type { WordTemplate } from '../../electron/services/house-style/word-template';

/** One document `npm run docs:render` writes and renders, so people can look at every kind of export. */
export interface DocSample {
  /** File name stem under artifacts/docs, kebab-case. */
  name: string;
  /** Builds the .docx bytes, in the municipality's template when one is given. */
  build(template: WordTemplate | null): Promise<Uint8Array>;
}
