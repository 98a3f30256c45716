"use client";

// The personal parts of a consultation's page. The page is the same for
// everyone (served from the page cache to signed-in people too); who is
// reading is asked here after it loads, from /api/consultations/[id]/viewer
// (lib/consultations/viewer.ts): the manage link for the organiser's
// officials, the remark controls on each unit and on the whole document for
// those who may remark, why not for those who may not, and their own remarks.
// Asked again after each remark is sent, changed or withdrawn; if the answer
// cannot be had, the page says so and offers to ask again. Until it comes the
// page is the visitor's; without JavaScript it invites to sign in and keeps
// the officials' links to manage the consultation and answer its remarks.
import { useTranslations } from "next-intl";
import { createContext, useContext, useEffect, type ReactNode } from "react";
import { OwnRemarks } from "@/components/consultations/own-remarks";
import { RemarkControl } from "@/components/consultations/remark-control";
import { RemarkStandingNotice } from "@/components/consultations/remark-standing-notice";
import { UnitRemarkControls } from "@/components/consultations/unit-remark-controls";
import { ReaderAnswerFailed } from "@/components/layout/reader-answer-failed";
import { useReaderAnswer } from "@/components/layout/use-reader-answer";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { markAnswersSeenAction } from "@/lib/consultations/remarks/actions";
import type { ConsultationViewer } from "@/lib/consultations/viewer-types";
import { Link } from "@/lib/i18n/navigation";
import type { signInReturningTo } from "@/lib/auth/sign-in-link";

type State = { viewer: ConsultationViewer | null; failed: boolean; reload: () => void };

const ViewerContext = createContext<State>({ viewer: null, failed: false, reload: () => {} });

/** Asks who is reading the consultation's page, once per load and after each remark they send, change or withdraw. */
export function ConsultationViewerProvider({
  consultationId,
  children,
}: {
  consultationId: string;
  children: ReactNode;
}) {
  const { answer, failed, reload } = useReaderAnswer<ConsultationViewer>(
    `/api/consultations/${encodeURIComponent(consultationId)}/viewer`,
  );
  return <ViewerContext.Provider value={{ viewer: answer, failed, reload }}>{children}</ViewerContext.Provider>;
}

function useSignedInViewer() {
  const { viewer, reload } = useContext(ViewerContext);
  return { viewer: viewer?.signedIn ? viewer : null, reload };
}

/** For the organiser's officials: the way to manage the consultation. */
export function ConsultationManageLink({ slug }: { slug: string }) {
  const t = useTranslations();
  const { viewer } = useSignedInViewer();
  if (!viewer?.manages) return null;
  return (
    <p className="mt-4">
      <ButtonLink href={{ pathname: "/consultations/[slug]/edit", params: { slug } }} variant="secondary">
        {t("consultationPage.manage")}
      </ButtonLink>
    </p>
  );
}

function SignInToRemark({
  signIn,
  byOrganisations,
}: {
  signIn: ReturnType<typeof signInReturningTo>;
  byOrganisations: boolean;
}) {
  const t = useTranslations("remarks");
  // The link is the action in the sentence, not a second "sign in" after it.
  return (
    <>
      {byOrganisations && <>{t("byOrganisations")} </>}
      {t.rich("signInFirst", {
        signIn: (chunks) => (
          <Link href={signIn} className="underline">
            {chunks}
          </Link>
        ),
      })}
    </>
  );
}

/**
 * Above the text: why the signed-in reader cannot remark, or the invitation
 * to sign in (`signIn`, set while the consultation is open; saying first, when
 * only organisations remark, `byOrganisations`, that they do), or that their
 * parts could not be had. Without JavaScript: the invitation and the
 * officials' links, as no answer will come.
 */
