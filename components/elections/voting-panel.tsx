import { getTranslations } from "next-intl/server";
import { VoterDesignation } from "@/components/elections/voter-designation";
import { VotingProgress } from "@/components/elections/voting-progress";
import { ButtonLink } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/locales";

export type VotingRow = {
  organisationId: string;
  name: string;
  voted: boolean;
  mayCast: boolean;
  isOwner: boolean;
  designatedName: string | null;
  designatedId: string | null;
  members: { id: string; name: string }[];
};

/** The signed-in person's organisations in the registry: until when, how many voted, and for each: vote, see that it voted, or designate who votes. */
export async function VotingPanel({
  election,
  rows,
  locale,
}: {
  election: { id: string; slug: string; votingEndAt: Date };
  rows: VotingRow[];
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "voting" });
  return (
    <section aria-labelledby="voting-heading" className="mt-8 max-w-3xl rounded border-2 border-green-800 p-4">
      <h2 id="voting-heading" className="text-2xl font-bold">
        {t("yourBallots")}
      </h2>
      <VotingProgress
        votingEndAt={election.votingEndAt}
        cast={rows.filter((row) => row.voted).length}
        total={rows.length}
      />
      {rows.length === 0 ? (
        <p className="mt-2">{t("noneInRegistry")}</p>
      ) : (
        <ul className="mt-2 space-y-4">
          {rows.map((row) => (
            <li key={row.organisationId} className="border-l-4 border-slate-400 pl-3">
              <p className="font-semibold" lang="pl">
                {row.name}
              </p>
              {row.voted ? (
                <p>{t("voted")}</p>
              ) : row.mayCast ? (
                <ButtonLink
                  className="mt-2"
                  href={{
                    pathname: "/elections/[slug]/vote",
                    params: { slug: election.slug },
                    query: { organizacja: row.organisationId },
                  }}
                >
                  {t("vote", { organisation: row.name })}
                </ButtonLink>
              ) : (
                <p>{row.designatedName ? t("castBy", { name: row.designatedName }) : t("castByOwners")}</p>
              )}
              {row.isOwner && !row.voted && (
                <VoterDesignation
                  electionId={election.id}
                  organisation={{ id: row.organisationId, name: row.name }}
                  members={row.members}
                  current={row.designatedId}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
