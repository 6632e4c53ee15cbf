import type { EntityCount, GroupedFigures, MissingClaim } from '@/lib/popup-model';
import type { PopupStatus } from '@/lib/popup-status';
import { PageReport } from './PageReport';
import { PageStatus } from './PageStatus';
import { SiteSwitch } from './SiteSwitch';
import type { SourceLinks } from './SourceRow';

/** What the popup knows of the page it shows (absent until the page answers). */
export type PopupPage = {
  title: string;
  url: string;
  /** The page's site key (lib/settings `siteOf`); null where no switch applies. */
  site: string | null;
  siteEnabled: boolean;
};

/** The report of a page that has mentions. */
export type PopupReport = {
  figures: GroupedFigures;
  entities: EntityCount[];
  missing: MissingClaim[];
};

/**
 * The whole popup (and side panel) for one page: a header naming the page, the report or a
 * status, a line for passing notices, and the site switch.
 */
export function Popup({
  status,
  page,
  report,
  notice,
  onSelect,
  onSiteChange,
  links,
  historyHref,
}: {
  status: PopupStatus;
  page: PopupPage | null;
  report: PopupReport | null;
  notice: string | null;
  onSelect: (mentionId: string) => void;
  onSiteChange: (site: string, enabled: boolean) => void;
  links: SourceLinks;
  /** Where the fact-checker's history dashboard lives (an extension page). */
  historyHref?: string;
}) {
  const site = page?.site ?? null;
  return (
    <div className="popup">
      <header className="popup-header">
        <h1>Sourcemark</h1>
        {page && (
          <p className="page-title" title={page.url}>
            {page.title || page.url}
          </p>
        )}
      </header>
      <main>
        {status === 'report' && report ? (
          <PageReport {...report} onSelect={onSelect} links={links} />
        ) : (
          <PageStatus status={status === 'report' ? 'loading' : status} site={site} />
        )}
      </main>
      <p className="notice" role="status">
        {notice}
      </p>
      <footer className="popup-footer">
        {page && site && status !== 'not-allowed' && (
          <SiteSwitch
            site={site}
            enabled={page.siteEnabled}
            onChange={(enabled) => onSiteChange(site, enabled)}
          />
        )}
        {historyHref && (
          <p>
            <a href={historyHref} target="_blank" rel="noreferrer">
              Review history and export
            </a>
          </p>
        )}
      </footer>
    </div>
  );
}
