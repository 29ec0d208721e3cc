import type { BaseRecord } from './core';

/** A network meeting (filled in by the meeting planner). */
export interface Meeting extends BaseRecord {
  networkId: string;
}
