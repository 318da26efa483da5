import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Throw-away certificates for the nginx test, made with the `openssl` command (Node cannot make
 * X.509 certificates by itself): a test CA, and leaf certificates signed by it or self-signed.
 */
export interface KeyPair {
  cert: string;
  key: string;
  certPath: string;
  keyPath: string;
}

function openssl(args: string[]): void {
  execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2'];

function read(certPath: string, keyPath: string): KeyPair {
  return { cert: readFileSync(certPath, 'utf8'), key: readFileSync(keyPath, 'utf8'), certPath, keyPath };
}

export function makeCa(dir: string, name: string): KeyPair {
  const certPath = join(dir, `${name}.pem`);
  const keyPath = join(dir, `${name}.key`);
  openssl(['req', '-x509', ...EC_KEY, '-subj', `/CN=${name}`, '-keyout', keyPath, '-out', certPath,
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
  return read(certPath, keyPath);
}

/** A server certificate for `dnsNames`, signed by `ca`, or self-signed when `ca` is null. */
export function makeLeaf(dir: string, name: string, dnsNames: string[], ca: KeyPair | null): KeyPair {
  const certPath = join(dir, `${name}.pem`);
  const keyPath = join(dir, `${name}.key`);
  const request = join(dir, `${name}.csr`);
  const extensions = join(dir, `${name}.ext`);
  writeFileSync(extensions, [
    'basicConstraints=critical,CA:FALSE',
    'keyUsage=critical,digitalSignature',
    'extendedKeyUsage=serverAuth',
    `subjectAltName=${dnsNames.map((dns) => `DNS:${dns}`).join(',')}`,
  ].join('\n'));
  openssl(['req', '-new', ...EC_KEY.slice(0, -2), '-subj', `/CN=${dnsNames[0]}`, '-keyout', keyPath, '-out', request]);
  const signer = ca ? ['-CA', ca.certPath, '-CAkey', ca.keyPath] : ['-signkey', keyPath];
  const serial = `0x${Date.now().toString(16)}${Math.floor(Math.random() * 1e6).toString(16)}`;
  openssl(['x509', '-req', '-in', request, ...signer, '-set_serial', serial, '-days', '2', '-extfile', extensions, '-out', certPath]);
  return read(certPath, keyPath);
}
