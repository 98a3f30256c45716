import { useFormatter, useTranslations } from "next-intl";
import { AccountRoles } from "@/components/accounts/account-roles";
import { OwnRequests } from "@/components/accounts/own-requests";
import { VerifiedBadge } from "@/components/organisations/verified-badge";
import { ButtonLink } from "@/components/ui/button";
import type { getAccountOverview } from "@/lib/accounts/queries";
import { Link } from "@/lib/i18n/navigation";

type Overview = Awaited<ReturnType<typeof getAccountOverview>>;

export function AccountOverview({ account }: { account: Overview }) {
  const t = useTranslations("account");
  const tSmallGrants = useTranslations("smallGrants");
  const format = useFormatter();
  const heading = "mt-8 text-2xl font-bold";
  return (
    <>
      <h2 className={heading}>{t("profileHeading")}</h2>
      <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("name")}</dt>
        <dd>{account.name}</dd>
        <dt className="font-semibold">{t("email")}</dt>
        <dd>{account.email}</dd>
        <dt className="font-semibold">{t("role")}</dt>
        <dd>
          <AccountRoles account={account} />
        </dd>
      </dl>

      <h2 className={heading}>{t("organisationsHeading")}</h2>
      {account.organisationMemberships.length === 0 ? (
        <p className="mt-2">{t("noOrganisations")}</p>
      ) : (
        <ul className="mt-2 list-disc pl-6">
          {account.organisationMemberships.map((m) => (
            <li key={m.organisation.id}>
              <Link href={{ pathname: "/organisations/[slug]", params: { slug: m.organisation.slug } }}>
                {m.organisation.name}
              </Link>
              {" – "}
              {t(`organisationRoles.${m.role}`)} <VerifiedBadge verified={m.organisation.verifiedAt !== null} />
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3">{t("organisationsHint")}</p>
      <ButtonLink href="/organisations/register" variant="secondary" className="mt-2">
        {t("registerOrganisation")}
      </ButtonLink>

      <h2 className={heading}>{t("institutionsHeading")}</h2>
      {account.institutionMemberships.length === 0 ? (
        <p className="mt-2">{t("noInstitutions")}</p>
      ) : (
        <ul className="mt-2 list-disc pl-6">
          {account.institutionMemberships.map((m) => (
            <li key={m.institution.id}>
              <Link href={{ pathname: "/institutions/[slug]", params: { slug: m.institution.slug } }}>
                {m.institution.officeName ?? m.institution.name}
              </Link>
              {" – "}
              {t(`institutionRoles.${m.role}`)}
              {" – "}
              {/* Where an official's work is: straight from their account (the usual landing after signing in). */}
              <Link href={{ pathname: "/institutions/[slug]/consultations", params: { slug: m.institution.slug } }}>
                {t("officeConsultations")}
              </Link>
              {" – "}
              <Link href={{ pathname: "/institutions/[slug]/small-grants", params: { slug: m.institution.slug } }}>
                {tSmallGrants("office.title")}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {account.institutionMemberships.length === 0 && (
        <p className="mt-3">
          {t.rich("institutionsHint", { link: (chunks) => <Link href="/institutions">{chunks}</Link> })}
        </p>
      )}

      <OwnRequests requests={account.membershipRequests} />

      {account.consents.length > 0 && (
        <>
          <h2 className={heading}>{t("consentsHeading")}</h2>
          <ul className="mt-2 list-disc pl-6">
            {account.consents.map((c) => (
              <li key={c.id}>
                {t("consent", {
                  kind: t(`consentKinds.${c.kind}`),
                  version: c.version,
                  date: format.dateTime(c.acceptedAt, "long"),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
