import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ImportUploadForm } from "@/components/admin/bulk-import/upload-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/redirects";
import { Link } from "@/lib/i18n/navigation";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { listImports } from "@/lib/organisations/bulk-import/queries";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("adminImport", "administration");

export default async function OrganisationImportsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  await requirePermission(locale, "organisations.import");
  const [t, format, imports] = await Promise.all([
    getTranslations({ locale }),
    getFormatter({ locale }),
    listImports(),
  ]);
  return (
    <ClientMessages namespaces={["adminImport", "errors", "forms.errors", "ui"]}>
      <>
        <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("adminImport.title") }]} />
        <h1 className="text-3xl font-bold">{t("adminImport.title")}</h1>
        <p className="mt-4 max-w-3xl">{t("adminImport.intro")}</p>
        <ImportUploadForm />
        <h2 className="mt-10 text-2xl font-bold">{t("adminImport.history")}</h2>
        {imports.length === 0 ? (
          <EmptyState title={t("adminImport.noHistory")} />
        ) : (
          <Table caption={t("adminImport.history")}>
            <thead>
              <tr>
                <Th>{t("adminImport.fileName")}</Th>
                <Th>{t("adminImport.uploadedAt")}</Th>
                <Th>{t("adminImport.status")}</Th>
                <Th className="text-right">{t("adminImport.rowsCount")}</Th>
              </tr>
            </thead>
            <tbody>
              {imports.map((item) => (
                <tr key={item.id}>
                  <Th scope="row">
                    <Link href={{ pathname: "/admin/organisation-imports/[id]", params: { id: item.id } }}>
                      {item.fileName}
                    </Link>
                  </Th>
                  <Td>
                    {format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" })} ·{" "}
                    {item.createdBy.name}
                  </Td>
                  <Td>{t(`adminImport.statuses.${item.status}`)}</Td>
                  <Td className="text-right">{item.total}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </>
    </ClientMessages>
  );
}
