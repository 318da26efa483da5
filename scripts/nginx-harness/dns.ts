import dgram from 'node:dgram';
import type { AddressInfo } from 'node:net';

/**
 * A DNS server for one test zone on loopback UDP: an A query for `zone` or any name under it gets
 * `address`; AAAA gets an empty answer; any other name, NXDOMAIN. It lets nginx's own `resolver`
 * (which a `proxy_pass` with variables needs) resolve the test's stand-in hosts, so the README's
 * configuration runs unchanged but for the resolver's address.
 */
export interface DnsStub {
  port: number;
  /** Every name asked for, lower case. */
  asked: string[];
  close(): Promise<void>;
}

const TYPE_A = 1;

/** The question's name and the offset just past its type and class, or null for a malformed query. */
function readQuestion(query: Buffer): { name: string; end: number; type: number } | null {
  const labels: string[] = [];
  let at = 12;
  while (at < query.length) {
    const length = query[at]!;
    if (length === 0) break;
    if (length > 63) return null; // no compression in a question we accept
    labels.push(query.subarray(at + 1, at + 1 + length).toString('latin1'));
    at += 1 + length;
  }
  if (at + 5 > query.length) return null;
  return { name: labels.join('.').toLowerCase(), type: query.readUInt16BE(at + 1), end: at + 5 };
}

function answer(query: Buffer, zone: string, address: string): Buffer | null {
  if (query.length < 12) return null;
  const question = readQuestion(query);
  if (!question) return null;
  const inZone = question.name === zone || question.name.endsWith(`.${zone}`);
  const withAddress = inZone && question.type === TYPE_A;
  const header = Buffer.alloc(12);
  query.copy(header, 0, 0, 2); // the id
  header.writeUInt16BE(0x8180 | (inZone ? 0 : 3), 2); // response, recursion desired and available; NXDOMAIN outside the zone
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(withAddress ? 1 : 0, 6);
  const parts = [header, query.subarray(12, question.end)];
  if (withAddress) {
    const record = Buffer.alloc(16);
    record.writeUInt16BE(0xc00c, 0); // the name: a pointer to the question's
    record.writeUInt16BE(TYPE_A, 2);
    record.writeUInt16BE(1, 4); // class IN
    record.writeUInt32BE(60, 6); // TTL
    record.writeUInt16BE(4, 10);
    address.split('.').forEach((octet, i) => record.writeUInt8(Number(octet), 12 + i));
    parts.push(record);
  }
  return Buffer.concat(parts);
}

export async function startDnsStub(zone: string, address: string): Promise<DnsStub> {
  const socket = dgram.createSocket('udp4');
  const asked: string[] = [];
  socket.on('message', (query, peer) => {
    const name = readQuestion(query)?.name;
    if (name) asked.push(name);
    const reply = answer(query, zone, address);
    if (reply) socket.send(reply, peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return {
    port: (socket.address() as AddressInfo).port,
    asked,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
