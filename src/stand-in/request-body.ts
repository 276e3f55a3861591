import type { IncomingMessage } from 'node:http';

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
