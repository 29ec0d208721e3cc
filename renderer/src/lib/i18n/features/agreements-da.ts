/** Danish UI strings for the agreements screens. */
export const agreementsDa = {} as const;
