import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

/**
 * How anyone can check the election: the board, the registry, the protocol.
 * It stands below the voting part, and the board's 64-character hash and the
 * recount command stay folded: those who verify look for them, a voter on
 * the way to the vote button should not have to read past them.
 */
export async function ElectionVerification({
  election,
  locale,
}: {
  election: {
    id: string;
    slug: string;
    ballotsCast: number;
    registrySize: number | null;
    boardHead: string | null;
    countedAt: Date | null;
  };
  locale: Locale;
}) {
  const t = await getTranslations({ locale });
  return (
    <section aria-labelledby="verify-heading" className="mt-8 max-w-3xl">
      <h2 id="verify-heading" className="text-2xl font-bold">
        {t("voting.verifyHeading")}
      </h2>
      <p className="mt-2">
        {t("voting.boardSummary", { cast: election.ballotsCast, eligible: election.registrySize ?? 0 })}
      </p>
      <p className="mt-2">{t("voting.verifyIntro")}</p>
      <p className="mt-2 flex flex-wrap gap-6">
        <Link href={{ pathname: "/elections/[slug]/board", params: { slug: election.slug } }} className="underline">
          {t("voting.boardLink")}
        </Link>
        <Link href={{ pathname: "/elections/[slug]/registry", params: { slug: election.slug } }} className="underline">
          {t("voting.registryLink")}
        </Link>
        {election.countedAt && (
          <a href={`/api/elections/${election.id}/protocol?lang=${locale}`} className="underline" download>
            {t("voting.protocolLink")}
          </a>
        )}
      </p>
      {election.boardHead && (
        <details className="mt-3 rounded border-2 border-slate-300 p-3">
          <summary className="cursor-pointer font-semibold">{t("voting.headSummary")}</summary>
          <p className="mt-2">{t("voting.head")}</p>
          <p className="mt-1 break-all">
            <code>{election.boardHead}</code>
          </p>
          <p className="mt-2 text-slate-700">{t("board.verifyHow")}</p>
        </details>
      )}
    </section>
  );
}
