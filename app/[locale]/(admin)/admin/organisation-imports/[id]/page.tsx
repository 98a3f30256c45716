import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ImportMappingForm } from "@/components/admin/bulk-import/mapping-form";
import { ImportReport } from "@/components/admin/bulk-import/import-report";
import { ProgressRefresher } from "@/components/admin/bulk-import/progress-refresher";
import { StartImportButton } from "@/components/admin/bulk-import/start-import-button";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/redirects";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { getImport } from "@/lib/organisations/bulk-import/queries";
import { summarise, type RowOutcome } from "@/lib/organisations/bulk-import/validate";

type Props = { params: Promise<{ locale: string; id: string }> };

export const generateMetadata = titleMetadata("adminImport", "administration");

export default async function OrganisationImportPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  await requirePermission(locale, "organisations.import");
  const { id } = await params;
  const [t, found] = await Promise.all([
    getTranslations({ locale }),
    /^[a-z0-9]{10,40}$/.test(id) ? getImport(id) : null,
  ]);
  if (!found) notFound();
  const checkable = found.status === "UPLOADED" || found.status === "CHECKED";
  const running = found.status === "QUEUED" || found.status === "RUNNING";
  const checked = found.status === "CHECKED" && found.report ? summarise(found.report as RowOutcome[]) : null;

  return (
    <ClientMessages namespaces={["adminImport", "errors", "forms.errors", "ui"]}>
      <>
        <Breadcrumbs
          items={[
            { label: t("nav.home"), href: "/" },
            { label: t("adminImport.title"), href: "/admin/organisation-imports" },
            { label: found.fileName },
          ]}
        />
        <h1 className="text-3xl font-bold">{t("adminImport.detailTitle", { file: found.fileName })}</h1>
        <p className="mt-2">{t("adminImport.encoding", { encoding: found.encoding, count: found.total })}</p>

        <Table caption={t("adminImport.preview")}>
          <thead>
            <tr>
              {found.headers.map((header, index) => (
                <Th key={index}>{header}</Th>
              ))}
            </tr>
          </thead>
          <tbody>
            {found.rows.slice(0, 5).map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <Td key={c}>{cell}</Td>
                ))}
              </tr>
            ))}
          </tbody>
        </Table>

        {checkable && (
          <section aria-labelledby="mapping-heading" className="mt-8">
            <h2 id="mapping-heading" className="text-2xl font-bold">
              {t("adminImport.mappingHeading")}
            </h2>
            <p className="mt-2 max-w-3xl">{t("adminImport.mappingIntro")}</p>
            <ImportMappingForm importId={found.id} headers={found.headers} mapping={found.mapping} />
          </section>
        )}

        {checked && (
          <section aria-labelledby="report-heading" className="mt-8">
            <h2 id="report-heading" className="text-2xl font-bold">
              {t("adminImport.reportHeading")}
            </h2>
            <p role="status" className="mt-2 font-semibold">
              {t("adminImport.summary", checked)}
            </p>
            <ImportReport rows={found.report!} showMerges />
            {checked.new + checked.merge > 0 && (
              <StartImportButton importId={found.id} count={checked.new + checked.merge} />
            )}
          </section>
        )}

        {(running || found.status === "DONE" || found.status === "FAILED") && (
          <section aria-labelledby="progress-heading" className="mt-8">
            <h2 id="progress-heading" className="text-2xl font-bold">
              {t("adminImport.progressHeading")}
            </h2>
            <progress
              className="mt-3 h-4 w-full max-w-xl"
              max={found.total}
              value={found.processed}
              aria-label={t("adminImport.progressLabel")}
            />
            <p className="mt-2">
              {t("adminImport.progress", {
                processed: found.processed,
                total: found.total,
                created: found.created,
                merged: found.merged,
                failed: found.failed,
              })}
            </p>
            {/* Announced once, when the import ends; the running figures are not read out every two seconds. */}
            <div role="status">
              {found.status === "DONE" && <Alert tone="success">{t("adminImport.done")}</Alert>}
              {found.status === "FAILED" && <Alert tone="error">{t("adminImport.failedRun")}</Alert>}
            </div>
            {running && <ProgressRefresher />}
            {found.status === "DONE" && found.report && <ImportReport rows={found.report} showMerges={false} />}
            <ButtonLink href="/admin/organisation-imports" variant="secondary" className="mt-6">
              {t("adminImport.back")}
            </ButtonLink>
          </section>
        )}
      </>
    </ClientMessages>
  );
}
