/** One document `npm run docs:render` writes and renders, so people can look at every kind of export. */
export interface DocSample {
  /** File name stem under artifacts/docs, kebab-case. */
  name: string;
  /** Builds the .docx bytes. */
  build(): Promise<Uint8Array>;
}
