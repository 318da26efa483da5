import type { UseStore } from 'idb-keyval';
import { isObject } from '../guards';
import { encoder, sealingKey, type Sealed } from './sealing';

/**
 * The dashboard's half of sealing.ts: the callback page only ever encrypts.
 * `opened: false` means AES-GCM refused: the record was sealed under another key, which happens
 * when this browser lost the key record (a new one is made for new connections). A failure to
 * load the key itself is a StoreError and passes through. The value is validated by the caller.
 */
export type Unsealed = { opened: true; value: unknown } | { opened: false };

const isSealed = (value: unknown): value is Sealed => isObject(value) && value.iv instanceof Uint8Array && value.data instanceof ArrayBuffer;

/** Null when `sealed` is not a sealed blob at all (a damaged record, not a lost key). */
export async function unseal(sealed: unknown, connectionId: string, customStore: UseStore): Promise<Unsealed | null> {
  if (!isSealed(sealed)) return null;
  const key = await sealingKey(customStore);
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.iv as Uint8Array<ArrayBuffer>, additionalData: encoder.encode(connectionId) },
      key,
      sealed.data,
    );
  } catch {
    return { opened: false };
  }
  try {
    return { opened: true, value: JSON.parse(new TextDecoder().decode(plain)) };
  } catch {
    return { opened: true, value: undefined };
  }
}
