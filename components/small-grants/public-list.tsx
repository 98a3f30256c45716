import { useTranslations } from "next-intl";
import { LastDay, Pln } from "@/components/small-grants/money";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/lib/i18n/navigation";
import type { PublicSmallGrantRow } from "@/lib/small-grants/queries";

/** Offers on the public list: title, applicant, office, amount, and the remark window's last day or the decision. */
export function PublicSmallGrantList({
  rows,
  headingId,
  empty,
}: {
  rows: PublicSmallGrantRow[];
  headingId: string;
  empty: string;
}) {
  const t = useTranslations("smallGrants.list");
  if (rows.length === 0) return <EmptyState title={empty} />;
  return (
    <ul aria-labelledby={headingId} className="mt-4 space-y-4">
      {rows.map((row) => (
        <li key={row.id} className="border-l-4 border-slate-400 pl-3">
          <Link
            href={{ pathname: "/small-grants/[slug]", params: { slug: row.publicSlug } }}
            className="text-lg font-semibold underline"
          >
            {row.offer.title}
          </Link>
          <p>{t("byAt", { organisation: row.offer.leadOrganisation.name, office: row.offer.institution.name })}</p>
          <p>
            {t("requested")}: <Pln grosze={row.offer.requestedGrant} />
          </p>
          {row.stage === "PUBLISHED" && row.remarksUntil && (
            <p>
              {t("remarksUntil")}: <LastDay end={row.remarksUntil} />
            </p>
          )}
          {(row.stage === "ACCEPTED" || row.stage === "REFUSED") && (
            <p>
              {t(`decided.${row.stage}`)}
              {row.stage === "ACCEPTED" && row.awardedAmount !== null && (
                <>
                  {": "}
                  <Pln grosze={row.awardedAmount} />
                </>
              )}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
