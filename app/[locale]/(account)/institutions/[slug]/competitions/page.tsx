import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { requireScopedPermission } from "@/lib/auth/redirects";
import { listInstitutionCompetitions } from "@/lib/competitions/queries";
import { longDateTime } from "@/lib/i18n/date-time";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";
import { getInstitutionBySlug } from "@/lib/institutions/queries";
import { phaseAt } from "@/lib/offers/calc/deadline";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "competitionsAdmin" });
  return pageTitle(locale, t("title"));
}

export default async function InstitutionCompetitionsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const institution = await getInstitutionBySlug((await params).slug);
  if (!institution) notFound();
  await requireScopedPermission(locale, "competitions.manage", { institutionId: institution.id });
  const [t, format, competitions] = await Promise.all([
    getTranslations({ locale }),
    getFormatter({ locale }),
    listInstitutionCompetitions(institution.id),
  ]);
  const name = institution.officeName ?? institution.name;
  const now = new Date();
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: name, href: { pathname: "/institutions/[slug]", params: { slug: institution.slug } } },
          { label: t("competitionsAdmin.title") },
        ]}
      />
      <h1 className="text-3xl font-bold">
        {t("competitionsAdmin.title")}: {name}
      </h1>
      <p className="mt-4 max-w-3xl">{t("competitionsAdmin.intro")}</p>
      <p className="mt-4">
        <ButtonLink href={{ pathname: "/institutions/[slug]/competitions/new", params: { slug: institution.slug } }}>
          {t("competitionsAdmin.new")}
        </ButtonLink>
      </p>
      {competitions.length === 0 ? (
        <EmptyState title={t("competitionsAdmin.empty")} />
      ) : (
        <Table caption={t("competitionsAdmin.tableCaption", { count: competitions.length })}>
          <thead>
            <tr>
              <Th>{t("competitionsAdmin.competition")}</Th>
              <Th>{t("competitionsAdmin.state")}</Th>
              <Th>{t("competitionsAdmin.deadline")}</Th>
              <Th>{t("competitionsAdmin.pool")}</Th>
            </tr>
          </thead>
          <tbody>
            {competitions.map((competition) => (
              <tr key={competition.id}>
                <Th scope="row">
                  <Link
                    href={{ pathname: "/competitions/[slug]/edit", params: { slug: competition.slug } }}
                    className="underline"
                  >
                    {competition.title}
                  </Link>
                  {competition.reference && (
                    <span className="block font-normal text-slate-700">{competition.reference}</span>
                  )}
                </Th>
                <Td>
                  {t(`competitionsAdmin.phases.${phaseAt(competition, now)}`)}
                  {competition.pendingQuestions > 0 && (
                    <Link
                      href={{ pathname: "/competitions/[slug]/questions", params: { slug: competition.slug } }}
                      className="block underline"
                    >
                      {t("competitionsAdmin.pendingQuestions", { count: competition.pendingQuestions })}
                    </Link>
                  )}
                </Td>
                <Td>{longDateTime(format, competition.offersDeadline)}</Td>
                <Td>{format.number(Number(competition.totalPool) / 100, { style: "currency", currency: "PLN" })}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
