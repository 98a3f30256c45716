import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CardForm } from "@/components/competitions/commission/card-form";
import { CardSummary } from "@/components/competitions/commission/card-summary";
import { DeclarationForm, LaterConflict } from "@/components/competitions/commission/declaration-form";
import { CommissionOfferFiles } from "@/components/competitions/commission/offer-files";
import { OfferDocumentView } from "@/components/offers/submission/offer-document";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireUser } from "@/lib/auth/redirects";
import { commissionOfferView } from "@/lib/competitions/commission/offer-view";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { isRecordId } from "@/lib/validation/record-id";

type Props = { params: Promise<{ locale: string; slug: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "commission.offer" });
  return pageTitle(locale, t("title"));
}

/** One offer for a commission member: the declaration first, then the offer beside their card. */
export default async function CommissionOfferPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const { slug, id } = await params;
  const view = isRecordId(id) ? await commissionOfferView(slug, id, user) : null;
  if (!view) notFound();
  const t = await getTranslations({ locale });
  const title = view.offer.title || t("commission.member.untitled");
  return (
    <ClientMessages namespaces={["errors", "ui", "forms.errors", "commission", "evaluation.card"]}>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: view.competition.title, href: { pathname: "/competitions/[slug]", params: { slug } } },
          { label: t("commission.title"), href: { pathname: "/competitions/[slug]/commission", params: { slug } } },
          { label: title },
        ]}
      />
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-2">{t("commission.offer.byline", { applicant: view.offer.applicant, task: view.offer.task })}</p>
      {!view.readable ? (
        view.refusal === "DECLARATION_REQUIRED" ? (
          <DeclarationForm competitionId={view.competition.id} offerId={view.offer.id} tie={view.tie} />
        ) : (
          <Alert tone="info">{t(`commission.offer.closed.${view.refusal ?? "OFFER_NOT_ADMITTED"}`)}</Alert>
        )
      ) : (
        <>
          {view.card && view.card.status !== "DRAFT" ? (
            <CardSummary card={view.card} criteria={view.criteria} currentVersion={view.version.number} />
          ) : view.mayScore ? (
            <CardForm
              competitionId={view.competition.id}
              offerId={view.offer.id}
              memberId={view.memberId}
              criteria={view.criteria}
              initial={{
                revision: view.card?.revision ?? 0,
                comment: view.card?.comment ?? "",
                scores: view.card?.scores ?? [],
              }}
            />
          ) : (
            <Alert tone="info">{t("commission.offer.readOnly")}</Alert>
          )}
          <CommissionOfferFiles
            competitionId={view.competition.id}
            offerId={view.offer.id}
            version={view.version}
            attachments={view.attachments}
          />
          <section aria-labelledby="document" className="mt-8">
            <h2 id="document" className="text-2xl font-semibold">
              {t("commission.offer.documentHeading")}
            </h2>
            <OfferDocumentView
              document={view.document}
              institutionName={view.institutionName}
              task={view.offer.task}
              joint={view.kind === "JOINT"}
            />
          </section>
          <LaterConflict competitionId={view.competition.id} offerId={view.offer.id} />
        </>
      )}
    </ClientMessages>
  );
}
