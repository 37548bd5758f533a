// Shared-secret challenge/response: both sides prove they know the secret without sending it.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const NONCE_BYTES = 32;

/** A fresh random nonce. */
export function newNonce(): Buffer {
  return randomBytes(NONCE_BYTES);
}

/** HMAC-SHA256(secret, role | nonce); `role` keeps client and server proofs apart. */
export function authMac(secret: Buffer, role: 'client' | 'server', nonce: Uint8Array): Buffer {
  return createHmac('sha256', secret).update(role).update(nonce).digest();
}

/** Constant-time check of a received proof. */
export function verifyMac(secret: Buffer, role: 'client' | 'server', nonce: Uint8Array, mac: Uint8Array): boolean {
  const want = authMac(secret, role, nonce);
  return mac.length === want.length && timingSafeEqual(want, mac);
}
