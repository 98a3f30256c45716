import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuditFilterForm } from "@/components/admin/audit-filter-form";
import { AuditTable } from "@/components/admin/audit-table";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";
import { auditFilterSchema, listAuditEvents } from "@/lib/audit/queries";
import { requirePermission } from "@/lib/auth/redirects";
import { getPathname } from "@/lib/i18n/navigation";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titleMetadata("auditLog", "administration");

export default async function AuditLogPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  await requirePermission(locale, "audit.view");
  const filter = auditFilterSchema.parse(await searchParams);
  const [t, result] = await Promise.all([getTranslations({ locale }), listAuditEvents(filter)]);
  const basePath = getPathname({ href: "/admin/audit", locale });
  const pageHref = (page: number) => {
    const query = new URLSearchParams(
      Object.entries({ ...filter, page: String(page) }).filter(([, v]) => v) as [string, string][],
    );
    return `${basePath}?${query}`;
  };
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("auditLog.title") }]} />
      <h1 className="text-3xl font-bold">{t("auditLog.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("auditLog.intro")}</p>
      <AuditFilterForm filter={filter} />
      <AuditTable events={result.events} total={result.total} />
      <Pagination page={filter.page} totalPages={result.totalPages} href={pageHref} />
    </>
  );
}
