import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ForYouList } from "@/components/partnerships/suggestions/for-you-list";
import { PartyPicker } from "@/components/partnerships/suggestions/party-picker";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getCurrentUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { forYouEntries, partyChoices } from "@/lib/partnerships/suggestions/page-view";
import { chosenParty, partiesOfActor, partyChoice, sameParty } from "@/lib/partnerships/party";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ party?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "partnerSuggestions.forYou" });
  return pageTitle(locale, t("title"), "partnerships");
}

/**
 * Open requests that fit the organisation or office one acts for. A visitor,
 * or someone acting for nobody, is told what the page is and how to get there.
 * The party comes from the address but counts only if it is among the
 * person's own (chosenParty picks from those).
 */
export default async function ForYouPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const [t, user, query] = await Promise.all([getTranslations({ locale }), getCurrentUser(), searchParams]);
  const choices = user ? await partyChoices(partiesOfActor(user)) : [];
  const party = chosenParty(
    typeof query.party === "string" ? query.party : undefined,
    choices.map((c) => c.party),
  );
  const chosen = party ? choices.find((c) => sameParty(c.party, party))! : null;
  const entries = party ? await forYouEntries(party, locale) : [];
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("partnerSuggestions.requestsBreadcrumb"), href: "/partnerships" },
          { label: t("partnerSuggestions.forYou.title") },
        ]}
      />
      <h1 className="text-3xl font-bold">{t("partnerSuggestions.forYou.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("partnerSuggestions.forYou.intro")}</p>
      {!user ? (
        <Alert>
          <p>{t("partnerSuggestions.forYou.visitor")}</p>
          <p className="mt-2">
            <Link href="/sign-in">{t("partnerSuggestions.forYou.signIn")}</Link>
          </p>
        </Alert>
      ) : !chosen ? (
        <Alert>
          <p>{t("partnerSuggestions.forYou.noParty")}</p>
          <p className="mt-2 flex flex-wrap gap-4">
            <Link href="/organisations/register">{t("partnerSuggestions.forYou.register")}</Link>
            <Link href="/partnerships">{t("partnerSuggestions.forYou.browse")}</Link>
          </p>
        </Alert>
      ) : (
        <>
          {choices.length > 1 && <PartyPicker choices={choices} current={partyChoice(chosen.party)} />}
          <h2 className="mt-6 text-2xl font-bold">
            {t("partnerSuggestions.forYou.showingFor", { name: chosen.name })}
          </h2>
          {chosen.party.kind === "institution" && <p className="mt-2">{t("partnerSuggestions.forYou.officeNote")}</p>}
          {!chosen.open && chosen.slug && (
            <Alert tone="warning">
              <p>{t("partnerSuggestions.forYou.notOpenToPartnerships", { name: chosen.name })}</p>
              <p className="mt-2">
                <Link href={{ pathname: "/organisations/[slug]/partnerships", params: { slug: chosen.slug } }}>
                  {t("partnerSuggestions.forYou.editProfile")}
                </Link>
              </p>
            </Alert>
          )}
          <ForYouList entries={entries} />
          <p className="mt-6 max-w-3xl">
            {t("partnerSuggestions.forYou.digest")}{" "}
            <Link href="/notifications/settings">{t("partnerSuggestions.forYou.digestLink")}</Link>
          </p>
        </>
      )}
    </>
  );
}
