import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { closeDatabaseForTests } from '../../src/store/database';
import { forgetSealingKeyForTests } from '../../src/store/sealing';

/** Each test starts with an empty database and a new encryption key. */
export function useFreshStore(): void {
  beforeEach(() => {
    indexedDB.deleteDatabase('oe-dashboard');
  });
  afterEach(() => {
    closeDatabaseForTests();
    forgetSealingKeyForTests();
  });
}
