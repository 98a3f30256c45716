import { useFormatter, useTranslations } from "next-intl";

export type EditorVersion = {
  id: string;
  number: number;
  issuedOn: Date;
  changeNote: string | null;
  review: "PROPOSED" | "ACCEPTED" | "REJECTED";
  file: { kind: string };
};

/**
 * A document's versions as its editors see them: each file (to download), its
 * date and note, and whether a moderator still has to see it. Without it the
 * edit page asked to add a file "if there is none yet" without saying.
 */
export function VersionList({ versions, title }: { versions: EditorVersion[]; title: string }) {
  const t = useTranslations("libraryVersions");
  const format = useFormatter();
  return (
    <section aria-labelledby="library-versions-list-heading" className="mt-6 max-w-4xl">
      <h2 id="library-versions-list-heading" className="text-2xl font-bold">
        {t("listHeading")}
      </h2>
      {versions.length === 0 ? (
        <p className="mt-2">{t("none")}</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {versions.map((version) => (
            <li key={version.id}>
              <a href={`/api/library/versions/${version.id}`} className="underline">
                {t("item", { number: version.number, format: version.file.kind.toUpperCase() })}
                <span className="sr-only"> – {title}</span>
              </a>
              {", "}
              {format.dateTime(version.issuedOn, { dateStyle: "long", timeZone: "UTC" })}
              {" – "}
              <span
                className={
                  version.review === "REJECTED"
                    ? "font-semibold text-red-800"
                    : version.review === "PROPOSED"
                      ? "font-semibold"
                      : ""
                }
              >
                {t(`review.${version.review}`)}
              </span>
              {version.changeNote && (
                <span className="block text-slate-700" lang="pl">
                  {version.changeNote}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
