import { useFormatter, useTranslations } from "next-intl";
import { HomeBlock } from "@/components/home/home-block";
import type { PartnerRequestClosing } from "@/lib/home/queries";
import { Link } from "@/lib/i18n/navigation";
import { dayText, daysBetween, warsawDay } from "@/lib/partnerships/requests/dates";

/** Open partner requests, replies closing soonest first: who seeks partners and until when. */
export function HomePartnerRequests({ items, now }: { items: PartnerRequestClosing[]; now: Date }) {
  const t = useTranslations("home");
  const format = useFormatter();
  return (
    <HomeBlock
      id="home-partner-requests"
      heading={t("partnerRequests")}
      empty={items.length === 0}
      emptyText={t("noPartnerRequests")}
      allHref="/partnerships"
      allLabel={t("allPartnerRequests")}
    >
      {items.map((request) => {
        const author = request.organisation?.name ?? request.institution?.officeName ?? request.institution?.name;
        // Replies close at the end of their day in Poland: 0 days left on it, as the list counts.
        const left = Math.max(0, daysBetween(warsawDay(now), dayText(request.repliesCloseOn)));
        return (
          <li key={request.id} className="rounded border-2 border-slate-300 p-3">
            <h3 className="text-lg font-bold break-words">
              <Link
                href={{ pathname: "/partnerships/[slug]", params: { slug: request.slug } }}
                className="underline"
                lang="pl"
              >
                {request.title}
              </Link>
            </h3>
            {author && <p lang="pl">{author}</p>}
            <p>
              {t("repliesClose", {
                date: format.dateTime(request.repliesCloseOn, { dateStyle: "long", timeZone: "UTC" }),
              })}{" "}
              (<strong>{t("daysLeft", { count: left })}</strong>)
            </p>
          </li>
        );
      })}
    </HomeBlock>
  );
}
