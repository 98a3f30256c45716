import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { PublicPartnership } from "@/lib/partnerships/workflow/queries";

/** Partnerships formed on the platform, on an organisation's public profile (both sides consented). */
export function PublicPartnerships({ partnerships }: { partnerships: PublicPartnership[] }) {
  const t = useTranslations("partnershipWorkflow.public");
  const format = useFormatter();
  return (
    <div className="mt-4">
      <h3 className="text-xl font-bold">{t("heading")}</h3>
      <ul className="mt-2 space-y-2">
        {partnerships.map((partnership) => (
          <li key={partnership.id} className="border-l-4 border-slate-300 pl-3">
            <p>
              {partnership.partner &&
                (partnership.partner.kind === "organisation" ? (
                  <Link href={{ pathname: "/organisations/[slug]", params: { slug: partnership.partner.slug } }}>
                    {partnership.partner.name}
                  </Link>
                ) : (
                  <Link href={{ pathname: "/institutions/[slug]", params: { slug: partnership.partner.slug } }}>
                    {partnership.partner.name}
                  </Link>
                ))}
              {" – "}
              {partnership.slug ? (
                <Link href={{ pathname: "/partnerships/[slug]", params: { slug: partnership.slug } }} lang="pl">
                  {partnership.title}
                </Link>
              ) : (
                <span lang="pl">{partnership.title}</span>
              )}
            </p>
            <p className="text-sm text-slate-700">
              {t("line", {
                status: partnership.status,
                since: partnership.formedAt ? format.dateTime(partnership.formedAt, { dateStyle: "long" }) : "",
              })}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
