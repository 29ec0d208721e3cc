import type { BaseRecord } from './core';

/** A collaboration agreement (filled in by the agreement wizard). */
export interface Agreement extends BaseRecord {
  networkId: string;
}
