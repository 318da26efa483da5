import { StoreError } from './errors';
import { encoder, sealingKey, type Sealed } from './sealing';

/** The dashboard's half of sealing.ts: the callback page only ever encrypts. */
/** Decrypts; the result is validated by the caller's schema. */
export async function unseal(sealed: Sealed, connectionId: string): Promise<unknown> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.iv as Uint8Array<ArrayBuffer>, additionalData: encoder.encode(connectionId) },
      await sealingKey(),
      sealed.data,
    );
    return JSON.parse(new TextDecoder().decode(plain));
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError('corrupt', 'credentials could not be decrypted');
  }
}
