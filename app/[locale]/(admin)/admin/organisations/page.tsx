import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { OrganisationVerificationButton } from "@/components/admin/organisation-verification-button";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { checkboxClassName } from "@/components/forms/checkbox-field";
import { VerifiedBadge } from "@/components/organisations/verified-badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/redirects";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { adminOrganisationsFilterSchema } from "@/lib/organisations/schemas";
import { searchOrganisationsForAdmin } from "@/lib/organisations/queries";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titleMetadata("adminOrganisations", "administration");

export default async function AdminOrganisationsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  await requirePermission(locale, "organisations.verify");
  const filter = adminOrganisationsFilterSchema.parse(await searchParams);
  const [t, format, result] = await Promise.all([
    getTranslations({ locale }),
    getFormatter({ locale }),
    searchOrganisationsForAdmin(filter),
  ]);
  const basePath = getPathname({ href: "/admin/organisations", locale });
  const query = (page: number) =>
    new URLSearchParams({
      ...(filter.q ? { q: filter.q } : {}),
      ...(filter.unverified ? { unverified: "1" } : {}),
      page: String(page),
    });
  return (
    <ClientMessages namespaces={["adminOrganisations"]}>
      <>
        <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("adminOrganisations.title") }]} />
        <h1 className="text-3xl font-bold">{t("adminOrganisations.title")}</h1>
        <p className="mt-4 max-w-3xl">{t("adminOrganisations.intro")}</p>
        <form method="get" role="search" className="my-6 flex flex-wrap items-end gap-4">
          <FormField
            id="organisations-q"
            name="q"
            label={t("adminOrganisations.search")}
            hint={t("adminOrganisations.searchHint")}
          >
            {(props) => <input {...props} type="search" defaultValue={filter.q} className={inputClassName} />}
          </FormField>
          <div className="mb-5 flex items-start gap-3">
            <input
              id="organisations-unverified"
              name="unverified"
              type="checkbox"
              value="1"
              defaultChecked={filter.unverified === "1"}
              className={checkboxClassName}
            />
            <label htmlFor="organisations-unverified">{t("adminOrganisations.unverifiedOnly")}</label>
          </div>
          <div className="mb-5">
            <Button type="submit">{t("adminOrganisations.submit")}</Button>
          </div>
        </form>
        {result.rows.length === 0 ? (
          <EmptyState title={t("adminOrganisations.empty")} hint={t("adminOrganisations.emptyHint")} />
        ) : (
          <Table caption={t("adminOrganisations.caption", { total: result.total })}>
            <thead>
              <tr>
                <Th>{t("adminOrganisations.name")}</Th>
                <Th>{t("adminOrganisations.identifiers")}</Th>
                <Th>{t("adminOrganisations.seat")}</Th>
                <Th>{t("adminOrganisations.registered")}</Th>
                <Th>{t("adminOrganisations.status")}</Th>
                <Th>{t("adminOrganisations.action")}</Th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((organisation) => (
                <tr key={organisation.id}>
                  <Td>
                    <Link href={{ pathname: "/organisations/[slug]", params: { slug: organisation.slug } }}>
                      {organisation.name}
                    </Link>
                    <span className="block text-sm text-slate-700">{t(`legalForms.${organisation.legalForm}`)}</span>
                  </Td>
                  <Td>
                    {organisation.krs ? `KRS ${organisation.krs}` : ""}
                    {organisation.nip ? <span className="block">NIP {organisation.nip}</span> : null}
                    {organisation.regon ? <span className="block">REGON {organisation.regon}</span> : null}
                  </Td>
                  <Td>{organisation.seatTerritory.name}</Td>
                  <Td>{format.dateTime(organisation.createdAt, "long")}</Td>
                  <Td>
                    <VerifiedBadge verified={organisation.verifiedAt !== null} />
                  </Td>
                  <Td>
                    <OrganisationVerificationButton
                      organisationId={organisation.id}
                      name={organisation.name}
                      verified={organisation.verifiedAt !== null}
                      shownFacts={organisation.shownFacts}
                    />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination page={filter.page} totalPages={result.totalPages} href={(page) => `${basePath}?${query(page)}`} />
      </>
    </ClientMessages>
  );
}
