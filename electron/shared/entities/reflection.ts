import type { BaseRecord } from './core';

/** A co-driver's reflection entry (filled in by the reflection journal). */
export interface Reflection extends BaseRecord {
  networkId: string | null;
}
