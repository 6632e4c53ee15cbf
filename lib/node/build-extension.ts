import { spawn } from 'node:child_process';
import { join } from 'node:path';

const REPO_ROOT = join(import.meta.dirname, '..', '..');

/**
 * Builds the Chrome extension into `.output/chrome-mv3/` with `npx wxt build`, quietly;
 * rejects with the build's last output when it fails.
 */
export function buildExtension(): Promise<void> {
  return new Promise((done, fail) => {
    const args = ['--no-install', 'wxt', 'build'];
    const child = spawn('npx', args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done();
      else fail(new Error(`npx ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
}
