import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Table, Td, Th } from "@/components/ui/table";
import { getElectionBySlug } from "@/lib/elections/queries";
import { registryList } from "@/lib/elections/voting/queries";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "registry" });
  return pageTitle(locale, t("title"), "elections");
}

/** The published voter registry (spis uprawnionych), frozen when voting opened. */
export default async function RegistryPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { slug } = await params;
  const election = await getElectionBySlug(slug);
  if (!election || election.status === "DRAFT" || !election.registryFrozenAt) notFound();
  const [t, format, organisations] = await Promise.all([
    getTranslations({ locale }),
    getFormatter({ locale }),
    registryList(election.id),
  ]);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("elections.title"), href: "/elections" },
          { label: election.title, href: { pathname: "/elections/[slug]", params: { slug } } },
          { label: t("registry.title") },
        ]}
      />
      <h1 className="text-3xl font-bold">
        {t("registry.title")}: {election.title}
      </h1>
      <p className="mt-4 max-w-3xl">
        {t("registry.intro", {
          when: format.dateTime(election.registryFrozenAt, { dateStyle: "long", timeStyle: "short" }),
        })}
      </p>
      <Table caption={t("registry.caption", { count: organisations.length })}>
        <thead>
          <tr>
            <Th>{t("registry.organisation")}</Th>
            <Th>KRS</Th>
            <Th>{t("registry.seat")}</Th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((organisation) => (
            <tr key={organisation.id}>
              <Th scope="row">
                <Link
                  href={{ pathname: "/organisations/[slug]", params: { slug: organisation.slug } }}
                  className="underline"
                  lang="pl"
                >
                  {organisation.name}
                </Link>
              </Th>
              <Td>{organisation.krs ?? "–"}</Td>
              <Td>
                <span lang="pl">{organisation.seatTerritory.name}</span>
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
