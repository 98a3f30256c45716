import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { NominationForm, WithdrawNominationButton } from "@/components/competitions/public/nomination-forms";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Table, Td, Th } from "@/components/ui/table";
import { signInReturningTo } from "@/lib/auth/sign-in-link";
import { getCurrentUser } from "@/lib/auth/session";
import { commissionCallPageView } from "@/lib/competitions/commission-call/page-view";
import { visibleCompetitionBySlug } from "@/lib/competitions/page-view";
import { longDateTime } from "@/lib/i18n/date-time";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";
import { renderMarkdown } from "@/lib/text/markdown";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const competition = await visibleCompetitionBySlug((await params).slug);
  if (!competition) return {};
  const t = await getTranslations({ locale, namespace: "competitions.nominations" });
  return pageTitle(locale, `${t("title")}: ${competition.title}`, "competitions");
}

// Personal (the owner's form and nominees, the officials' list): read with the session, never cached.
export default async function CommissionCallPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { slug } = await params;
  const view = await commissionCallPageView(slug, await getCurrentUser());
  if (!view) notFound();
  const [t, format] = await Promise.all([getTranslations({ locale }), getFormatter({ locale })]);
  const { competition, call } = view;
  const routeParams = { slug };
  return (
    <ClientMessages namespaces={["competitions.nominations", "errors", "forms.errors", "ui"]}>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("competitions.title"), href: "/competitions" },
          { label: competition.title, href: { pathname: "/competitions/[slug]", params: routeParams } },
          { label: t("competitions.nominations.title") },
        ]}
      />
      <h1 className="text-3xl font-bold break-words">
        {t("competitions.nominations.title")}: <span lang="pl">{competition.title}</span>
      </h1>
      <p className="mt-4">
        {t("competitions.nominations.window", {
          from: longDateTime(format, call.opensAt),
          to: longDateTime(format, call.closesAt),
        })}{" "}
        {view.open ? t("competitions.nominations.open") : t("competitions.nominations.closed")}
      </p>
      <div
        className="prose-user mt-4 max-w-3xl space-y-3"
        lang="pl"
        dangerouslySetInnerHTML={{ __html: renderMarkdown(call.description, 2) }}
      />
      {call.requirements && (
        <section aria-labelledby="requirements-heading" className="mt-6 max-w-3xl">
          <h2 id="requirements-heading" className="text-2xl font-bold">
            {t("competitions.nominations.requirements")}
          </h2>
          <div
            className="prose-user mt-3 space-y-3"
            lang="pl"
            dangerouslySetInnerHTML={{ __html: renderMarkdown(call.requirements, 3) }}
          />
        </section>
      )}
      {view.own.length > 0 && (
        <section aria-labelledby="own-heading" className="mt-8 max-w-3xl">
          <h2 id="own-heading" className="text-2xl font-bold">
            {t("competitions.nominations.ownHeading")}
          </h2>
          <ul className="mt-3 space-y-3">
            {view.own.map((n) => (
              <li key={n.id} className="rounded border-2 border-slate-300 p-3">
                <span lang="pl">{n.organisation.name}</span>: <span lang="pl">{n.nomineeName}</span> ({n.nomineeEmail})
                {view.open && <WithdrawNominationButton nominationId={n.id} />}
              </li>
            ))}
          </ul>
        </section>
      )}
      {view.open && (
        <section aria-labelledby="nominate-heading" className="mt-8 max-w-3xl">
          <h2 id="nominate-heading" className="text-2xl font-bold">
            {t("competitions.nominations.nominateHeading")}
          </h2>
          <p className="mt-2">{t("competitions.nominations.onePerOrganisation")}</p>
          {!view.signedIn ? (
            <p className="mt-3">
              <Link
                href={signInReturningTo(
                  { pathname: "/competitions/[slug]/commission-call", params: routeParams },
                  locale,
                )}
                className="underline"
              >
                {t("competitions.nominations.signIn")}
              </Link>
            </p>
          ) : view.canNominateFor.length === 0 ? (
            <Alert tone="info">{t("competitions.nominations.onlyOwners")}</Alert>
          ) : (
            <NominationForm competitionId={competition.id} organisations={view.canNominateFor} />
          )}
        </section>
      )}
      {view.manages && (
        <section aria-labelledby="all-heading" className="mt-8">
          <h2 id="all-heading" className="text-2xl font-bold">
            {t("competitions.nominations.allHeading")}
          </h2>
          <p className="mt-3">
            <Link href={{ pathname: "/competitions/[slug]/commission", params: routeParams }}>
              {t("commission.appoint.fromCall")}
            </Link>
          </p>
          {view.all.length === 0 ? (
            <p className="mt-3">{t("competitions.nominations.none")}</p>
          ) : (
            <Table caption={t("competitions.nominations.allCaption", { count: view.all.length })} stacked>
              <thead>
                <tr>
                  <Th>{t("competitions.nominations.organisation")}</Th>
                  <Th>{t("competitions.nominations.name")}</Th>
                  <Th>{t("competitions.nominations.email")}</Th>
                  <Th>{t("competitions.nominations.phone")}</Th>
                  <Th>{t("competitions.nominations.submittedAt")}</Th>
                </tr>
              </thead>
              <tbody>
                {view.all.map((n) => (
                  <tr key={n.id}>
                    <Td label={t("competitions.nominations.organisation")}>
                      <span lang="pl">{n.organisation.name}</span>
                    </Td>
                    <Td label={t("competitions.nominations.name")}>
                      <span lang="pl">{n.nomineeName}</span>
                    </Td>
                    <Td label={t("competitions.nominations.email")}>{n.nomineeEmail}</Td>
                    <Td label={t("competitions.nominations.phone")}>{n.nomineePhone ?? "—"}</Td>
                    <Td label={t("competitions.nominations.submittedAt")}>{longDateTime(format, n.createdAt)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </section>
      )}
    </ClientMessages>
  );
}
