import { useFormatter, useTranslations } from "next-intl";
import { day } from "@/components/competitions/public/format";
import type { CompetitionPageView } from "@/lib/competitions/page-view";
import { longDateTime } from "@/lib/i18n/date-time";

function Part({ id, heading, children }: { id: string; heading: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8 max-w-3xl">
      <h2 id={`${id}-heading`} className="text-2xl font-bold">
        {heading}
      </h2>
      {children}
    </section>
  );
}

/**
 * The facts around the announcement: the attachments an offer must carry, the
 * documents to download, where and when it was published (the 21 days count
 * from the last required channel), the deadline with every extension and its
 * reason, and whom to ask.
 */
export function CompetitionFacts({ competition }: { competition: CompetitionPageView }) {
  const t = useTranslations("competitions.page");
  const format = useFormatter();
  const c = competition;
  return (
    <>
      {c.attachmentRequirements.length > 0 && (
        <Part id="attachments" heading={t("attachments")}>
          <ul className="mt-3 list-disc space-y-1 pl-6">
            {c.attachmentRequirements.map((a) => (
              <li key={a.id}>
                <span lang="pl">{a.label}</span>
                {" – "}
                {a.required ? t("attachmentRequired") : t("attachmentOptional")}
                {a.condition !== "ALWAYS" && <>, {t(`attachmentConditions.${a.condition}`)}</>}
                {a.perApplicant && <>, {t("attachmentPerApplicant")}</>}
                {a.description && (
                  <span className="block text-sm" lang="pl">
                    {a.description}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </Part>
      )}
      {c.documents.length > 0 && (
        <Part id="documents" heading={t("documents")}>
          <ul className="mt-3 list-disc space-y-1 pl-6">
            {c.documents.map((document) => (
              <li key={document.id}>
                <a href={`/api/competitions/${c.id}/documents/${document.id}`} className="underline" lang="pl">
                  {document.title}
                </a>{" "}
                ({t(`documentKinds.${document.kind}`)}, {document.file.kind.toUpperCase()},{" "}
                {format.number(document.file.size / 1024, { maximumFractionDigits: 0 })} KB)
              </li>
            ))}
          </ul>
        </Part>
      )}
      <Part id="publications" heading={t("publications")}>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          {c.publications.map((p) => (
            <li key={p.channel}>
              {t(`publicationChannels.${p.channel}`)}: {day(format, p.publishedOn)}
              {p.url && (
                <>
                  {" – "}
                  <a href={p.url} className="underline" rel="noopener nofollow">
                    {t("publicationLink")}
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      </Part>
      <Part id="deadline" heading={t("deadline")}>
        <p className="mt-3">
          {t("offersWindow", {
            from: longDateTime(format, c.offersOpenAt),
            to: longDateTime(format, c.offersDeadline),
          })}
        </p>
        {c.deadlineChanges.length > 0 && (
          <ol className="mt-3 list-decimal space-y-2 pl-6">
            {c.deadlineChanges.map((change) => (
              <li key={change.id}>
                {t("extension", {
                  when: day(format, change.createdAt),
                  from: longDateTime(format, change.previousDeadline),
                  to: longDateTime(format, change.newDeadline),
                })}
                <span className="block" lang="pl">
                  {change.reason}
                  {change.actReference && <> ({change.actReference})</>}
                </span>
                {change.document && (
                  <a href={`/api/competitions/${c.id}/documents/${change.document.id}`} className="underline" lang="pl">
                    {change.document.title}
                  </a>
                )}
              </li>
            ))}
          </ol>
        )}
      </Part>
      <Part id="contact" heading={t("contact")}>
        <p className="mt-3" lang="pl">
          {c.contactName}
        </p>
        {c.contactEmail && (
          <p>
            <a href={`mailto:${c.contactEmail}`} className="underline">
              {c.contactEmail}
            </a>
          </p>
        )}
        {c.contactPhone && <p>{c.contactPhone}</p>}
      </Part>
    </>
  );
}
