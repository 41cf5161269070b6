// What a first-download page weighs on the wire: the same 5,000-case pull answered plain and
// compressed (as a browser asks for it), read as raw bytes with node:http (fetch would inflate).
import { request } from 'node:http';
import { maxPullLimit } from '../../server/sync/pull';
import { groupedClocksMediaType } from '../../shared/sync/wire';
import { countLabel, type BenchEntry } from './entry';
import { round } from './stats';
import type { BenchDevice, BenchSyncServer } from './syncServer';

function pullBytes(server: BenchSyncServer, device: BenchDevice, acceptEncoding: string | null, accept?: string): Promise<{ bytes: number; encoding: string }> {
  const body = JSON.stringify({ deviceId: device.deviceId, schemaVersion: 1, cursor: 0, limit: maxPullLimit });
  return new Promise((resolve, reject) => {
    const req = request(
      `${server.url}/v1/sync/pull`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${device.token}`,
          'content-type': 'application/json',
          ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}),
          ...(accept ? { accept } : {}),
        },
      },
      (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => (res.statusCode === 200 ? resolve({ bytes, encoding: String(res.headers['content-encoding'] ?? 'identity') }) : reject(new Error(`pull answered ${res.statusCode}`))));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Reported, no target: the issue sets none; it backs what the README says of slow networks. */
export async function measurePullPageSize(server: BenchSyncServer, device: BenchDevice): Promise<BenchEntry> {
  const browserEncodings = 'gzip, deflate, br, zstd';
  const plain = await pullBytes(server, device, null);
  const compressed = await pullBytes(server, device, browserEncodings);
  // As the app asks for it (renderer/features/sync/syncClient.ts): clocks grouped.
  const grouped = await pullBytes(server, device, null, groupedClocksMediaType);
  const groupedCompressed = await pullBytes(server, device, browserEncodings, groupedClocksMediaType);
  const factor = plain.bytes / compressed.bytes;
  process.stdout.write(
    `  pull page of ${countLabel(maxPullLimit)}: ${plain.bytes} bytes plain, ${compressed.bytes} ${compressed.encoding}; ` +
      `clocks grouped ${grouped.bytes} plain, ${groupedCompressed.bytes} ${groupedCompressed.encoding}\n`,
  );
  return {
    name: `sync: bytes of a ${countLabel(maxPullLimit)}-case first-download page, plain vs compressed`,
    plainBytes: plain.bytes,
    compressedBytes: compressed.bytes,
    encoding: compressed.encoding,
    factor: round(factor, 1),
    groupedClocksPlainBytes: grouped.bytes,
    groupedClocksCompressedBytes: groupedCompressed.bytes,
    target: 'none (reported)',
    met: compressed.encoding !== 'identity',
  };
}
