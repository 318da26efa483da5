import { promisifyRequest } from 'idb-keyval';
import { kvStore } from './database';

/** Every value whose key starts with `prefix`. */
export function valuesWithPrefix(prefix: string): Promise<unknown[]> {
  return kvStore('readonly', (store) => promisifyRequest(store.getAll(IDBKeyRange.bound(prefix, `${prefix}\uffff`))));
}
