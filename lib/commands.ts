import type { ContentRequest } from './content-requests';

/**
 * The keyboard commands the manifest declares (users can rebind them in the browser's
 * shortcut settings). None uses a single letter: each needs two modifiers.
 */
export const COMMANDS = {
  'next-mention': {
    suggested_key: { default: 'Alt+Shift+J' },
    description: 'Go to the next marked figure or name, select it and open its card',
  },
  'previous-mention': {
    suggested_key: { default: 'Alt+Shift+K' },
    description: 'Go to the previous marked figure or name, select it and open its card',
  },
} as const;

/** The message a command sends to the page, or null for a command that is not ours. */
export function messageForCommand(command: string): ContentRequest | null {
  if (command === 'next-mention') return { type: 'move-to-mention', direction: 'next' };
  if (command === 'previous-mention') return { type: 'move-to-mention', direction: 'previous' };
  return null;
}
