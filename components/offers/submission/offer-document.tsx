import { Fragment, type ReactNode } from "react";
import { Table, Td, Th } from "@/components/ui/table";
import { computeCosts } from "@/lib/offers/calc/costs";
import { computeFunding } from "@/lib/offers/calc/funding";
import { computeSplit } from "@/lib/offers/calc/joint-split";
import type { OfferDocument } from "@/lib/offers/document/schema";
import { label, percent, pln, quantity, statementText, textOf } from "@/lib/offers/pdf/layout";
import { templateField } from "@/lib/offers/template/templates";

function Field({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="mt-3">
      <dt className="font-semibold">{name}</dt>
      <dd className="mt-1 border-l-4 border-slate-300 pl-3 whitespace-pre-line">{children || "—"}</dd>
    </div>
  );
}

function Heading({ children }: { children: ReactNode }) {
  return <h3 className="mt-8 text-xl font-semibold">{children}</h3>;
}

/**
 * A submitted offer read-only, in the order and with the statutory Polish
 * labels of its PDF (lib/offers/pdf/offer-pdf.ts): the same document, the
 * same computed sums. The statutory text is Polish, so the block is marked so.
 */
export function OfferDocumentView({
  document: doc,
  institutionName,
  task,
  joint,
}: {
  document: OfferDocument;
  institutionName: string;
  task: string;
  joint: boolean;
}) {
  const costs = computeCosts(doc.costs, doc.years);
  const funding = computeFunding(costs, doc.funding);
  const split = joint ? computeSplit(costs, doc.jointSplit, doc.applicants.list) : null;
  const names = new Map(doc.applicants.list.map((a) => [a.organisationId, a.name ?? ""]));
  return (
    <div lang="pl">
      <Heading>I. Podstawowe informacje o złożonej ofercie</Heading>
      <dl>
        <Field name="1. Organ administracji publicznej, do którego jest adresowana oferta">{institutionName}</Field>
        <Field name="2. Rodzaj zadania publicznego">{task}</Field>
      </dl>
      <Heading>II. Dane oferenta(-tów)</Heading>
      {doc.applicants.list.map((a, i) => (
        // The applicant's number stands before its list: a <dl> holds only terms and definitions (axe).
        <Fragment key={a.organisationId}>
          {joint && <p className="mt-4 font-semibold">Oferent {i + 1}</p>}
          <dl className="mt-2">
            <Field name={label(doc, "applicants", "name", "applicant")}>{a.name}</Field>
            <Field name={label(doc, "applicants", "legalForm", "applicant")}>{a.legalForm}</Field>
            <Field name={label(doc, "applicants", "register", "applicant")}>
              {a.register
                ? `${a.register.kind === "KRS" ? "KRS" : (a.register.name ?? "")} ${a.register.number ?? ""}`
                : ""}
            </Field>
            <Field name={label(doc, "applicants", "seatAddress", "applicant")}>{a.seatAddress}</Field>
            <Field name={label(doc, "applicants", "email", "applicant")}>{a.email}</Field>
            <Field name={label(doc, "applicants", "phone", "applicant")}>{a.phone}</Field>
          </dl>
        </Fragment>
      ))}
      <dl>
        <Field name={label(doc, "applicants", "name", "contact")}>
          {[doc.applicants.contact.name, doc.applicants.contact.phone, doc.applicants.contact.email]
            .filter(Boolean)
            .join(", ")}
        </Field>
      </dl>
      <Heading>III. Opis zadania</Heading>
      <dl>
        <Field name={`1. ${label(doc, "description", "title")}`}>{doc.description.title}</Field>
        <Field name="2. Termin realizacji zadania publicznego">
          {doc.description.startsOn} – {doc.description.endsOn}
        </Field>
        <Field name={`3. ${label(doc, "description", "synopsis")}`}>{doc.description.synopsis}</Field>
      </dl>
      {doc.years.map((year) => (
        <Table key={year} caption={`4. Plan i harmonogram działań na rok ${year}`} stacked>
          <thead>
            <tr>
              <Th>Lp.</Th>
              <Th>Nazwa działania</Th>
              <Th>Opis</Th>
              <Th>Grupa docelowa</Th>
              <Th>Planowany termin realizacji</Th>
              {joint && <Th>Oferent realizujący działanie</Th>}
            </tr>
          </thead>
          <tbody>
            {(doc.plan[String(year)] ?? []).map((action, i) => (
              <tr key={action.id}>
                <Td label="Lp.">{i + 1}</Td>
                <Td label="Nazwa działania">{action.name}</Td>
                <Td label="Opis">{action.description}</Td>
                <Td label="Grupa docelowa">{action.targetGroup}</Td>
                <Td label="Planowany termin realizacji">{action.period}</Td>
                {joint && <Td label="Oferent">{names.get(action.applicantId ?? "")}</Td>}
              </tr>
            ))}
          </tbody>
        </Table>
      ))}
      <dl>
        <Field name={`5. ${label(doc, "results", "directEffect")}`}>{doc.results.directEffect}</Field>
        <Field name={label(doc, "results", "socialChange")}>{doc.results.socialChange}</Field>
        <Field name={label(doc, "results", "sustainability")}>{doc.results.sustainability}</Field>
      </dl>
      <Table caption="6. Dodatkowe informacje dotyczące rezultatów realizacji zadania publicznego" stacked>
        <thead>
          <tr>
            <Th>{label(doc, "resultsTable", "name")}</Th>
            <Th>{label(doc, "resultsTable", "target")}</Th>
            <Th>{label(doc, "resultsTable", "monitoring")}</Th>
          </tr>
        </thead>
        <tbody>
          {doc.resultsTable.map((row) => (
            <tr key={row.id}>
              <Td label="Rezultat">{row.name}</Td>
              <Td label="Wartość docelowa">{row.target}</Td>
              <Td label="Monitorowanie">{row.monitoring}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <Heading>IV. Charakterystyka oferenta</Heading>
      <dl>
        <Field name={`1. ${label(doc, "profile", "previousActivity")}`}>{doc.profile.previousActivity}</Field>
        <Field name={`2. ${label(doc, "profile", "resources")}`}>{doc.profile.resources}</Field>
      </dl>
      <Heading>V. Kalkulacja przewidywanych kosztów realizacji zadania publicznego</Heading>
      <Table caption="V.A Zestawienie kosztów realizacji zadania">
        <thead>
          <tr>
            <Th>Rodzaj kosztu</Th>
            <Th>Rodzaj miary</Th>
            <Th>Koszt jednostkowy [PLN]</Th>
            <Th>Liczba jednostek</Th>
            <Th>Razem [PLN]</Th>
            {doc.years.map((year) => (
              <Th key={year}>{year} [PLN]</Th>
            ))}
          </tr>
        </thead>
        <tbody>
          {doc.costs.lines.map((line, i) => (
            <tr key={line.id}>
              <Td>{`${line.category === "ADMIN" ? "II" : "I"}. ${line.name ?? ""}`}</Td>
              <Td>{line.unit}</Td>
              <Td>{pln(line.unitCost ?? 0)}</Td>
              <Td>{quantity(costs.lines[i]!.qtyMilli)}</Td>
              <Td>{pln(costs.lines[i]!.total)}</Td>
              {costs.lines[i]!.perYear.map((value, y) => (
                <Td key={y}>{pln(value)}</Td>
              ))}
            </tr>
          ))}
          <tr className="font-semibold">
            <Td>Suma wszystkich kosztów realizacji zadania</Td>
            <Td>{""}</Td>
            <Td>{""}</Td>
            <Td>{""}</Td>
            <Td>{pln(costs.grandTotal)}</Td>
            {costs.perYearTotals.map((value, y) => (
              <Td key={y}>{pln(value)}</Td>
            ))}
          </tr>
        </tbody>
      </Table>
      <Table caption="V.B Źródła finansowania kosztów realizacji zadania">
        <thead>
          <tr>
            <Th>Lp.</Th>
            <Th>Źródło finansowania</Th>
            <Th>Wartość [PLN]</Th>
            <Th>Udział [%]</Th>
          </tr>
        </thead>
        <tbody>
          {funding.rows.map((row) => (
            <tr key={row.ref}>
              <Td>{row.ref}</Td>
              <Td>{label(doc, "funding", row.key)}</Td>
              <Td>{pln(row.value)}</Td>
              <Td>{percent(row.shareBp)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {split && (
        <Table caption="V.C Podział kosztów realizacji zadania pomiędzy oferentów">
          <thead>
            <tr>
              <Th>Nazwa oferenta</Th>
              <Th>Razem [PLN]</Th>
              {split.years.map((year) => (
                <Th key={year}>{year} [PLN]</Th>
              ))}
            </tr>
          </thead>
          <tbody>
            {split.applicants.map((a) => (
              <tr key={a.organisationId}>
                <Td>{names.get(a.organisationId)}</Td>
                <Td>{pln(a.total)}</Td>
                {a.perYear.map((value, y) => (
                  <Td key={y}>{pln(value)}</Td>
                ))}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Heading>VI. Inne informacje</Heading>
      <dl>
        <Field name={`1. ${label(doc, "other", "paid")}`}>
          {templateField(doc.template, "other", "paid")?.options?.find((o) => o.value === doc.other.paid)?.label}
        </Field>
        <Field name={`2. ${label(doc, "other", "jointRoles")}`}>{textOf(doc.other.jointRoles)}</Field>
        <Field name={`3. ${label(doc, "other", "otherInfo")}`}>{textOf(doc.other.otherInfo)}</Field>
      </dl>
      <Heading>VII. Oświadczenia</Heading>
      <ol className="mt-2 list-decimal pl-6">
        {(["s1", "s2", "s3", "s4", "s5", "s6", "s7"] as const).map((key) => {
          const field = templateField(doc.template, "statements", key);
          return field ? <li key={key}>{statementText(field, doc.statements[key])}</li> : null;
        })}
      </ol>
    </div>
  );
}
