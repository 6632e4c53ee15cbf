import { useMemo, useState } from 'react';
import { Popup, type PopupPage, type PopupReport } from '@/components/Popup';
import type { SourceLinks } from '@/components/SourceRow';
import type { ContentRequest } from '@/lib/content-requests';
import { scrollToMentionResponseSchema } from '@/lib/messages';
import { claimsNotOnPage, entityCounts, groupByClaim } from '@/lib/popup-model';
import { popupStatus } from '@/lib/popup-status';
import { referenceDataset } from '@/lib/reference-dataset';
import { isSiteEnabled, siteOf } from '@/lib/settings';
import { sourcePassageSearch } from '@/lib/source-passage';
import { usePageLookup } from './use-page-lookup';
import { useSettings } from './use-settings';
import { useShownTab } from './use-shown-tab';

const sourceHref = (sourceId: string, statementIndex: number) =>
  `${browser.runtime.getURL('/source.html')}${sourcePassageSearch(sourceId, statementIndex)}`;

const links: SourceLinks = {
  href: sourceHref,
  open: (sourceId, statementIndex) => {
    void browser.tabs.create({ url: sourceHref(sourceId, statementIndex) });
  },
};

/**
 * The popup and the side panel: gathers the shown tab, its page state and the settings,
 * builds the report with lib/popup-model, and sends scroll-to-mention when a figure is
 * chosen. `follow` makes it follow the active tab (the side panel).
 */
export function App({ follow }: { follow: boolean }) {
  const dataset = referenceDataset();
  const { tabId, reloads } = useShownTab(follow);
  const { settings, setSiteEnabled } = useSettings();
  const lookup = usePageLookup(tabId, reloads, settings);
  // A notice belongs to the tab it is about.
  const [notice, setNotice] = useState<{ tabId: number; text: string } | null>(null);
  const state = lookup.kind === 'found' ? lookup.state : null;

  const report = useMemo<PopupReport | null>(
    () =>
      state && {
        figures: groupByClaim(state, dataset),
        entities: entityCounts(state),
        missing: claimsNotOnPage(state, dataset),
      },
    [state, dataset],
  );
  const page: PopupPage | null = state && {
    title: state.title,
    url: state.url,
    site: siteOf(state.url),
    siteEnabled: settings ? isSiteEnabled(settings, state.url) : state.siteEnabled,
  };

  const onSelect = async (mentionId: string) => {
    if (tabId === null) return;
    const request: ContentRequest = { type: 'scroll-to-mention', mentionId };
    const reply = await browser.tabs.sendMessage(tabId, request).catch(() => undefined);
    const parsed = scrollToMentionResponseSchema.safeParse(reply);
    const text = state?.mentions.find((m) => m.id === mentionId)?.text ?? 'the figure';
    const say = (words: string) => setNotice({ tabId, text: words });
    if (!parsed.success || !parsed.data.ok) say('The page did not answer. Reload it.');
    else if (!parsed.data.found) say(`“${text}” is no longer on the page.`);
    else say(`Showing “${text}” on the page.`);
  };

  const status = popupStatus(lookup, settings);
  return (
    <Popup
      status={status}
      page={page}
      report={report}
      notice={status === 'report' && notice?.tabId === tabId ? notice.text : null}
      onSelect={(mentionId) => void onSelect(mentionId)}
      onSiteChange={(site, enabled) => void setSiteEnabled(site, enabled)}
      links={links}
      historyHref={browser.runtime.getURL('/dashboard.html')}
    />
  );
}
