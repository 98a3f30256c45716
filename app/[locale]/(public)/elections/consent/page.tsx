import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ConsentForm } from "@/components/elections/consent-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { nominationByConsentToken } from "@/lib/elections/nominations/queries";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "consent" });
  return { ...(await pageTitle(locale, t("title"), "elections")), robots: { index: false } };
}

/** The candidate's single-use link from the e-mail: consent, or refuse, without an account. */
export default async function ConsentPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const raw = (await searchParams).token;
  const token = typeof raw === "string" && /^[A-Za-z0-9_-]{43}$/.test(raw) ? raw : null;
  const [t, format, nomination] = await Promise.all([
    getTranslations({ locale }),
    getFormatter({ locale }),
    token ? nominationByConsentToken(token) : null,
  ]);
  return (
    <ClientMessages namespaces={["consent", "errors", "forms.errors", "nominations.refusals", "ui"]}>
      <h1 className="text-3xl font-bold">{t("consent.title")}</h1>
      {!token || !nomination ? (
        <Alert tone="error">{t("nominations.refusals.consentLinkInvalid")}</Alert>
      ) : (
        <>
          <dl className="mt-4 grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[minmax(10rem,auto)_1fr]">
            <dt className="font-semibold">{t("consent.election")}</dt>
            <dd>
              <Link
                href={{ pathname: "/elections/[slug]", params: { slug: nomination.election.slug } }}
                className="underline"
                lang="pl"
              >
                {nomination.election.title}
              </Link>
            </dd>
            <dt className="font-semibold">{t("consent.council")}</dt>
            <dd lang="pl">{nomination.election.councilName}</dd>
            <dt className="font-semibold">{t("consent.nominatedBy")}</dt>
            <dd lang="pl">{nomination.organisation.name}</dd>
            {nomination.area && (
              <>
                <dt className="font-semibold">{t("nominations.area")}</dt>
                <dd lang="pl">{nomination.area.name}</dd>
              </>
            )}
            <dt className="font-semibold">{t("nominations.statement")}</dt>
            <dd className="whitespace-pre-line" lang="pl">
              {nomination.statement}
            </dd>
            <dt className="font-semibold">{t("consent.deadline")}</dt>
            <dd>{format.dateTime(nomination.election.nominationsEndAt, { dateStyle: "long", timeStyle: "short" })}</dd>
          </dl>
          <ConsentForm target={{ token: token }} candidateName={nomination.candidateName} />
        </>
      )}
    </ClientMessages>
  );
}
