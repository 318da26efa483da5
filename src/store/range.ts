import { promisifyRequest } from 'idb-keyval';
import { defaultGetStore } from './database';

/** Every value whose key starts with `prefix`. */
export function valuesWithPrefix(prefix: string, customStore = defaultGetStore()): Promise<unknown[]> {
  return customStore('readonly', (store) => promisifyRequest(store.getAll(IDBKeyRange.bound(prefix, `${prefix}\uffff`))));
}
