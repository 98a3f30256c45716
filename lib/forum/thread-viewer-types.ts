// The shape of lib/forum/thread-viewer.ts's answer, for the browser's side too.
import type { ForumAccess } from "@/lib/generated/prisma/enums";

/** What the reader may do with one post of the page, and what of it only they see. */
export type ThreadViewerPost = {
  id: string;
  /** Written by the reader: they may edit and delete it (while they may write), not flag it. */
  mine: boolean;
  markedHelpful: boolean;
  /**
   * What the shared page withholds and this reader may see: a hidden or held
   * post's text (its author, a moderator), a deleted post's text (a
   * moderator), as sanitised HTML; the reason it was hidden; that an edit
   * waits for a moderator. Null when the page already shows all they may see.
   */
  withheld: {
    bodyHtml: string | null;
    /** The post's pictures, withheld with its text. */
    images: { id: string; alt: string; width: number; height: number }[];
    hiddenReason: string | null;
    editHeld: boolean;
  } | null;
  /** For moderators: what letting a held post through approves (lib/forum/held-version.ts). */
  shown: string | null;
  /** For moderators: every earlier wording of an edited post. */
  revisions: { id: string; body: string; replacedAt: Date | string }[];
};

export type ThreadViewer =
  | { signedIn: false }
  | {
      signedIn: true;
      /** Who signs a reply (the composer shows it). */
      personName: string;
      /** May react, quote and edit their posts: the category's rule, the thread open. */
      canWrite: boolean;
      /** May reply now: as canWrite, and not suspended. */
      mayReply: boolean;
      /** A suspension in force: why they may not write, until when. */
      suspension: { until: Date | string; reason: string } | null;
      /** Signed in but the category is not theirs to write in: who may (for the notice). */
      readOnly: ForumAccess | null;
      /** The organisations they may reply for (only when they may reply). */
      organisations: { id: string; name: string }[];
      watching: boolean;
      /** How far they had read before this page was shown (0: never opened it). */
      lastRead: number;
      moderator: boolean;
      /** For moderators: the categories a thread may be moved to, in the reader's language. */
      categories: { id: string; name: string }[];
      /** The posts of the page asked about. */
      posts: ThreadViewerPost[];
    };
