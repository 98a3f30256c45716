import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { newsImagePath } from "@/lib/news/body";
import type { NewsCard } from "@/lib/news/queries";
import { longDateTime } from "@/lib/i18n/date-time";

/** Who wrote the article, as lists and pages name them. */
export function authorName(card: Pick<NewsCard, "organisation" | "institution">, platform: string): string {
  return card.organisation?.name ?? card.institution?.officeName ?? card.institution?.name ?? platform;
}

/** Articles as cards: cover, type, title, date and author, lead, and an event's date and place. */
export function ArticleList({
  items,
  platform,
  headingLevel = 3,
  featured = false,
}: {
  items: NewsCard[];
  platform: string;
  headingLevel?: 2 | 3;
  featured?: boolean;
}) {
  const t = useTranslations("news");
  const format = useFormatter();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol className={`mt-4 grid gap-4 ${featured ? "md:grid-cols-3" : "md:grid-cols-2"}`}>
      {items.map((item) => (
        <li
          key={item.id}
          className={`flex flex-col rounded border-2 p-4 ${featured ? "border-blue-900" : "border-slate-300"}`}
        >
          {item.coverImage && (
            // eslint-disable-next-line @next/next/no-img-element -- the platform's own re-encoded picture, served by its route
            <img
              src={newsImagePath(item.coverImage.id)}
              alt={item.coverImage.alt}
              width={item.coverImage.width}
              height={item.coverImage.height}
              loading="lazy"
              className="mb-3 aspect-[16/9] w-full rounded object-cover"
            />
          )}
          <p className="text-sm font-semibold tracking-wide text-slate-800 uppercase">{t(`kinds.${item.kind}`)}</p>
          <Heading className="mt-1 text-xl font-bold">
            <Link href={{ pathname: "/news/[slug]", params: { slug: item.slug } }} className="underline">
              {item.title}
            </Link>
          </Heading>
          <p className="mt-1 text-slate-800">
            {item.publishedAt && (
              <time dateTime={item.publishedAt.toISOString()}>
                {format.dateTime(item.publishedAt, { dateStyle: "long" })}
              </time>
            )}{" "}
            · {authorName(item, platform)}
          </p>
          {item.eventStartsAt && (
            <p className="mt-1 font-semibold">
              {t("eventOn", { date: longDateTime(format, item.eventStartsAt) })}
              {item.eventPlace ? ` · ${item.eventPlace}` : ""}
            </p>
          )}
          <p className="mt-2">{item.lead}</p>
        </li>
      ))}
    </ol>
  );
}
