import { readFile } from 'node:fs/promises';
import { htmlToPageText } from './html-to-text';

/** A problem with the checker's input, told to the user in one line (no stack trace). */
export class CheckError extends Error {
  override name = 'CheckError';
}

/**
 * A document to check: its text (block boundaries as "\n"), a name for the report, and for a
 * page where the lines that start its cards and rows start (see lib/block-groups.ts).
 */
export type CheckedDocument = { text: string; name: string; groupStarts?: number[] };

/** How long a URL may take to answer and send its page. */
const FETCH_TIMEOUT_MS = 15_000;
/** How much of a file is looked at to tell text from binary. */
const SNIFF_BYTES = 8192;

/** Plain words for the network errors a user meets most. */
const NETWORK_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found (DNS lookup failed)',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
};

const HTML_START = /^\s*<(?:!doctype\s+html|html)[\s>]/i;

/**
 * Decodes `bytes` in `charset` (UTF-8 unless a server names another), CRLF made LF; throws
 * when the first bytes hold a NUL or, for UTF-8, an invalid sequence: a binary file.
 */
function decodeText(bytes: Uint8Array, name: string, charset = 'utf-8'): string {
  const head = bytes.subarray(0, SNIFF_BYTES);
  let isBinary = head.includes(0);
  if (!isBinary && /^utf-?8$/i.test(charset)) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    } catch {
      isBinary = true;
    }
  }
  if (isBinary) throw new CheckError(`${name} is a binary file, not HTML or text`);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    throw new CheckError(`${name} uses an unknown character set: ${charset}`);
  }
  return decoder.decode(bytes).replace(/\r\n?/g, '\n');
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error ? String(error.code) : undefined;
}

// A page's text and its groups' starts, or a text file's text.
const read = (content: string, isHtml: boolean) =>
  isHtml ? htmlToPageText(content) : { text: content };

async function readPath(path: string): Promise<CheckedDocument> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') throw new CheckError(`no such file: ${path}`);
    if (code === 'EISDIR') throw new CheckError(`${path} is a directory, not a file`);
    if (code === 'EACCES') throw new CheckError(`cannot read ${path}: permission denied`);
    throw new CheckError(`cannot read ${path}: ${error instanceof Error ? error.message : code}`);
  }
  const content = decodeText(bytes, path);
  const isHtml = /\.html?$/i.test(path) || HTML_START.test(content);
  return { ...read(content, isHtml), name: path };
}

async function readStdin(): Promise<CheckedDocument> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  const content = decodeText(Buffer.concat(chunks), 'standard input');
  // No file name to go by: markup is anything that opens with a tag.
  const isHtml = /^\s*</.test(content);
  return { ...read(content, isHtml), name: 'standard input' };
}

function fetchFailure(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return `timed out after ${FETCH_TIMEOUT_MS / 1000} s`;
  }
  // undici reports "fetch failed" and hides the reason (ECONNREFUSED, ENOTFOUND) in `cause`.
  const cause = error instanceof Error ? error.cause : undefined;
  const code = errorCode(cause);
  if (code && code in NETWORK_ERRORS) return NETWORK_ERRORS[code];
  const reason = code ?? (cause instanceof Error ? cause.message : undefined);
  return reason ?? (error instanceof Error ? error.message : String(error));
}

async function readUrl(url: string): Promise<CheckedDocument> {
  let response: Response;
  let bytes: Uint8Array;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { accept: 'text/html, text/plain;q=0.9, */*;q=0.1' },
    });
    if (response.status >= 400) {
      await response.body?.cancel();
      throw new CheckError(
        `could not fetch URL: HTTP ${response.status} ${response.statusText}`.trim(),
      );
    }
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (error instanceof CheckError) throw error;
    throw new CheckError(`could not fetch URL: ${fetchFailure(error)}`);
  }
  const type = response.headers.get('content-type') ?? '';
  const charset = /charset="?([\w-]+)/i.exec(type)?.[1] ?? 'utf-8';
  const content = decodeText(bytes, url, charset);
  const isHtml = /html/i.test(type) || /^\s*</.test(content);
  return { ...read(content, isHtml), name: url };
}

/**
 * Reads what the user asked to check: `-` is standard input, an http(s) URL is fetched, and
 * anything else is a file path. HTML (by file name, content type or opening tag) becomes the
 * text a browser shows. Throws a {@link CheckError} for a missing, unreadable or binary input,
 * an unreachable URL, an HTTP error or an unsupported URL scheme.
 */
export async function readDocument(arg: string): Promise<CheckedDocument> {
  if (arg === '-') return readStdin();
  if (/^https?:\/\//i.test(arg)) return readUrl(arg);
  const scheme = /^([a-z][a-z\d+.-]*):\/\//i.exec(arg);
  if (scheme) throw new CheckError(`unsupported URL scheme: ${scheme[1]}: (use http or https)`);
  return readPath(arg);
}
