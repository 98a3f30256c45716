import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { InterestSection } from "@/components/partnerships/interests/interest-section";
import { PartnerRequestDetails } from "@/components/partnerships/requests/partner-request-details";
import { PartnerRequestHeader } from "@/components/partnerships/requests/partner-request-header";
import { PartnerRequestManage } from "@/components/partnerships/requests/partner-request-manage";
import { PartnerRequestModeration } from "@/components/partnerships/requests/partner-request-moderation";
import { PartnerRequestStateNotice } from "@/components/partnerships/requests/partner-request-state-notice";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getCurrentUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { interestSectionView } from "@/lib/partnerships/interests/queries";
import { replyRulesFor } from "@/lib/partnerships/requests/form-options";
import { partnerRequestPageViewOnce } from "@/lib/partnerships/requests/page-view";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const view = await partnerRequestPageViewOnce((await params).slug, locale, await getCurrentUser());
  if (!view) return {};
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: "partnerRequests" }),
    getFormatter({ locale }),
  ]);
  const closes = format.dateTime(new Date(`${view.repliesCloseOn}T12:00:00Z`), { dateStyle: "long" });
  return {
    ...(await pageTitle(locale, view.title, "partnerships")),
    description: t("metaDescription", { party: view.party.name, closes }),
    // Only an open, public request is worth finding; a closed, expired or hidden one stays out of search engines.
    ...(view.listed ? {} : { robots: { index: false } }),
  };
}

/**
 * A partner request. Its sections in order: where it stands, what it is and
 * whom it seeks, what it needs and brings, the terms and timeline; then the
 * interest workflow's section, and the party's and moderators' tools.
 */
export default async function PartnerRequestPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const viewer = await getCurrentUser();
  const view = await partnerRequestPageViewOnce((await params).slug, locale, viewer);
  if (!view) notFound();
  const [t, rules, interestView] = await Promise.all([
    getTranslations({ locale }),
    view.viewer.mayEdit ? replyRulesFor(locale) : null,
    interestSectionView(view.interestFacts, viewer),
  ]);
  return (
    <article>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("partnerRequests.listTitle"), href: "/partnerships" },
          { label: view.title },
        ]}
      />
      <PartnerRequestStateNotice view={view} />
      <PartnerRequestHeader view={view} />
      <PartnerRequestDetails view={view} />
      <InterestSection view={interestView} locale={locale} />
      {view.viewer.ofParty && (
        <p className="mt-4">
          <Link
            href={{ pathname: "/partnerships/[slug]/suggestions", params: { slug: view.slug } }}
            className="inline-flex min-h-11 items-center font-semibold underline"
          >
            {t("partnerSuggestions.seeSuggestions")}
          </Link>
        </p>
      )}
      <ClientMessages
        namespaces={["partnerRequests.manage", "partnerRequestModeration", "forms.errors", "errors", "ui"]}
      >
        {view.viewer.mayEdit && rules && (
          <PartnerRequestManage
            target={{ requestId: view.id, slug: view.slug, kind: view.party.kind, title: view.title }}
            rules={rules}
          />
        )}
        {view.viewer.moderates && view.viewer.shown && (
          <PartnerRequestModeration
            requestId={view.id}
            title={view.title}
            state={view.visibility}
            shown={view.viewer.shown}
          />
        )}
      </ClientMessages>
    </article>
  );
}
