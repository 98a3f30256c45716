// The shape of lib/consultations/viewer.ts's answer, for the browser's side too.
import type { RemarkStanding } from "@/lib/consultations/remarks/standing";

export type { RemarkStanding };

/** Who is writing a remark and for whom they may write it (the remark form's context). */
export type RemarkContext = {
  consultationId: string;
  personName: string;
  organisations: { id: string; name: string }[];
  /** Whether they may remark as themselves (the consultation admits residents). */
  allowSelf: boolean;
};

/** One of the reader's own remarks, cited as the page cites its unit. */
export type ViewerOwnRemark = {
  id: string;
  state: "SUBMITTED" | "WITHDRAWN";
  /** The unit's anchor and how it is cited: its label, or its paragraph number ("Akapit n" in the reader's words). */
  unit: { key: string; label: string | null; paragraph: number | null } | null;
  organisationName: string | null;
  currentWording: string | null;
  proposedWording: string | null;
  justification: string | null;
  decision: "ACCEPTED" | "PARTLY_ACCEPTED" | "NOT_ACCEPTED" | null;
  decisionReason: string | null;
  createdAt: Date | string;
  editedAt: Date | string | null;
  /** Answered, and its author has not been shown the answer yet (lib/consultations/remarks/answers-seen.ts). */
  answerUnseen: boolean;
};

export type ConsultationViewer =
  | { signedIn: false }
  | {
      signedIn: true;
      /** An official of the organiser: the link to manage it. */
      manages: boolean;
      /** Set when the reader may remark now: for whom (organisations they act for, themselves). */
      remarkContext: RemarkContext | null;
      /** In an open consultation the reader may not remark in: why, in words that fit them. */
      standing: RemarkStanding | null;
      /** Their own remarks with the form context to edit them (empty context outside the open phase). */
      own: { context: RemarkContext; open: boolean; remarks: ViewerOwnRemark[] };
    };
