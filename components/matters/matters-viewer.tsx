"use client";

import { useTranslations } from "next-intl";
import { ReaderAnswerFailed } from "@/components/layout/reader-answer-failed";
import { useReaderAnswer } from "@/components/layout/use-reader-answer";
import { MatterSections } from "@/components/matters/matter-sections";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/lib/i18n/navigation";
import { reviveMattersAnswer, type MattersAnswer, type Wire } from "@/lib/matters/wire";

/**
 * The reader's matters on the "My matters" page, which is one copy for
 * everyone (from the page cache, signed in too): asked for once the page has
 * loaded. The frame is a screen high from the first paint, so the footer is
 * below the fold and nothing moves when the matters come.
 */
export function MattersViewer({ signInNext }: { signInNext: string }) {
  const t = useTranslations();
  const { answer: wire, failed, reload } = useReaderAnswer<Wire<MattersAnswer>>("/api/account/matters");
  const frame = "min-h-screen";
  if (!wire) return <div className={frame}>{failed && <ReaderAnswerFailed retry={reload} />}</div>;
  const answer = reviveMattersAnswer(wire);
  if (!answer.signedIn)
    return (
      <div className={frame}>
        <p className="mt-4">
          <Link href={{ pathname: "/sign-in", query: { next: signInNext } }} className="underline">
            {t("myMatters.signIn")}
          </Link>
        </p>
      </div>
    );
  return (
    <div className={frame}>
      {answer.view.total === 0 ? (
        <div className="mt-6">
          <EmptyState title={t("myMatters.nothing")} hint={t("myMatters.nothingHint")} />
        </div>
      ) : (
        <MatterSections sections={answer.view.sections} />
      )}
    </div>
  );
}
