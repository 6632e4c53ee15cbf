import * as z from 'zod/mini';
import { takeHandoff } from '@/lib/dom/marker-handoff';
import { runMarker } from './run-marker';

// Loaded by the background (lib/page-marker.ts) into a page whose pre-check found text that
// may name a company, in the content script's world; see entrypoints/pre-check.
export default defineUnlistedScript(() => {
  // No code generation: extension pages forbid eval, and strict page CSPs report the probe.
  z.config({ jitless: true });
  const handoff = takeHandoff();
  if (handoff) void runMarker(handoff);
});
