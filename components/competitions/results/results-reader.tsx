"use client";

// The personal part of the results page, which is the same for everyone
// (lib/http/page-cache.ts, SHARED): asked from /api/competitions/[id]/viewer
// once the page has loaded. The reader's organisations' outcomes, the way to
// ask for the reasons while the 30 days run (anyone signed in may), and the
// office's decision page for its officials. Visitors are invited to sign in.
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { ReaderAnswerFailed } from "@/components/layout/reader-answer-failed";
import { useReaderAnswer } from "@/components/layout/use-reader-answer";
import { ButtonLink } from "@/components/ui/button";
import type { CompetitionViewer } from "@/lib/competitions/viewer-types";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { formatPln } from "@/lib/offers/calc/money";

export function ResultsReader({
  competitionId,
  slug,
  signInHref,
}: {
  competitionId: string;
  slug: string;
  signInHref: string;
}) {
  const t = useTranslations("competitionDecision.reader");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  const { answer, failed, reload } = useReaderAnswer<CompetitionViewer>(
    `/api/competitions/${encodeURIComponent(competitionId)}/viewer`,
  );
  const signInHint = (
    <p>
      <a href={signInHref} className="underline">
        {t("signIn")}
      </a>
    </p>
  );
  const body = () => {
    if (!answer) return failed ? <ReaderAnswerFailed retry={reload} /> : <noscript>{signInHint}</noscript>;
    if (!answer.signedIn) return signInHint;
    const results = answer.results;
    const params = { slug };
    return (
      <div>
        <div className="flex flex-wrap gap-3">
          {results?.mayRequestReasons && (
            <ButtonLink href={{ pathname: "/competitions/[slug]/reasons", params }}>{t("requestReasons")}</ButtonLink>
          )}
          {answer.decides && (
            <ButtonLink href={{ pathname: "/competitions/[slug]/decision", params }} variant="secondary">
              {t("decision")}
            </ButtonLink>
          )}
        </div>
        {results && !results.mayRequestReasons && results.requestsUntil && <p className="mt-2">{t("reasonsClosed")}</p>}
        {results && results.ownOutcomes.length > 0 && (
          <section aria-labelledby="own-outcomes-heading" className="mt-4">
            <h2 id="own-outcomes-heading" className="text-xl font-bold">
              {t("ownOutcomes")}
            </h2>
            <ul className="mt-2 list-disc pl-6">
              {results.ownOutcomes.map((own) => (
                <li key={own.offerId}>
                  <Link
                    href={{ pathname: "/offers/[id]", params: { id: own.offerId } }}
                    className="underline"
                    lang="pl"
                  >
                    {own.title}
                  </Link>
                  {": "}
                  {own.amount !== null
                    ? t("funded", { amount: formatPln(own.amount, locale) })
                    : t(`outcomes.${own.outcome}`)}
                </li>
              ))}
            </ul>
          </section>
        )}
        {results?.requestsUntil && results.mayRequestReasons && (
          <p className="mt-2 text-sm">
            {t("reasonsUntil", {
              until: format.dateTime(new Date(new Date(results.requestsUntil).getTime() - 1), {
                dateStyle: "long",
                timeZone: "Europe/Warsaw",
              }),
            })}
          </p>
        )}
      </div>
    );
  };
  return (
    <div className="mt-4 min-h-12" aria-busy={!answer && !failed}>
      {body()}
    </div>
  );
}
