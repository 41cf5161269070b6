/**
 * The fuzz harness's own mistakes, each found by a long fuzz run and pinned here so that it
 * cannot come back unseen at the 1,000 requests of `npm test`.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FuzzHarness } from './fuzzHarness';
import type { FuzzWorld } from './fuzzWorld';
import { bearer, createFuzzWorld } from './fuzzWorld';

// Starting PGlite takes seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let world: FuzzWorld;
let harness: FuzzHarness;
beforeAll(async () => {
  world = await createFuzzWorld();
  harness = new FuzzHarness(world);
});
afterAll(async () => {
  await world?.close();
});

describe('the fuzz harness', () => {
  it('lets a workspace be served the foreign attachment once it uploaded those bytes itself, and not before', async () => {
    const { sha256, bytes } = world.blobs.foreign;
    const member = world.actors.member;
    const get = { method: 'GET' as const, url: `/v1/blobs/${sha256}`, headers: bearer(member), label: 'the foreign blob' };

    const before = await harness.send(get);
    expect(before.response.statusCode).toBe(404);

    // Content-addressed: holding the bytes is the proof, so the home workspace now holds the blob.
    const put = await harness.send({ method: 'PUT', url: `/v1/blobs/${sha256}`, headers: { ...bearer(member), 'content-type': 'application/octet-stream' }, payload: bytes, label: 'the foreign bytes, uploaded at home' });
    expect(put.response.statusCode).toBe(200);

    // The answer holds the foreign marker, and is no leak: it is the workspace's own upload.
    const after = await harness.send(get);
    expect(after.response.statusCode).toBe(200);
    expect(after.response.body).toContain(world.marker);
    await harness.checkUnchanged();
  });
});
