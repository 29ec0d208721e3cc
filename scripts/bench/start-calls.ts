/** The calls the window makes on start before Overblik is interactive, in the order it makes them. */
export const START_CALLS = [
  ['profile:get', {}],
  ['app:info', {}],
  ['networks:list', { includeArchived: true }],
  ['people:list', {}],
  ['meetings:list', {}],
  ['meetings:list-templates', {}],
  ['meetings:open-actions', {}],
  ['agreements:due', {}],
] as const;
