import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { PublicPartnership } from "@/lib/partnerships/workflow/queries";

/**
 * Partnerships formed on the platform, on an organisation's or an office's
 * public page (both sides consented). Inside the organisation's "Partnerships"
 * section it is a subsection; on an office's page a section of its own.
 */
export function PublicPartnerships({ partnerships, level = 3 }: { partnerships: PublicPartnership[]; level?: 2 | 3 }) {
  const t = useTranslations("partnershipWorkflow.public");
  const format = useFormatter();
  const Heading = level === 2 ? "h2" : "h3";
  const Wrapper = level === 2 ? "section" : "div";
  return (
    <Wrapper
      className={level === 2 ? "mt-8" : "mt-4"}
      aria-labelledby={level === 2 ? "public-partnerships" : undefined}
    >
      <Heading
        id={level === 2 ? "public-partnerships" : undefined}
        className={level === 2 ? "text-2xl font-bold" : "text-xl font-bold"}
      >
        {t("heading")}
      </Heading>
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
              {partnership.slug && partnership.title ? (
                <Link href={{ pathname: "/partnerships/[slug]", params: { slug: partnership.slug } }} lang="pl">
                  {partnership.title}
                </Link>
              ) : (
                <span>{t("withheldTitle")}</span>
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
    </Wrapper>
  );
}
