import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/* What every local stand-in server does the same way: listen on 127.0.0.1, read a body, stop. */

/** What a stand-in received: the JSON a client sent, or the text as sent when it is not JSON. */
export type RequestBody = { json: unknown } | { text: string };

/** The whole body of a request; an empty one is `{ json: undefined }`. Rejects when the client goes away mid-body. */
export async function readRequestBody(request: IncomingMessage): Promise<RequestBody> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return { json: undefined };
  try {
    return { json: JSON.parse(text) };
  } catch {
    return { text };
  }
}

/** Listens on 127.0.0.1 only (`port` 0: any free one), and resolves to the server's URL. */
export async function listen(server: Server, port = 0): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Stops the server without waiting for clients that keep a connection open (or a request held by a fault). */
export async function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}
