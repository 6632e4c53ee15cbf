import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportRow } from '../../../lib/check-report';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SEEDS = join(ROOT, 'seeds');
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'split-figures.html');

type Run = { status: number | null; stdout: string; stderr: string };

/** Runs the CLI as a child process; asynchronous, so a server in this process can answer. */
function runCli(args: string[], input?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'lib/node/check.ts', ...args], {
      cwd: ROOT,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/** The failure is one line, "sourcemark check: …", with no stack frames. */
function expectOneLineError(run: Run, message: string | RegExp) {
  expect(run.status).toBe(1);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).not.toMatch(/\bat /);
  expect(lines[0]).toMatch(/^sourcemark check: /);
  expect(lines[0].slice('sourcemark check: '.length)).toMatch(message);
}

describe('npm run check', () => {
  const seeds = readdirSync(SEEDS).filter((name) => name.endsWith('.txt'));

  it.each(seeds)('agrees with seed %s on every figure it ties to a claim', async (name) => {
    const run = await runCli([join('seeds', name), '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as ReportRow[];
    const text = readFileSync(join(SEEDS, name), 'utf8').replace(/\r\n?/g, '\n');
    for (const row of rows) expect(text.slice(row.start, row.end)).toBe(row.text);
    const claimed = rows.filter((row) => row.kind === 'figure' && row.claim);
    expect(claimed.length).toBeGreaterThan(0);
    for (const row of claimed) {
      expect(['agrees', 'mixed'], `${row.text} (${row.claim})`).toContain(row.verdict);
      expect(row.agree, `${row.text} (${row.claim})`).toContain(name.replace(/\.txt$/, ''));
    }
  });

  it('prints the table for a file', async () => {
    const run = await runCli([FIXTURE]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Sourcemark check of ${FIXTURE}`);
    expect(run.stdout).toContain('"$14.3\u00a0billion" (line 4)');
    expect(run.stdout).toMatch(/^Summary: Meta \d+ and Scale AI \d+ mentions; 6 figures: /m);
  });

  it('reads standard input for "-"', async () => {
    const run = await runCli(
      ['-', '--json'],
      'Meta agreed to invest $14.3 billion in Scale AI for a 49% stake.\n',
    );
    expect(run.status).toBe(0);
    const figures = (JSON.parse(run.stdout) as ReportRow[]).filter((r) => r.kind === 'figure');
    expect(figures.map((r) => [r.text, r.verdict])).toEqual([
      ['$14.3 billion', 'mixed'],
      ['49%', 'agrees'],
    ]);
  });

  it('fails in one line for a missing file', async () => {
    expectOneLineError(
      await runCli(['no/such/article.html']),
      'no such file: no/such/article.html',
    );
  });

  it('fails in one line for a binary file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sourcemark-check-')), 'photo.txt');
    writeFileSync(path, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]));
    expectOneLineError(await runCli([path]), `${path} is a binary file, not HTML or text`);
  });

  it('fails in one line for an unreachable URL', async () => {
    expectOneLineError(await runCli(['http://127.0.0.1:9/']), /^could not fetch URL: /);
  });

  it('fails in one line for a directory', async () => {
    expectOneLineError(await runCli(['seeds']), 'seeds is a directory, not a file');
  });

  it('prints usage and exits 2 without an input', async () => {
    const run = await runCli([]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^sourcemark check: nothing to check\nusage: npm run check -- /);
  });

  it('prints help for --help', async () => {
    const run = await runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^usage: npm run check -- <file\.html\|file\.txt\|http\(s\) URL\|->/,
    );
  });

  describe('with a page served over http', () => {
    let server: Server;
    let url = '';

    beforeAll(async () => {
      const html = readFileSync(FIXTURE);
      server = createServer((request, response) => {
        if (request.url === '/article') {
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          response.end(html);
        } else {
          response.writeHead(404, { 'content-type': 'text/plain' });
          response.end('gone');
        }
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });

    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('fetches and checks it', async () => {
      const run = await runCli([`${url}/article`, '--json']);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const figures = (JSON.parse(run.stdout) as ReportRow[]).filter((r) => r.kind === 'figure');
      expect(figures.map((r) => [r.value, r.claim, r.verdict])).toEqual([
        ['49%', 'meta-stake-in-scale-ai', 'agrees'],
        ['$14.3 billion', 'meta-investment-in-scale-ai', 'mixed'],
        ['49%', 'meta-stake-in-scale-ai', 'agrees'],
        ['2016', 'scale-ai-founded-year', 'agrees'],
        ['over 240,000 contractors', 'scale-ai-contractors', 'agrees'],
        ['up to $65 billion', 'meta-ai-spending-2025', 'agrees'],
      ]);
      expect(figures.some((r) => r.text.includes('$10 billion'))).toBe(false);
    });

    it('fails in one line on an HTTP error', async () => {
      expectOneLineError(await runCli([`${url}/gone`]), 'could not fetch URL: HTTP 404 Not Found');
    });
  });
});
