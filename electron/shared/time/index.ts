/** Danish calendar and clock logic shared by main, services and renderer; pure, the clock is always injected. */
export * from './time-result';
export * from './calendar-date';
export * from './clock-time';
export * from './iso-week';
export * from './copenhagen';
export * from './format';
export * from './meeting-end';
export * from './agenda-clock';
export * from './date-input';
export * from './fit-agenda';
