// The answer of /api/competitions/[id]/viewer as the browser reads it (JSON:
// dates are strings). Client-safe: types only.

export type CompetitionViewerDraft = { offerId: string; title: string; organisationName: string };

export type CompetitionViewer =
  | { signedIn: false }
  | {
      signedIn: true;
      following: boolean;
      /** One of the office's officials: the manage link. */
      manages: boolean;
      /** Acting for an organisation that may prepare offers, while offers are taken: the "prepare an offer" link. */
      mayPrepare: boolean;
      /** Their organisations' drafts in this competition. */
      drafts: CompetitionViewerDraft[];
    };
