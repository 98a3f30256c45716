import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OffersList } from "@/components/offers/editor/offers-list";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FlashNotice } from "@/components/ui/flash-notice";
import { requireUser } from "@/lib/auth/redirects";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { answerNotice } from "@/lib/offers/co-applicants/answer-notice";
import { ANSWERED_PARAM } from "@/lib/offers/co-applicants/notice-params";
import { myOffers } from "@/lib/offers/queries";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "offerEditor.list" });
  return pageTitle(locale, t("title"));
}

/** My organisations' offers: drafts and submitted ones, in every competition. */
export default async function OffersPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const [t, offers, answered] = await Promise.all([
    getTranslations({ locale }),
    myOffers(user),
    // Just declined an invitation or withdrew from an offer (components/offers/co-applicants/consent-buttons.tsx).
    searchParams.then((query) => answerNotice(query[ANSWERED_PARAM], user)),
  ]);
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("offerEditor.list.title") }]} />
      <h1 className="text-3xl font-bold">{t("offerEditor.list.title")}</h1>
      {answered && (
        <FlashNotice>
          {t(
            answered.answer === "LEFT" ? "offerEditor.invitation.leftNotice" : "offerEditor.invitation.declinedNotice",
            {
              name: answered.organisationName,
              title: answered.title ?? t("offerEditor.untitled"),
            },
          )}
        </FlashNotice>
      )}
      <p className="mt-2 max-w-3xl">{t("offerEditor.list.intro")}</p>
      <OffersList offers={offers} now={new Date()} member={user.organisations.length > 0} />
    </>
  );
}
