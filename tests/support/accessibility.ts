import { within } from '@testing-library/react';
import { expect } from 'vitest';

const CONTROL_ROLES = ['button', 'link', 'checkbox'] as const;

/**
 * A small accessibility check, as hypothesis/client's component tests make one: every
 * button, link and checkbox has an accessible name; there is one main landmark; headings
 * start at h1 and never skip a level; ids are unique (aria-labelledby relies on them).
 */
export function expectAccessible(container: HTMLElement): void {
  const view = within(container);
  for (const role of CONTROL_ROLES) {
    const all = view.queryAllByRole(role);
    const named = view.queryAllByRole(role, { name: /\S/ });
    expect(named, `every ${role} has an accessible name`).toHaveLength(all.length);
  }
  expect(view.getAllByRole('main'), 'one main landmark').toHaveLength(1);
  const levels = view.getAllByRole('heading').map((h) => Number(h.tagName.slice(1)));
  expect(levels[0], 'the first heading is h1').toBe(1);
  levels.slice(1).forEach((level, i) => {
    expect(level, `heading ${i + 2} skips no level`).toBeLessThanOrEqual(levels[i] + 1);
  });
  const ids = [...container.querySelectorAll('[id]')].map((el) => el.id);
  expect(new Set(ids).size, 'ids are unique').toBe(ids.length);
  for (const el of container.querySelectorAll('[aria-labelledby], [aria-describedby]')) {
    const refs = `${el.getAttribute('aria-labelledby') ?? ''} ${el.getAttribute('aria-describedby') ?? ''}`;
    for (const id of refs.trim().split(/\s+/)) {
      expect(container.querySelector(`#${CSS.escape(id)}`), `#${id} exists`).not.toBeNull();
    }
  }
}

/** The elements Tab reaches, in order: native buttons, links, inputs and summaries. */
export function tabOrder(container: HTMLElement): HTMLElement[] {
  const focusable = container.querySelectorAll<HTMLElement>(
    'button:not([disabled]), a[href], input:not([disabled]), summary, [tabindex]',
  );
  return [...focusable].filter((el) => el.tabIndex >= 0);
}
