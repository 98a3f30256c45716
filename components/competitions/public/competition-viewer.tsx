"use client";

// The personal part of a competition's page. The page is the same for everyone
// (served from the page cache to signed-in people too); who is reading is asked
// here after it loads, from /api/competitions/[id]/viewer
// (lib/competitions/viewer.ts): follow or unfollow, "prepare an offer" for
// people acting for an organisation that may apply, the office's manage link,
// and their organisations' drafts here. Until the answer comes the page is the
// visitor's; without JavaScript it invites to sign in.
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ReaderAnswerFailed } from "@/components/layout/reader-answer-failed";
import { useReaderAnswer } from "@/components/layout/use-reader-answer";
import { Button, ButtonLink } from "@/components/ui/button";
import { followCompetitionAction } from "@/lib/competitions/follow-actions";
import type { CompetitionViewer } from "@/lib/competitions/viewer-types";
import { Link } from "@/lib/i18n/navigation";

function FollowButton({ competitionId, following }: { competitionId: string; following: boolean }) {
  const t = useTranslations("competitions.viewer");
  const action = useAction(followCompetitionAction);
  const now = action.result.data ? action.result.data.following : following;
  return (
    <Button
      variant="secondary"
      aria-pressed={now}
      busy={action.isPending}
      onClick={() => action.execute({ competitionId, follow: !now })}
    >
      {now ? t("following") : t("follow")}
    </Button>
  );
}

/**
 * The reader's buttons and links, or the invitation to sign in (`signInHref`: the sign-in page returning here).
 * `open`: offers are still taken; once they are not, the invitation no longer speaks of preparing one.
 */
export function CompetitionReaderActions({
  competitionId,
  slug,
  signInHref,
  open,
}: {
  competitionId: string;
  slug: string;
  signInHref: string;
  open: boolean;
}) {
  const t = useTranslations("competitions.viewer");
  const {
    answer: viewer,
    failed,
    reload,
  } = useReaderAnswer<CompetitionViewer>(`/api/competitions/${encodeURIComponent(competitionId)}/viewer`);
  const signInHint = (
    <p>
      <a href={signInHref} className="underline">
        {t(open ? "signIn" : "signInClosed")}
      </a>
    </p>
  );
  // The place is kept from the first paint, for everyone: the answer comes after the page is drawn, in its header,
  // and the tasks, announcement and facts below must not move when it does (issue 24). Two lines of text hold the
  // invitation (two lines at 390 px) and the row of buttons (one button high).
  return (
    <div className="mt-4 min-h-12" aria-busy={!viewer && !failed}>
      <ReaderActionsBody
        competitionId={competitionId}
        viewer={viewer}
        failed={failed}
        reload={reload}
        slug={slug}
        signInHint={signInHint}
      />
    </div>
  );
}

function ReaderActionsBody({
  competitionId,
  viewer,
  failed,
  reload,
  slug,
  signInHint,
}: {
  competitionId: string;
  viewer: CompetitionViewer | null;
  failed: boolean;
  reload: () => void;
  slug: string;
  signInHint: ReactNode;
}) {
  const t = useTranslations("competitions.viewer");
  const decision = useTranslations("competitionDecision.viewer");
  if (!viewer) return failed ? <ReaderAnswerFailed retry={reload} /> : <noscript>{signInHint}</noscript>;
  if (!viewer.signedIn) return signInHint;
  const params = { slug };
  return (
    <div>
      <div className="flex flex-wrap gap-3">
        <FollowButton competitionId={competitionId} following={viewer.following} />
        {viewer.mayPrepare && (
          <ButtonLink href={{ pathname: "/competitions/[slug]/new-offer", params }}>{t("prepareOffer")}</ButtonLink>
        )}
        {viewer.manages && (
          <ButtonLink href={{ pathname: "/competitions/[slug]/edit", params }} variant="secondary">
            {t("manage")}
          </ButtonLink>
        )}
        {viewer.decides && (
          <ButtonLink href={{ pathname: "/competitions/[slug]/decision", params }} variant="secondary">
            {decision("decision")}
          </ButtonLink>
        )}
      </div>
      {viewer.drafts.length > 0 && (
        <section aria-labelledby="your-drafts-heading" className="mt-4">
          <h2 id="your-drafts-heading" className="text-xl font-bold">
            {t("yourDrafts")}
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {viewer.drafts.map((draft) => (
              <li key={draft.offerId}>
                <Link
                  href={{ pathname: "/offers/[id]", params: { id: draft.offerId } }}
                  className="underline"
                  lang="pl"
                >
                  {draft.title || t("untitled")}
                </Link>{" "}
                <span lang="pl">({draft.organisationName})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
