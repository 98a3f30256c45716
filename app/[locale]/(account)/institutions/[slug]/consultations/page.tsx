import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PhaseBadge } from "@/components/consultations/phase-badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { requireScopedPermission } from "@/lib/auth/redirects";
import { listInstitutionConsultations } from "@/lib/consultations/queries";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";
import { getInstitutionBySlug } from "@/lib/institutions/queries";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "consultationAdmin" });
  return pageTitle(locale, t("title"), "consultations");
}

export default async function InstitutionConsultationsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const institution = await getInstitutionBySlug((await params).slug);
  if (!institution) notFound();
  await requireScopedPermission(locale, "consultations.manage", { institutionId: institution.id });
  const [t, format, consultations] = await Promise.all([
    getTranslations({ locale }),
    getFormatter({ locale }),
    listInstitutionConsultations(institution.id),
  ]);
  const name = institution.officeName ?? institution.name;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: name, href: { pathname: "/institutions/[slug]", params: { slug: institution.slug } } },
          { label: t("consultationAdmin.title") },
        ]}
      />
      <h1 className="text-3xl font-bold">
        {t("consultationAdmin.title")}: {name}
      </h1>
      <p className="mt-4 max-w-3xl">{t("consultationAdmin.intro", { days: institution.consultationMinDays })}</p>
      <p className="mt-4">
        <ButtonLink href={{ pathname: "/institutions/[slug]/consultations/new", params: { slug: institution.slug } }}>
          {t("consultationAdmin.new")}
        </ButtonLink>{" "}
        {/* The office's other calls to organisations are managed next door. */}
        <ButtonLink
          href={{ pathname: "/institutions/[slug]/competitions", params: { slug: institution.slug } }}
          variant="secondary"
        >
          {t("competitionsAdmin.title")}
        </ButtonLink>
      </p>
      {consultations.length === 0 ? (
        <EmptyState title={t("consultationAdmin.empty")} />
      ) : (
        <Table caption={t("consultationAdmin.tableCaption", { count: consultations.length })}>
          <thead>
            <tr>
              <Th>{t("consultationAdmin.consultation")}</Th>
              <Th>{t("consultationAdmin.state")}</Th>
              <Th>{t("consultationAdmin.dates")}</Th>
              <Th>{t("consultationAdmin.remarks")}</Th>
            </tr>
          </thead>
          <tbody>
            {consultations.map((consultation) => (
              <tr key={consultation.id}>
                <Th scope="row">
                  <Link
                    href={{ pathname: "/consultations/[slug]/edit", params: { slug: consultation.slug } }}
                    className="underline"
                  >
                    {consultation.title}
                  </Link>
                  <span className="block font-normal text-slate-700">
                    {t(`consultations.kinds.${consultation.kind}`)}
                  </span>
                </Th>
                <Td>
                  <PhaseBadge phase={consultation.phase} />
                </Td>
                <Td>{format.dateTimeRange(consultation.startsAt, consultation.endsAt, { dateStyle: "medium" })}</Td>
                <Td>{consultation._count.remarks}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