export function ConsultationReaderAccess({
  slug,
  signIn,
  byOrganisations,
}: {
  slug: string;
  signIn: ReturnType<typeof signInReturningTo> | null;
  byOrganisations: boolean;
}) {
  const t = useTranslations();
  const { viewer, failed, reload } = useContext(ViewerContext);
  const signInHint = signIn && (
    <Alert tone="info">
      <SignInToRemark signIn={signIn} byOrganisations={byOrganisations} />
    </Alert>
  );
  if (!viewer) {
    if (failed) return <ReaderAnswerFailed retry={reload} />;
    const params = { slug };
    return (
      <noscript>
        {signInHint}
        <p className="mt-4">
          {t("consultationPage.forOrganiser")}{" "}
          <Link href={{ pathname: "/consultations/[slug]/edit", params }} className="underline">
            {t("consultationPage.manage")}
          </Link>
          {", "}
          <Link href={{ pathname: "/consultations/[slug]/remarks", params }} className="underline">
            {t("answers.title")}
          </Link>
        </p>
      </noscript>
    );
  }
  if (!viewer.signedIn) return signInHint;
  return viewer.standing && <RemarkStandingNotice standing={viewer.standing} consultationSlug={slug} />;
}

/**
 * The "remark on this" controls of the text's units, whose buttons are in the
 * page's markup for everyone and shown only once the reader may remark
 * (UnitRemarkControls marks the list so).
 */
export function ReaderUnitRemarkControls({ listId }: { listId: string }) {
  const { viewer, reload } = useSignedInViewer();
  if (!viewer?.remarkContext) return null;
  return <UnitRemarkControls listId={listId} context={viewer.remarkContext} onSent={reload} />;
}

/**
 * The button for a remark on the whole document, or, for a visitor while the
 * consultation is open (`signIn`), the way to sign in: a reader who reached
 * the end of the text need not scroll back up to the invitation.
 */
export function ReaderGeneralRemarkControl({
  signIn,
  byOrganisations,
}: {
  signIn: ReturnType<typeof signInReturningTo> | null;
  byOrganisations: boolean;
}) {
  const { viewer: answer } = useContext(ViewerContext);
  const { viewer, reload } = useSignedInViewer();
  if (answer && !answer.signedIn && signIn)
    return (
      <p className="mt-4">
        <SignInToRemark signIn={signIn} byOrganisations={byOrganisations} />
      </p>
    );
  if (!viewer?.remarkContext) return null;
  return <RemarkControl context={viewer.remarkContext} unit={null} onSent={reload} />;
}

/** The reader's own remarks, each cited by the part of the text it is about ("§ 3 ust. 2", "Akapit 4"). */
export function ReaderOwnRemarks() {
  const t = useTranslations();
  const { viewer, reload } = useSignedInViewer();
  const remarks = viewer?.own.remarks ?? [];
  const shown = remarks.length > 0;
  // A notice about an answer links to the remark (#remark-…), which is here only once the answer came.
  useEffect(() => {
    const hash = window.location.hash;
    const ownPart = hash.startsWith("#remark-") || hash === "#own-remarks-heading";
    // Remarks' ids are plain ASCII, so the fragment is taken as it is: decoding a hand-edited one could throw.
    if (shown && ownPart) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [shown]);
  // Answers shown here for the first time are seen: "My matters" stops listing them as news.
  const consultationId = viewer?.own.context.consultationId;
  const unseenAnswers = remarks.some((remark) => remark.answerUnseen);
  useEffect(() => {
    // Nothing to show if it fails: the mark only decides what "My matters" lists next time.
    if (consultationId && unseenAnswers) void markAnswersSeenAction({ consultationId });
  }, [consultationId, unseenAnswers]);
  if (!viewer || !shown) return null;
  return (
    <OwnRemarks
      context={viewer.own.context}
      open={viewer.own.open}
      onChanged={reload}
      remarks={remarks.map((remark) => ({
        ...remark,
        unitLabel: remark.unit
          ? (remark.unit.label ?? t("consultationPage.paragraphNumber", { number: remark.unit.paragraph ?? 0 }))
          : null,
        createdAt: new Date(remark.createdAt),
        editedAt: remark.editedAt === null ? null : new Date(remark.editedAt),
      }))}
    />
  );
}
