import { useFormatter, useTranslations } from "next-intl";
import type { getAccountOverview } from "@/lib/accounts/queries";

type Overview = Awaited<ReturnType<typeof getAccountOverview>>;

export function AccountOverview({ account }: { account: Overview }) {
  const t = useTranslations("account");
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
        <dd>{t(`roles.${account.platformRole}`)}</dd>
      </dl>

      <h2 className={heading}>{t("organisationsHeading")}</h2>
      {account.organisationMemberships.length === 0 ? (
        <p className="mt-2">{t("noOrganisations")}</p>
      ) : (
        <ul className="mt-2 list-disc pl-6">
          {account.organisationMemberships.map((m) => (
            <li key={m.organisation.id}>{t("membership", { name: m.organisation.name, role: t(`organisationRoles.${m.role}`) })}</li>
          ))}
        </ul>
      )}

      <h2 className={heading}>{t("institutionsHeading")}</h2>
      {account.institutionMemberships.length === 0 ? (
        <p className="mt-2">{t("noInstitutions")}</p>
      ) : (
        <ul className="mt-2 list-disc pl-6">
          {account.institutionMemberships.map((m) => (
            <li key={m.institution.id}>{t("membership", { name: m.institution.name, role: t(`institutionRoles.${m.role}`) })}</li>
          ))}
        </ul>
      )}

      {account.consents.length > 0 && (
        <>
          <h2 className={heading}>{t("consentsHeading")}</h2>
          <ul className="mt-2 list-disc pl-6">
            {account.consents.map((c) => (
              <li key={c.id}>{t("consent", { kind: t(`consentKinds.${c.kind}`), version: c.version, date: format.dateTime(c.acceptedAt, "long") })}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
