// The answer of /api/competitions/[id]/viewer as the browser reads it (JSON:
// dates are strings). Client-safe: types only.

export type CompetitionViewerDraft = { offerId: string; title: string; organisationName: string };

/** The outcome of one of the reader's organisations' offers, once the results are out. */
export type CompetitionViewerOutcome = {
  offerId: string;
  title: string;
  outcome: "FUNDED" | "NOT_FUNDED" | "REJECTED_FORMAL";
  amount: number | null;
};

/** The results' personal part: the reader's outcomes and whether they may still ask for the reasons. */
export type CompetitionViewerResults = {
  /** Requests for the reasons are taken until this instant (ISO); null when the platform published no results. */
  requestsUntil: string | null;
  mayRequestReasons: boolean;
  ownOutcomes: CompetitionViewerOutcome[];
};

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
      /** One of the office's officials who decides it: the decision page's link. */
      decides: boolean;
      /** Only once the competition is decided or annulled. */
      results?: CompetitionViewerResults;
    };
