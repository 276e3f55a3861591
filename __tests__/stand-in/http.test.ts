import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { readRequestBody } from '../../src/stand-in/http.js';

/** A request whose body arrives in these chunks; a multi-byte character may be split between two. */
const requestOf = (...chunks: Buffer[]) => Readable.from(chunks) as unknown as IncomingMessage;

describe('readRequestBody', () => {
  it('joins the chunks before decoding, and parses JSON', async () => {
    const bytes = Buffer.from('{"name":"Café"}');
    const split = bytes.indexOf(0xc3) + 1;
    expect(await readRequestBody(requestOf(bytes.subarray(0, split), bytes.subarray(split)))).toEqual({ json: { name: 'Café' } });
  });

  it('gives an empty body as no JSON value, and text that is not JSON as sent', async () => {
    expect(await readRequestBody(requestOf())).toEqual({ json: undefined });
    expect(await readRequestBody(requestOf(Buffer.from('mappings=1')))).toEqual({ text: 'mappings=1' });
  });
});
