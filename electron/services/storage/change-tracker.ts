import type { AppData } from './app-data';
import { diffCollection, idOf, isRecordCollection, type ChangeSet, type CollectionChange } from './change-set';

/** Which part of the data a nested object belongs to: a record in a collection, or a top-level value. */
type Owner = { collection: string; record: object } | { key: string };

/** Asking a tracking proxy for this key gives the object behind it; plain objects have no such key. */
const RAW = Symbol('raw');

function rawOf(value: object): object | undefined {
  return (value as { [RAW]?: object })[RAW];
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/**
 * Replaces tracking proxies inside a value about to be stored (or handed out) by the objects
 * behind them, so no proxy ever lives inside the data. Only fresh structures are walked: a
 * proxy is swapped whole, and what is behind a proxy never holds one.
 */
export function unwrapDeep<T>(value: T, seen = new Set<object>()): T {
  if (!isObject(value)) return value;
  const raw = rawOf(value);
  if (raw) return raw as T;
  if (seen.has(value)) return value;
  seen.add(value);
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const child = record[key];
    if (!isObject(child)) continue;
    const unwrapped = unwrapDeep(child, seen);
    if (unwrapped !== child) record[key] = unwrapped;
  }
  return value;
}

function unwrapDescriptor(descriptor: PropertyDescriptor): PropertyDescriptor {
  return 'value' in descriptor ? { ...descriptor, value: unwrapDeep(descriptor.value as unknown) } : descriptor;
}

/** Array methods whose callback only looks: it gets the plain records, so a scan makes no proxies. */
const LOOKING = new Set([
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
  'some',
  'every',
  'filter',
  'indexOf',
  'lastIndexOf',
  'includes',
]);

/** How a save touched one record collection. */
interface CollectionTouch {
  /** Length before the save first changed the array itself. */
  length: number;
  /** The records and ids before the first change other than appending; null while only appends happened. */
  before: { records: unknown[]; ids: Array<string | null> } | null;
  /** Records written into, with their id when first written (an id changed in place is caught). */
  written: Map<object, string | null>;
}

/**
 * Hands a save's `change` a view of the data that notes what it writes: which top-level values,
 * which records (by the record a nested write lands in), and which collections gained, lost or
 * reordered records. `finish` turns that into a ChangeSet without looking at untouched data.
 * Searching a collection (find, filter, some …) runs on the plain records, so callbacks of those
 * methods must only look; the records they return are tracked.
 * Writes through a proxy kept past `finish` still land, but are reported to `onLateWrite`.
 */
export class ChangeTracker {
  readonly data: AppData;
  private open = true;
  private readonly root: Record<string, unknown>;
  private readonly proxies = new WeakMap<object, object>();
  private readonly owners = new WeakMap<object, Owner>();
  private readonly put = new Set<string>();
  private readonly drop = new Set<string>();
  private readonly touched = new Map<string, CollectionTouch>();
  private readonly collectionHandlers = new Map<string, ProxyHandler<object>>();
  private readonly nested: ProxyHandler<object>;

  constructor(
    data: AppData,
    private readonly onLateWrite: () => void,
  ) {
    this.root = data;
    this.nested = this.nestedHandler();
    this.data = new Proxy(this.root, this.rootHandler()) as unknown as AppData;
  }

  /** Stops tracking and says what changed; records are the live objects, to be serialised at once. */
  finish(): ChangeSet {
    this.open = false;
    const change: ChangeSet = {};
    if (this.drop.size > 0) change.drop = [...this.drop];
    const put: Record<string, unknown> = {};
    const records: NonNullable<ChangeSet['records']> = {};
    for (const key of this.put) if (key in this.root) put[key] = this.root[key];
    for (const [collection, touch] of this.touched) {
      if (this.put.has(collection) || this.drop.has(collection)) continue;
      const after = this.root[collection];
      const diff = Array.isArray(after) ? collectionChange(touch, after) : null;
      if (diff === null) put[collection] = after;
      else if (Object.keys(diff).length > 0) records[collection] = diff;
    }
    if (Object.keys(put).length > 0) change.put = put;
    if (Object.keys(records).length > 0) change.records = records;
    return change;
  }

  private wrap(value: object, owner: Owner, handler: ProxyHandler<object>): object {
    const existing = this.proxies.get(value);
    if (existing) return existing;
    const proxy = new Proxy(value, handler);
    this.proxies.set(value, proxy);
    this.owners.set(value, owner);
    return proxy;
  }

  private touch(collection: string): CollectionTouch {
    let touch = this.touched.get(collection);
    if (!touch) {
      const current = this.root[collection];
      touch = { length: Array.isArray(current) ? current.length : 0, before: null, written: new Map() };
      this.touched.set(collection, touch);
    }
    return touch;
  }

  /** Notes a change to the array itself; anything but appending needs the old records to compare with. */
  private reshape(collection: string, appendOnly: boolean): void {
    if (!this.open) return this.onLateWrite();
    const touch = this.touch(collection);
    if (appendOnly || touch.before) return;
    const current = this.root[collection];
    const records = Array.isArray(current) ? (current as unknown[]).slice(0, touch.length) : [];
    // A record written earlier in this save may have had its id changed: use the id it had then.
    const written = touch.written;
    touch.before = {
      records,
      ids: records.map((record) =>
        written.has(record as object) ? (written.get(record as object) ?? null) : idOf(record),
      ),
    };
  }

