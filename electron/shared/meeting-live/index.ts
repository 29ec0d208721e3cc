/** The live meeting: its clock from stored instants, the steps of a run, re-timing and the capture line. */
export * from './run-clock';
export * from './run-steps';
export * from './retime';
export * from './capture-line';
export * from './format';
export * from './by-item';
export * from './actual-times';
