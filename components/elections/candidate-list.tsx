import { getTranslations } from "next-intl/server";
import { CandidatePhoto } from "@/components/elections/candidate-photo";
import type { Candidate } from "@/lib/elections/nominations/queries";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

/** The published list of candidates, by area, in the order the rules give (alphabetical or drawn). */
export async function CandidateList({
  electionId,
  candidates,
  drawn,
  locale,
}: {
  electionId: string;
  candidates: Candidate[];
  drawn: boolean;
  locale: Locale;
}) {
  const t = await getTranslations({ locale });
  return (
    <section aria-labelledby="candidates-heading" className="mt-8 max-w-3xl">
      <h2 id="candidates-heading" className="text-2xl font-bold">
        {t("candidates.heading", { count: candidates.length })}
      </h2>
      <p className="mt-2">{drawn ? t("candidates.drawnOrder") : t("candidates.alphabeticalOrder")}</p>
      {candidates.length === 0 ? (
        <p className="mt-2">{t("candidates.none")}</p>
      ) : (
        <ol className="mt-4 space-y-4">
          {candidates.map((candidate) => (
            <li key={candidate.id} className="flex flex-wrap gap-4 rounded border-2 border-slate-300 p-3">
              {candidate.hasPhoto && (
                <CandidatePhoto
                  electionId={electionId}
                  nominationId={candidate.id}
                  alt={t("candidates.photoAlt", { name: candidate.candidateName })}
                />
              )}
              <div className="min-w-0 flex-1">
                <h3 className="text-lg font-bold" lang="pl">
                  {candidate.candidateName}
                </h3>
                <p>
                  {t("candidates.nominatedBy")}{" "}
                  <Link
                    href={{ pathname: "/organisations/[slug]", params: { slug: candidate.organisation.slug } }}
                    className="underline"
                    lang="pl"
                  >
                    {candidate.organisation.name}
                  </Link>
                  {candidate.area && <> · {t("candidates.area", { area: candidate.area.name })}</>}
                </p>
                {candidate.statement ? (
                  <p className="mt-2 whitespace-pre-line" lang="pl">
                    {candidate.statement}
                  </p>
                ) : (
                  <p className="mt-2 text-slate-700">{t("candidates.noBio")}</p>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
