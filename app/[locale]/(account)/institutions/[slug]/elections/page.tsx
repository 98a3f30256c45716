import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ElectionPhaseBadge } from "@/components/elections/election-phase-badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { requireScopedPermission } from "@/lib/auth/redirects";
import { listInstitutionElections } from "@/lib/elections/queries";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";
import { getInstitutionBySlug } from "@/lib/institutions/queries";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "electionAdmin" });
  return pageTitle(locale, t("title"), "elections");
}

export default async function InstitutionElectionsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const institution = await getInstitutionBySlug((await params).slug);
  if (!institution) notFound();
  await requireScopedPermission(locale, "elections.manage", { institutionId: institution.id });
  const [t, format, elections] = await Promise.all([
    getTranslations({ locale }),
    getFormatter({ locale }),
    listInstitutionElections(institution.id),
  ]);
  const name = institution.officeName ?? institution.name;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: name, href: { pathname: "/institutions/[slug]", params: { slug: institution.slug } } },
          { label: t("electionAdmin.title") },
        ]}
      />
      <h1 className="text-3xl font-bold">
        {t("electionAdmin.title")}: {name}
      </h1>
      <p className="mt-4 max-w-3xl">{t("electionAdmin.intro")}</p>
      <p className="mt-4">
        <ButtonLink href={{ pathname: "/institutions/[slug]/elections/new", params: { slug: institution.slug } }}>
          {t("electionAdmin.new")}
        </ButtonLink>
      </p>
      {elections.length === 0 ? (
        <EmptyState title={t("electionAdmin.empty")} />
      ) : (
        <Table caption={t("electionAdmin.tableCaption", { count: elections.length })}>
          <thead>
            <tr>
              <Th>{t("electionAdmin.election")}</Th>
              <Th>{t("electionAdmin.state")}</Th>
              <Th>{t("electionAdmin.voting")}</Th>
            </tr>
          </thead>
          <tbody>
            {elections.map((election) => (
              <tr key={election.id}>
                <Th scope="row">
                  <Link
                    href={{ pathname: "/elections/[slug]/edit", params: { slug: election.slug } }}
                    className="underline"
                  >
                    {election.title}
                  </Link>
                  <span className="block font-normal text-slate-700">{election.councilName}</span>
                </Th>
                <Td>
                  <ElectionPhaseBadge phase={election.phase} />
                </Td>
                <Td>{format.dateTimeRange(election.votingStartAt, election.votingEndAt, { dateStyle: "medium" })}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
