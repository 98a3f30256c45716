"use client";

import { useTranslations } from "next-intl";
import { ReaderAnswerFailed } from "@/components/layout/reader-answer-failed";
import { useReaderAnswer } from "@/components/layout/use-reader-answer";
import { Link } from "@/lib/i18n/navigation";
import { matterKinds, type MattersSummary } from "@/lib/matters/types";

/**
 * The signed-in reader's counts from /api/account/matters-summary, each a
 * link to "My matters"; nothing at all for a visitor (nor while it loads).
 */
export function ForYouStripClient() {
  const t = useTranslations("myMatters.strip");
  const tKinds = useTranslations("myMatters.kinds");
  const { answer, failed, reload } = useReaderAnswer<MattersSummary>("/api/account/matters-summary");
  if (!answer) return failed ? <ReaderAnswerFailed retry={reload} /> : null;
  if (!answer.signedIn) return null;
  const waiting = matterKinds.flatMap((kind) => {
    const count = answer.counts[kind] ?? 0;
    return count > 0 ? [{ kind, count }] : [];
  });
  return (
    <section aria-labelledby="for-you-heading" className="mt-4 rounded border border-blue-800 bg-blue-50 p-4">
      <h2 id="for-you-heading" className="text-xl font-bold">
        {t("heading")}
      </h2>
      <p className="mt-1">{answer.total === 0 ? t("nothing") : t("total", { count: answer.total })}</p>
      {waiting.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
          {waiting.map(({ kind, count }) => (
            <li key={kind}>
              <Link href="/my-matters" className="inline-block py-1 text-blue-900 underline">
                {t("kind", { label: tKinds(kind), count })}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-2">
        <Link href="/my-matters" className="inline-block py-1 font-semibold text-blue-900 underline">
          {t("open")}
        </Link>
      </p>
    </section>
  );
}
