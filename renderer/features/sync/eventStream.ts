/**
 * Reads a server-sent-event body and calls `onPoke` for every `poke` event (SYNC-PROTOCOL.md:
 * `event: poke`, `data: {"version": n}`). Comments (heartbeats), `retry:` lines and other events
 * are ignored, as are pokes whose data is not a version. Resolves when the body ends.
 */
export async function readPokes(body: ReadableStream<Uint8Array>, onPoke: (version: number) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const version = pokeVersion(frame);
        if (version !== null) onPoke(version);
      }
    }
  } finally {
    reader.releaseLock();
  }
}

function pokeVersion(frame: string): number | null {
  let event = 'message';
  const data: string[] = [];
  for (const line of frame.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const name = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (name === 'event') event = value;
    else if (name === 'data') data.push(value);
  }
  if (event !== 'poke' || data.length === 0) return null;
  try {
    const parsed = JSON.parse(data.join('\n')) as { version?: unknown };
    return typeof parsed.version === 'number' && Number.isInteger(parsed.version) ? parsed.version : null;
  } catch {
    return null;
  }
}