  private noteWrite(target: object): void {
    if (!this.open) return this.onLateWrite();
    const owner = this.owners.get(target);
    if (!owner) return;
    if ('key' in owner) {
      this.put.add(owner.key);
      this.drop.delete(owner.key);
      return;
    }
    const written = this.touch(owner.collection).written;
    if (!written.has(owner.record)) written.set(owner.record, idOf(owner.record));
  }

  private rootHandler(): ProxyHandler<Record<string, unknown>> {
    const write = (key: string | symbol, value: unknown): void => {
      if (typeof key !== 'string') return;
      if (!this.open) return this.onLateWrite();
      this.drop.delete(key);
      if (isRecordCollection(key) && Array.isArray(value) && !this.put.has(key)) this.reshape(key, false);
      else this.put.add(key);
    };
    return {
      get: (target, key) => {
        if (key === RAW) return target;
        const value: unknown = Reflect.get(target, key);
        if (!this.open || typeof key !== 'string' || !isObject(value)) return value;
        if (isRecordCollection(key) && Array.isArray(value))
          return this.wrap(value, { key }, this.collectionHandler(key));
        return this.wrap(value, { key }, this.nested);
      },
      set: (target, key, value) => {
        const raw = unwrapDeep(value as unknown);
        write(key, raw);
        return Reflect.set(target, key, raw);
      },
      defineProperty: (target, key, descriptor) => {
        const raw = unwrapDescriptor(descriptor);
        write(key, raw.value);
        return Reflect.defineProperty(target, key, raw);
      },
      deleteProperty: (target, key) => {
        if (typeof key === 'string') {
          if (!this.open) this.onLateWrite();
          else {
            this.put.delete(key);
            this.drop.add(key);
          }
        }
        return Reflect.deleteProperty(target, key);
      },
    };
  }

  private collectionHandler(collection: string): ProxyHandler<object> {
    const existing = this.collectionHandlers.get(collection);
    if (existing) return existing;
    const record = (value: unknown): unknown =>
      isObject(value) && this.open ? this.wrap(value, { collection, record: value }, this.nested) : value;
    const appends = (target: object, key: string | symbol, value: unknown): boolean => {
      const length = (target as unknown[]).length;
      if (key === 'length') return typeof value === 'number' && value >= length;
      return typeof key === 'string' && /^\d+$/.test(key) && Number(key) >= length;
    };
    const handler: ProxyHandler<object> = {
      get: (target, key) => {
        if (key === RAW) return target;
        const value: unknown = Reflect.get(target, key);
        if (!this.open || typeof key !== 'string') return value;
        if (typeof value === 'function' && LOOKING.has(key))
          return this.looking(target as unknown[], key, record, handler);
        return record(value);
      },
      set: (target, key, value) => {
        this.reshape(collection, appends(target, key, value));
        return Reflect.set(target, key, unwrapDeep(value as unknown));
      },
      defineProperty: (target, key, descriptor) => {
        this.reshape(collection, appends(target, key, descriptor.value));
        return Reflect.defineProperty(target, key, unwrapDescriptor(descriptor));
      },
      deleteProperty: (target, key) => {
        this.reshape(collection, false);
        return Reflect.deleteProperty(target, key);
      },
    };
    this.collectionHandlers.set(collection, handler);
    return handler;
  }

  /** Runs a searching method on the plain records and tracks only the records it hands back. */
  private looking(
    records: unknown[],
    method: string,
    record: (value: unknown) => unknown,
    handler: ProxyHandler<object>,
  ): (...args: unknown[]) => unknown {
    return (...args: unknown[]) => {
      const plain = args.map((arg) => unwrapDeep(arg));
      const result: unknown = (Array.prototype as unknown as Record<string, (...a: unknown[]) => unknown>)[
        method
      ]?.apply(records, plain);
      // A filtered list is seen through the collection's own view, so its records are tracked as they are read.
      if (method === 'filter' && Array.isArray(result)) return new Proxy(result, handler);
      return method === 'find' || method === 'findLast' ? record(result) : result;
    };
  }

  private nestedHandler(): ProxyHandler<object> {
    return {
      get: (target, key) => {
        if (key === RAW) return target;
        const value: unknown = Reflect.get(target, key);
        if (!this.open || !isObject(value)) return value;
        const owner = this.owners.get(target);
        return owner ? this.wrap(value, owner, this.nested) : value;
      },
      set: (target, key, value) => {
        this.noteWrite(target);
        return Reflect.set(target, key, unwrapDeep(value as unknown));
      },
      defineProperty: (target, key, descriptor) => {
        this.noteWrite(target);
        return Reflect.defineProperty(target, key, unwrapDescriptor(descriptor));
      },
      deleteProperty: (target, key) => {
        this.noteWrite(target);
        return Reflect.deleteProperty(target, key);
      },
    };
  }
}

/** The change to one collection: appended and written records only, unless the array was reshaped. */
function collectionChange(touch: CollectionTouch, after: unknown[]): CollectionChange | null {
  const written = new Set(touch.written.keys());
  if (touch.before) return diffCollection(touch.before, after, written);
  for (const [record, id] of touch.written) if (id === null || idOf(record) !== id) return null;
  const appended = after.slice(touch.length);
  const fresh = new Set(appended);
  // Written records that were there before keep their place; appended ones go last in their order.
  const upsert = [...[...written].filter((record) => !fresh.has(record)), ...appended];
  if (upsert.some((record) => idOf(record) === null)) return null;
  return upsert.length > 0 ? { upsert } : {};
}
