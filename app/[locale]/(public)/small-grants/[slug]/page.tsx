import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { OfferDocumentView } from "@/components/small-grants/offer-document";
import { PublicRemarks } from "@/components/small-grants/public-remarks";
import { SmallGrantHeader } from "@/components/small-grants/small-grant-header";
import { SmallGrantReader } from "@/components/small-grants/small-grant-viewer";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { publicSmallGrant } from "@/lib/small-grants/queries";
import { smallGrantPageView } from "@/lib/small-grants/page-view";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const found = await publicSmallGrant((await params).slug);
  return found ? pageTitle(locale, found.offer.title) : {};
}

/**
 * A small-grant offer published for remarks (art. 19a), without personal
 * data: the same for everyone (lib/http/page-cache.ts, SHARED); the remark
 * form is the browser's (components/small-grants/small-grant-viewer.tsx).
 */
export default async function SmallGrantPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const view = await smallGrantPageView((await params).slug, locale);
  if (!view) notFound();
  const t = await getTranslations({ locale });
  const { smallGrant } = view;
  return (
    <ClientMessages namespaces={["smallGrants.page", "actingAs", "forms.errors", "errors", "ui"]}>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("smallGrants.title"), href: "/small-grants" },
          { label: smallGrant.offer.title },
        ]}
      />
      <SmallGrantHeader view={view} />
      <SmallGrantReader caseId={smallGrant.id} open={view.open} signIn={view.signIn} />
      <PublicRemarks remarks={smallGrant.remarks} />
      <section aria-labelledby="sg-offer" className="mt-10">
        <h2 id="sg-offer" className="text-2xl font-semibold">
          {t("smallGrants.page.offerHeading")}
        </h2>
        <p className="mt-2">{t("smallGrants.page.redacted")}</p>
        <OfferDocumentView document={smallGrant.document} headingLevel={3} />
      </section>
    </ClientMessages>
  );
}
