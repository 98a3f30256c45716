import { getTranslations } from "next-intl/server";
import type { ElectionRecord } from "@/lib/elections/queries";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

/** Where an election stands among rounds: this is a further round of another, or another settles its tie. */
export async function FurtherRoundNotice({
  election,
  manages,
  locale,
}: {
  election: ElectionRecord;
  manages: boolean;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "furtherRound" });
  const next =
    election.furtherRound && (election.furtherRound.status !== "DRAFT" || manages) ? election.furtherRound : null;
  if (!election.furtherRoundOf && !next) return null;
  return (
    <div className="mt-4 max-w-3xl rounded border-l-4 border-blue-800 bg-blue-50 p-3">
      {election.furtherRoundOf && (
        <p>
          {t("isFurtherRound", { round: election.round })}{" "}
          <Link
            href={{ pathname: "/elections/[slug]", params: { slug: election.furtherRoundOf.slug } }}
            className="underline"
            lang="pl"
          >
            {election.furtherRoundOf.title}
          </Link>
        </p>
      )}
      {next && (
        <p>
          {t(next.status === "DRAFT" ? "settledByDraft" : "settledBy")}{" "}
          <Link
            href={{
              pathname: next.status === "DRAFT" ? "/elections/[slug]/edit" : "/elections/[slug]",
              params: { slug: next.slug },
            }}
            className="underline"
            lang="pl"
          >
            {next.title}
          </Link>
        </p>
      )}
    </div>
  );
}
