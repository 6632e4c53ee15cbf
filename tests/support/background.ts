import { serveTextRequest, TextPieces, type SendToBackground } from '../../lib/background-matching';

/** A background worker in this process: answers as the extension's does, pieces included. */
export function inProcessBackground(sender = 'tab'): SendToBackground {
  const pieces = new TextPieces();
  return (request) => Promise.resolve(serveTextRequest(request, sender, pieces));
}
