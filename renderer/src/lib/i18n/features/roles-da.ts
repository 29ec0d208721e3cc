/** Danish UI strings for the roles screens. */
export const rolesDa = {} as const;
