import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ReasonsRequestForm } from "@/components/competitions/decision/reasons-forms";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireUser } from "@/lib/auth/redirects";
import { reasonsPageView } from "@/lib/competitions/decision/reasons";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "competitionDecision.reasons" });
  return pageTitle(locale, t("title"));
}

/** Anyone signed in asks why an offer was chosen or rejected (art. 15 ust. 2j UDPP) and reads the answers. */
export default async function CompetitionReasonsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const { slug } = await params;
  const view = await reasonsPageView(slug, user.id);
  if (!view) notFound();
  const t = await getTranslations({ locale, namespace: "competitionDecision.reasons" });
  const nav = await getTranslations({ locale, namespace: "nav" });
  const format = await getFormatter({ locale });
  const until = format.dateTime(new Date(view.until.getTime() - 1), { dateStyle: "long", timeZone: "Europe/Warsaw" });
  return (
    <ClientMessages namespaces={["competitionDecision", "errors", "forms.errors", "ui"]}>
      <Breadcrumbs
        items={[
          { label: nav("home"), href: "/" },
          { label: view.title, href: { pathname: "/competitions/[slug]/results", params: { slug } } },
          { label: t("title") },
        ]}
      />
      <h1 className="text-3xl font-bold">
        {t("heading")} <span lang="pl">{view.title}</span>
      </h1>
      <p className="mt-2 max-w-3xl">{t("rule")}</p>
      {view.open ? (
        <>
          <p className="mt-2 font-semibold">{t("until", { until })}</p>
          <ReasonsRequestForm competitionId={view.id} offers={view.offers} />
        </>
      ) : (
        <p className="mt-2 font-semibold">{t("closed", { until })}</p>
      )}
      <section aria-labelledby="own-requests" className="mt-10 max-w-3xl">
        <h2 id="own-requests" className="text-2xl font-bold">
          {t("ownHeading")}
        </h2>
        {view.requests.length === 0 ? (
          <p className="mt-2">{t("ownNone")}</p>
        ) : (
          <ul className="mt-2 space-y-4">
            {view.requests.map((request) => (
              <li key={request.id} className="rounded border border-slate-400 p-3">
                <p className="font-semibold">
                  {format.dateTime(request.receivedAt, {
                    dateStyle: "long",
                    timeStyle: "short",
                    timeZone: "Europe/Warsaw",
                  })}
                  {" · "}
                  {request.offer ? t("about", { title: request.offer.title }) : t("aboutCompetition")}
                </p>
                <p className="whitespace-pre-line">{request.body}</p>
                {request.state === "ANSWERED" ? (
                  <p className="mt-2 whitespace-pre-line" lang="pl">
                    <span className="font-semibold">{t("answerLabel")}</span> {request.answer}
                  </p>
                ) : (
                  <p className="mt-2">{t("waiting")}</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </ClientMessages>
  );
}
