import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Pln } from "@/components/small-grants/money";
import { computeCosts } from "@/lib/offers/calc/costs";
import { offerSectionKeys, type OfferDocument } from "@/lib/offers/document/schema";
import { templateDefinition } from "@/lib/offers/template/templates";
import type { TemplateField } from "@/lib/offers/template/types";

const isNa = (value: unknown) => typeof value === "object" && value !== null && "na" in value;

/** One typed value as the template prints it: text, "nie dotyczy", an amount, a chosen wording. */
function Value({ field, value }: { field: TemplateField; value: unknown }) {
  const t = useTranslations("smallGrants.document");
  if (value === undefined || value === null || value === "") return <span className="italic">{t("empty")}</span>;
  if (isNa(value)) return <span lang="pl">nie dotyczy</span>;
  if (typeof value === "number") return <Pln grosze={value} />;
  if (value === true) return <>{t("confirmed")}</>;
  if (typeof value === "object") {
    const register = value as { kind?: string; number?: string; name?: string };
    const option = field.options?.find((o) => o.value === register.kind);
    return <span lang="pl">{[option?.label, register.name, register.number].filter(Boolean).join(", ")}</span>;
  }
  const option = field.options?.find((o) => o.value === value);
  return <span className="whitespace-pre-line">{option ? <span lang="pl">{option.label}</span> : String(value)}</span>;
}

function Row({ field, children }: { field: TemplateField; children: ReactNode }) {
  return (
    <div className="border-b border-slate-200 py-2">
      <dt className="font-semibold" lang="pl">
        {field.ref} {field.label}
      </dt>
      <dd className="mt-1">{children}</dd>
    </div>
  );
}

/**
 * The submitted offer in the order of its statutory template, with each
 * field's Polish label and reference; sums are computed, never typed. The
 * caller passes the document already redacted where it is public: a field
 * missing from the document is shown as not given.
 */
export function OfferDocumentView({
  document,
  headingLevel = 2,
}: {
  document: OfferDocument;
  headingLevel?: 2 | 3 | 4;
}) {
  const t = useTranslations("smallGrants.document");
  const Heading = `h${headingLevel}` as "h2" | "h3" | "h4";
  const fields = templateDefinition(document.template).fields;
  const costs = computeCosts(document.costs, document.years);
  const sections = document as unknown as Record<string, Record<string, unknown>>;
  return (
    <div>
      {offerSectionKeys(document.template).map((key) => {
        const own = fields.filter((field) => field.section === key);
        return (
          <section key={key} aria-labelledby={`sg-doc-${key}`} className="mt-6">
            <Heading id={`sg-doc-${key}`} className="text-xl font-semibold">
              {t(`sections.${key}`)}
            </Heading>
            <dl>
              {own
                .filter((field) => field.scope === "section")
                .map((field) => (
                  <Row key={field.name} field={field}>
                    <Value field={field} value={sections[key]?.[field.name]} />
                  </Row>
                ))}
              {key === "applicants" &&
                document.applicants.list.map((applicant) =>
                  own
                    .filter((field) => field.scope === "applicant" && field.name in applicant)
                    .map((field) => (
                      <Row key={`${applicant.organisationId}-${field.name}`} field={field}>
                        <Value field={field} value={(applicant as Record<string, unknown>)[field.name]} />
                      </Row>
                    )),
                )}
              {key === "applicants" &&
                own
                  .filter((field) => field.scope === "contact" && field.name in document.applicants.contact)
                  .map((field) => (
                    <Row key={`contact-${field.name}`} field={field}>
                      <Value
                        field={field}
                        value={(document.applicants.contact as Record<string, unknown>)[field.name]}
                      />
                    </Row>
                  ))}
            </dl>
            {key === "resultsTable" && document.resultsTable.length > 0 && (
              <ul className="mt-2 list-disc pl-6">
                {document.resultsTable.map((row) => (
                  <li key={row.id}>{[row.name, row.target, row.monitoring].filter(Boolean).join(" – ")}</li>
                ))}
              </ul>
            )}
            {key === "costs" && (
              <>
                <ul className="mt-2 list-disc pl-6">
                  {document.costs.lines.map((line, index) => (
                    <li key={line.id}>
                      {line.name || t("empty")} ({line.unit || "—"}): <Pln grosze={costs.lines[index]?.total ?? 0} />
                    </li>
                  ))}
                </ul>
                <p className="mt-2 font-semibold">
                  {t("costsTotal")}: <Pln grosze={costs.grandTotal} />
                </p>
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}
