import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckError, readDocument } from '../../../lib/node/read-document';

const dir = mkdtempSync(join(tmpdir(), 'sourcemark-read-'));
const write = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/page') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<p>Meta paid $14.<span>3</span> billion</p><p>for Scale AI</p>');
    } else if (request.url === '/latin1') {
      response.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' });
      response.end(Buffer.from([0x63, 0x61, 0x66, 0xe9])); // "café"
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not here');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function failure(arg: string): Promise<string> {
  const error: unknown = await readDocument(arg).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CheckError);
  return (error as CheckError).message;
}

describe('readDocument', () => {
  it('reads a text file as it is, with CRLF made LF and the BOM dropped', async () => {
    const path = write('article.txt', '\ufeffMeta paid\r\n$14 billion.\r\n');
    expect(await readDocument(path)).toEqual({ text: 'Meta paid\n$14 billion.\n', name: path });
  });

  it('turns an .html file, or a file that opens as HTML, into page text', async () => {
    const html = '<!DOCTYPE html><html><body><p>one</p><p>two</p></body></html>';
    expect((await readDocument(write('page.html', '<p>one</p><p>two</p>'))).text).toBe('one\ntwo');
    expect((await readDocument(write('page.txt', html))).text).toBe('one\ntwo');
  });

  it('tells where a page’s cards start, as the content script reads them', async () => {
    const cards = '<div><p>$870M</p><p>Revenue</p></div><div><p>49%</p><p>Stake</p></div>';
    const { text, groupStarts } = await readDocument(write('cards.html', cards));
    expect(groupStarts).toEqual([text.indexOf('49%')]);
  });

  it('fetches an HTML page over http', async () => {
    expect(await readDocument(`${base}/page`)).toEqual({
      text: 'Meta paid $14.3 billion\nfor Scale AI',
      groupStarts: [],
      name: `${base}/page`,
    });
  });

  it('decodes the character set the server names', async () => {
    expect((await readDocument(`${base}/latin1`)).text).toBe('café');
  });

  it('reports an HTTP error status', async () => {
    expect(await failure(`${base}/missing`)).toBe('could not fetch URL: HTTP 404 Not Found');
  });

  it('reports an unreachable URL', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await failure(`http://127.0.0.1:${port}/`)).toBe(
      'could not fetch URL: connection refused',
    );
    // Port 9 (discard) is one fetch refuses to connect to at all.
    expect(await failure('http://127.0.0.1:9/')).toBe('could not fetch URL: bad port');
  });

  it('reports missing files, directories, binary files and other schemes', async () => {
    expect(await failure(join(dir, 'nope.txt'))).toBe(`no such file: ${join(dir, 'nope.txt')}`);
    expect(await failure(dir)).toBe(`${dir} is a directory, not a file`);
    const nul = write('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    expect(await failure(nul)).toBe(`${nul} is a binary file, not HTML or text`);
    const latin1 = write('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]));
    expect(await failure(latin1)).toBe(`${latin1} is a binary file, not HTML or text`);
    expect(await failure('ftp://example.com/a.html')).toBe(
      'unsupported URL scheme: ftp: (use http or https)',
    );
  });

  it('accepts a multi-byte character cut by the 8 KB sniffing window', async () => {
    const path = write('long.txt', `${'a'.repeat(8191)}é and more`);
    expect((await readDocument(path)).text.endsWith('é and more')).toBe(true);
  });
});
