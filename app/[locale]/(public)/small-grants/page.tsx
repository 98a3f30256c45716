import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PublicSmallGrantList } from "@/components/small-grants/public-list";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";
import { publicSmallGrantsList } from "@/lib/small-grants/queries";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "smallGrants" });
  return pageTitle(locale, t("title"));
}

/**
 * Small grants (art. 19a) as everyone reads them: offers in their remark
 * window, the latest decided ones and the offices taking offers this year.
 * The same for everyone (lib/http/page-cache.ts, SHARED): no session is read.
 */
export default async function SmallGrantsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const [t, list] = await Promise.all([getTranslations({ locale }), publicSmallGrantsList()]);
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("smallGrants.title") }]} />
      <h1 className="text-3xl font-bold">{t("smallGrants.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("smallGrants.list.intro")}</p>
      <p className="mt-4">
        <ButtonLink href="/small-grants/new">{t("smallGrants.list.newOffer")}</ButtonLink>
      </p>
      <section aria-labelledby="sg-open" className="mt-8">
        <h2 id="sg-open" className="text-2xl font-semibold">
          {t("smallGrants.list.openHeading")}
        </h2>
        <PublicSmallGrantList rows={list.open} headingId="sg-open" empty={t("smallGrants.list.openEmpty")} />
      </section>
      <section aria-labelledby="sg-decided" className="mt-8">
        <h2 id="sg-decided" className="text-2xl font-semibold">
          {t("smallGrants.list.decidedHeading")}
        </h2>
        <PublicSmallGrantList rows={list.decided} headingId="sg-decided" empty={t("smallGrants.list.decidedEmpty")} />
      </section>
      <section aria-labelledby="sg-offices" className="mt-8">
        <h2 id="sg-offices" className="text-2xl font-semibold">
          {t("smallGrants.list.officesHeading")}
        </h2>
        {list.offices.length === 0 ? (
          <p className="mt-2">{t("smallGrants.list.officesEmpty")}</p>
        ) : (
          <ul className="mt-2 list-disc pl-6">
            {list.offices.map((office) => (
              <li key={office.slug}>
                <Link href={{ pathname: "/institutions/[slug]", params: { slug: office.slug } }} className="underline">
                  {office.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
