import { describe, expect, it } from 'vitest';
import { exportClaimReview } from '../../../lib/store/export-claim-review';
import type { HistoryEntry, MentionRecord, Review } from '../../../lib/store/schema';

const SIGHTING = {
  id: 'https://news.example.com/a',
  url: 'https://news.example.com/a',
  site: 'news.example.com',
  title: 'Meta bets big',
  firstSeen: 0,
  lastSeen: 0,
};

function mention(review: Review, overrides: Partial<MentionRecord> = {}): MentionRecord {
  return {
    id: `${SIGHTING.id}#${review}`,
    pageId: SIGHTING.id,
    site: SIGHTING.site,
    claim: 'meta-investment-in-scale-ai',
    text: '$15 billion',
    value: '$15 billion',
    verdict: 'disagrees',
    agree: [],
    disagree: ['002_meta_scale', 'unknown-source'],
    quote: 'Meta put $15 billion into Scale AI.',
    review,
    note: 'Every source says $14.3 billion.',
    firstSeen: 0,
    lastSeen: 0,
    ...overrides,
  };
}

const SOURCES = { '002_meta_scale': "Meta's $14B Investment in Scale AI's Future" };
const NOW = Date.UTC(2025, 6, 1, 12);

describe('exportClaimReview', () => {
  it('describes a reviewed mention as a schema.org ClaimReview', () => {
    const entries: HistoryEntry[] = [{ sighting: SIGHTING, mentions: [mention('wrong')] }];
    expect(exportClaimReview(entries, SOURCES, NOW)).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        claimReviewed: "Meta's investment in Scale AI: $15 billion",
        itemReviewed: {
          '@type': 'Claim',
          appearance: { '@type': 'CreativeWork', url: SIGHTING.url, headline: 'Meta bets big' },
        },
        reviewRating: {
          '@type': 'Rating',
          alternateName: 'Wrong (the reference sources disagree)',
          ratingExplanation:
            "Disagrees: Meta's $14B Investment in Scale AI's Future; unknown-source. Note: Every source says $14.3 billion.",
        },
        datePublished: '2025-07-01',
      },
    ]);
  });

  it('leaves out unreviewed mentions and keeps the order of the others', () => {
    const mentions = (['confirmed', 'unreviewed', 'needs-follow-up'] as const).map((review) =>
      mention(review),
    );
    const names = exportClaimReview([{ sighting: SIGHTING, mentions }], SOURCES, NOW).map(
      (review) => review.reviewRating.alternateName,
    );
    expect(names).toEqual([
      'Confirmed (the reference sources disagree)',
      'Needs follow-up (the reference sources disagree)',
    ]);
  });

  it('names an unreferenced figure by its page text alone and explains nothing it lacks', () => {
    const unreferenced = mention('confirmed', {
      claim: null,
      text: '$4 billion',
      verdict: 'unreferenced',
      disagree: [],
      note: '',
    });
    const [review] = exportClaimReview(
      [{ sighting: SIGHTING, mentions: [unreferenced] }],
      SOURCES,
      NOW,
    );
    expect(review.claimReviewed).toBe('$4 billion');
    expect(review.reviewRating).toEqual({
      '@type': 'Rating',
      alternateName: 'Confirmed (no reference source states it)',
      ratingExplanation: '',
    });
  });

  it('names the agreeing sources', () => {
    const agreeing = mention('confirmed', {
      verdict: 'agrees',
      agree: ['002_meta_scale'],
      disagree: [],
      note: '',
    });
    const [review] = exportClaimReview(
      [{ sighting: SIGHTING, mentions: [agreeing] }],
      SOURCES,
      NOW,
    );
    expect(review.reviewRating.ratingExplanation).toBe(
      "Agrees: Meta's $14B Investment in Scale AI's Future.",
    );
  });

  it('returns nothing for a history without reviews', () => {
    expect(
      exportClaimReview([{ sighting: SIGHTING, mentions: [mention('unreviewed')] }], SOURCES, NOW),
    ).toEqual([]);
  });
});
