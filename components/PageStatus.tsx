import type { PopupStatus } from '@/lib/popup-status';

/** A page state the popup cannot list mentions for. */
export type PageStatusKind = Exclude<PopupStatus, 'report'>;

const MESSAGES: Record<PageStatusKind, { heading: string; body: (site: string | null) => string }> =
  {
    loading: {
      heading: 'Reading this page…',
      body: () => 'Sourcemark is still marking this page. This view updates when it is done.',
    },
    'not-allowed': {
      heading: 'Sourcemark can’t run on this page',
      body: () =>
        'Browser pages, extension stores and other protected pages are closed to extensions. ' +
        'If this is an ordinary web page opened before Sourcemark was installed or updated, reload it.',
    },
    'switched-off': {
      heading: 'Marking is off for this site',
      body: (site) =>
        `You asked Sourcemark not to mark ${site ?? 'this site'}. Clear “Don’t mark this site” below to mark it again.`,
    },
    'no-mentions': {
      heading: 'No mention of Meta or Scale AI',
      body: () =>
        'Sourcemark looks for Meta, Scale AI and the figures of Meta’s investment in Scale AI. This page names none of them.',
    },
  };

/** Explains why there is nothing to list: loading, not allowed, switched off or no mention. */
export function PageStatus({ status, site }: { status: PageStatusKind; site: string | null }) {
  const message = MESSAGES[status];
  return (
    <section
      className={`page-status status-${status}`}
      role="status"
      aria-labelledby="status-heading"
      data-status={status}
    >
      <h2 id="status-heading">{message.heading}</h2>
      <p>{message.body(site)}</p>
    </section>
  );
}
