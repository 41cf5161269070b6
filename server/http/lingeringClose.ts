import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyReply } from 'fastify';

/**
 * How much of a refused upload the server still reads (and throws away) after its answer, and
 * for how long, before it closes the connection.
 */
const lingerGrace = { bytes: 1024 * 1024, ms: 2_000 };

/**
 * Ends the connection of an answer given before its request's body arrived (a refused token, a
 * body too large or of the wrong type), the way nginx and Apache do ("lingering close"):
 * - left to itself, Node keeps the connection alive and reads the whole upload to reach the next
 *   request, so a refused 20 MiB push still costs 20 MiB;
 * - closing at once, with the client's bytes unread, makes the kernel reset the connection, and
 *   a client still uploading (Chromium, and so the app) then reports a network error instead of
 *   the answer.
 * So the answer says `Connection: close`, and after it the server reads at most
 * `lingerGrace.bytes` more for at most `lingerGrace.ms`, then closes.
 */
export function closeAfterAnswer(reply: FastifyReply): void {
  reply.header('connection', 'close');
  const socket = reply.raw.socket;
  const request = reply.request.raw;
  // Node's HTTP server ends a `Connection: close` answer's socket with `destroySoon()` (or
  // `end()` where a socket has none), after it set the request to discard the rest of its body;
  // this one socket lingers instead.
  if (socket) socket.destroySoon = () => linger(socket, request);
}

function linger(socket: Socket, request: IncomingMessage): void {
  socket.end();
  const start = socket.bytesRead;
  const deadline = Date.now() + lingerGrace.ms;
  // Node's parser reads the socket's handle directly and drops a discarded body's bytes without
  // an event, so the handle's byte count is watched instead.
  const watch = setInterval(() => {
    if (socket.bytesRead - start > lingerGrace.bytes || Date.now() >= deadline) socket.destroy();
  }, 20);
  socket.once('close', () => clearInterval(watch));
  // The whole request arrived within the grace: nothing is left unread, close now.
  request.once('end', () => socket.destroy());
}
