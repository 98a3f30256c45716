import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { LibraryCard } from "@/lib/library/queries";
import { plainExcerpt } from "@/lib/forum/excerpt";

/** Who looks after the document, as lists and pages name them. */
export function stewardName(document: Pick<LibraryCard, "institution" | "organisation">, platform: string): string {
  return document.organisation?.name ?? document.institution?.officeName ?? document.institution?.name ?? platform;
}

/** Library documents as cards: kind and status, title, steward, an excerpt, and the current version's download. */
export function DocumentList({
  items,
  platform,
  headingLevel = 2,
}: {
  items: LibraryCard[];
  platform: string;
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations("library");
  const format = useFormatter();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol className="mt-4 space-y-4">
      {items.map((item) => (
        <li key={item.id} className="rounded border-2 border-slate-300 p-4">
          <p className="text-sm font-semibold tracking-wide text-slate-800 uppercase">
            {t(`kinds.${item.kind}`)} · {t(`statuses.${item.status}`)}
          </p>
          <Heading className="mt-1 text-xl font-bold">
            <Link href={{ pathname: "/library/[slug]", params: { slug: item.slug } }} className="underline">
              {item.title}
            </Link>
          </Heading>
          <p className="mt-1 text-slate-800">{stewardName(item, platform)}</p>
          <p className="mt-2">{plainExcerpt(item.description, 300)}</p>
          {item.currentVersion && (
            <p className="mt-2">
              <a href={`/api/library/versions/${item.currentVersion.id}`} className="font-semibold underline">
                {t("downloadCurrent", {
                  format: item.currentVersion.file.kind.toUpperCase(),
                  size: format.number(item.currentVersion.file.size / 1024, { maximumFractionDigits: 0 }),
                })}
                <span className="sr-only"> – {item.title}</span>
              </a>{" "}
              <span className="text-slate-700">
                {t("versionOf", {
                  number: item.currentVersion.number,
                  date: format.dateTime(item.currentVersion.issuedOn, { dateStyle: "long", timeZone: "UTC" }),
                })}
              </span>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
