import { findClaim } from '../claims';
import type { HistoryEntry, MentionRecord, Review, Verdict } from './schema';

/** One schema.org ClaimReview (schema.org/ClaimReview), as JSON-LD. */
export type ClaimReviewLd = {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  claimReviewed: string;
  itemReviewed: {
    '@type': 'Claim';
    appearance: { '@type': 'CreativeWork'; url: string; headline: string };
  };
  reviewRating: { '@type': 'Rating'; alternateName: string; ratingExplanation: string };
  datePublished: string;
};

const REVIEW_WORDS: Record<Exclude<Review, 'unreviewed'>, string> = {
  confirmed: 'Confirmed',
  wrong: 'Wrong',
  'needs-follow-up': 'Needs follow-up',
};

const VERDICT_WORDS: Record<Verdict, string> = {
  agrees: 'the reference sources agree',
  disagrees: 'the reference sources disagree',
  mixed: 'the reference sources are mixed',
  unreferenced: 'no reference source states it',
};

/**
 * Returns a ClaimReview for every reviewed mention (confirmed, wrong or needs follow-up;
 * unreviewed ones are left out), in the order given. `claimReviewed` names the claim and the
 * page's words; `reviewRating.alternateName` gives the fact-checker's review and the verdict
 * ("Wrong (the reference sources disagree)"); `sources` maps source ids to the titles the
 * explanation names them by (an unknown id is named by itself). `now` is the publishing date.
 */
export function exportClaimReview(
  entries: readonly HistoryEntry[],
  sources: Readonly<Record<string, string>>,
  now: number,
): ClaimReviewLd[] {
  const datePublished = new Date(now).toISOString().slice(0, 10);
  return entries.flatMap(({ sighting, mentions }) =>
    mentions.flatMap((mention): ClaimReviewLd[] => {
      if (mention.review === 'unreviewed') return [];
      return [
        {
          '@context': 'https://schema.org',
          '@type': 'ClaimReview',
          claimReviewed: claimReviewed(mention),
          itemReviewed: {
            '@type': 'Claim',
            appearance: { '@type': 'CreativeWork', url: sighting.url, headline: sighting.title },
          },
          reviewRating: {
            '@type': 'Rating',
            alternateName: `${REVIEW_WORDS[mention.review]} (${VERDICT_WORDS[mention.verdict]})`,
            ratingExplanation: explanation(mention, sources),
          },
          datePublished,
        },
      ];
    }),
  );
}

function claimReviewed(mention: MentionRecord): string {
  const label = mention.claim ? findClaim(mention.claim)?.label : undefined;
  return label ? `${label}: ${mention.text}` : mention.text;
}

function explanation(mention: MentionRecord, sources: Readonly<Record<string, string>>): string {
  const names = (ids: string[]) => ids.map((id) => sources[id] ?? id).join('; ');
  return [
    mention.agree.length > 0 ? `Agrees: ${names(mention.agree)}.` : '',
    mention.disagree.length > 0 ? `Disagrees: ${names(mention.disagree)}.` : '',
    mention.note ? `Note: ${mention.note}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
