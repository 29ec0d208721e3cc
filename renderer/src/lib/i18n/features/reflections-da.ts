/** Danish UI strings for the reflections screens. */
export const reflectionsDa = {} as const;
