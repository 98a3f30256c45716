import { useFormatter, useTranslations } from "next-intl";
import type { OrganisationDocumentView } from "@/lib/organisations/documents/queries";

/** The documents an organisation publishes, each downloadable in one click. */
export function OrganisationDocuments({
  organisationId,
  documents,
}: {
  organisationId: string;
  documents: OrganisationDocumentView[];
}) {
  const t = useTranslations("organisationDocuments");
  const format = useFormatter();
  if (documents.length === 0) return null;
  return (
    <section aria-labelledby="documents-heading" className="mt-8 max-w-3xl">
      <h2 id="documents-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      <ul className="mt-2 space-y-2">
        {documents.map((document) => (
          <li key={document.id}>
            <a href={`/api/organisations/${organisationId}/documents/${document.id}`} className="underline" download>
              {document.title}
              {document.year ? ` (${document.year})` : ""}
            </a>{" "}
            <span className="text-slate-700">
              – {t(`kinds.${document.kind}`)},{" "}
              {t("fileFacts", {
                format: document.file.kind.toUpperCase(),
                size: format.number(document.file.size / 1024, { maximumFractionDigits: 0 }),
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
