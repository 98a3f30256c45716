import { useFormatter, useTranslations } from "next-intl";
import { PolishContentNotice } from "@/components/i18n/polish-content-notice";
import { PlaceName } from "@/components/partnerships/place-name";
import { Link } from "@/lib/i18n/navigation";
import type { PartnerRequestPageView } from "@/lib/partnerships/requests/page-view";

/** A day ("YYYY-MM-DD") as a Date at noon UTC, so formatting in Polish time never moves it to another day. */
export const dayAsDate = (day: string) => new Date(`${day}T12:00:00Z`);

/**
 * The request's title, where it stands (in words, never colour alone), who
 * posts it, when replies close and how many have answered.
 */
export function PartnerRequestHeader({ view }: { view: PartnerRequestPageView }) {
  const t = useTranslations("partnerRequests");
  const format = useFormatter();
  const closes = format.dateTime(dayAsDate(view.repliesCloseOn), { dateStyle: "long" });
  return (
    <header>
      <p className="text-sm font-semibold tracking-wide text-slate-800 uppercase">{t("kicker")}</p>
      <h1 className="mt-1 text-3xl font-bold break-words" lang="pl">
        {view.title}
      </h1>
      <PolishContentNotice kind="document" />
      <p className="mt-3">
        <span className="inline-block rounded border-2 border-slate-800 px-2 py-0.5 text-sm font-semibold">
          {t(`status.${view.status}`)}
        </span>
      </p>
      <dl className="mt-4 grid max-w-3xl gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t(`party.${view.party.kind}`)}</dt>
        <dd>
          {view.party.kind === "organisation" ? (
            <Link href={{ pathname: "/organisations/[slug]", params: { slug: view.party.slug } }} className="underline">
              {view.party.name}
            </Link>
          ) : (
            <Link href={{ pathname: "/institutions/[slug]", params: { slug: view.party.slug } }} className="underline">
              {view.party.name}
            </Link>
          )}{" "}
          (<PlaceName unit={view.party.seat} />)
        </dd>
        <dt className="font-semibold">{t("repliesClose")}</dt>
        <dd>
          <time dateTime={view.repliesCloseOn}>{closes}</time>
          {view.status === "OPEN" && <> – {t("daysLeft", { count: view.daysLeft })}</>}
        </dd>
        <dt className="font-semibold">{t("partnersWanted")}</dt>
        <dd>{t("partnersCount", { wanted: view.maxPartners, accepted: view.acceptedCount })}</dd>
        <dt className="font-semibold">{t("interests")}</dt>
        <dd>{t("interestCount", { count: view.interestCount })}</dd>
      </dl>
    </header>
  );
}
