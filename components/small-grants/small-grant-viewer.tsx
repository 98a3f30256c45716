"use client";

// The personal part of a published small-grant offer's page: the page is the
// same for everyone (served from the page cache to signed-in people too); who
// is reading is asked here after it loads, from /api/small-grants/[id]/viewer
// (lib/small-grants/viewer.ts): the remark form while the window is open, the
// link to the office's page for its officials. Without JavaScript, or until
// the answer comes, a visitor's view stays: the invitation to sign in.
import { useTranslations } from "next-intl";
import { ReaderAnswerFailed } from "@/components/layout/reader-answer-failed";
import { useReaderAnswer } from "@/components/layout/use-reader-answer";
import { RemarkForm } from "@/components/small-grants/remark-form";
import { ButtonLink } from "@/components/ui/button";
import { Link, type Href } from "@/lib/i18n/navigation";
import type { SmallGrantViewer } from "@/lib/small-grants/viewer-types";

export function SmallGrantReader({ caseId, open, signIn }: { caseId: string; open: boolean; signIn: Href }) {
  const t = useTranslations("smallGrants.page");
  const { answer, failed, reload } = useReaderAnswer<SmallGrantViewer>(
    `/api/small-grants/${encodeURIComponent(caseId)}/viewer`,
  );
  const invitation = open && (
    <p className="mt-4">
      <Link href={signIn} className="underline">
        {t("signInToRemark")}
      </Link>
    </p>
  );
  if (!answer) return failed ? <ReaderAnswerFailed retry={reload} /> : <noscript>{invitation}</noscript>;
  if (!answer.signedIn) return invitation || null;
  return (
    <>
      {answer.manages && (
        <p className="mt-4">
          <ButtonLink
            variant="secondary"
            href={{ pathname: "/institutions/[slug]/small-grants", params: { slug: answer.institutionSlug } }}
          >
            {t("manage")}
          </ButtonLink>
        </p>
      )}
      {answer.remark && (
        <RemarkForm
          caseId={answer.remark.caseId}
          personName={answer.remark.personName}
          organisations={answer.remark.organisations}
        />
      )}
    </>
  );
}
