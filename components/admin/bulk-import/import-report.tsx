import { useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/table";
import type { ImportReportRow } from "@/lib/organisations/bulk-import/queries";
import type { RowProblem } from "@/lib/organisations/bulk-import/validate";

const SHOWN = 200;

/** The rows that will not be (or were not) imported, each with its reasons; and, before the import, the records it completes. */
export function ImportReport({ rows, showMerges }: { rows: ImportReportRow[]; showMerges: boolean }) {
  const t = useTranslations("adminImport");
  const problem = (p: RowProblem) => t(`problems.${p.problem}`, { field: t(`fields.${p.field}`), value: p.value });
  const rejected = rows.filter((r) => r.status === "error" || r.status === "failed" || r.status === "duplicate");
  const merges = rows.flatMap((r) => (r.status === "merge" ? [r] : []));
  return (
    <>
      {rejected.length > 0 && (
        <Table caption={showMerges ? t("problemsHeading") : t("resultHeading")}>
          <thead>
            <tr>
              <Th>{t("row")}</Th>
              <Th>{t("problem")}</Th>
            </tr>
          </thead>
          <tbody>
            {rejected.slice(0, SHOWN).map((r) => (
              <tr key={r.row}>
                <Th scope="row">{r.row}</Th>
                <Td>
                  {r.status === "error" && (
                    <ul className="list-disc pl-5">
                      {r.problems.map((p, i) => (
                        <li key={i}>{problem(p)}</li>
                      ))}
                    </ul>
                  )}
                  {r.status === "duplicate" && t("duplicateOf", { row: r.sameAsRow })}
                  {r.status === "failed" && t(`problems.${r.reason}`)}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {rejected.length > SHOWN && <p>{t("moreRows", { count: rejected.length - SHOWN })}</p>}
      {showMerges && merges.length > 0 && (
        <Table caption={t("mergesHeading")}>
          <thead>
            <tr>
              <Th>{t("row")}</Th>
              <Th>{t("organisation")}</Th>
              <Th>{t("fills")}</Th>
            </tr>
          </thead>
          <tbody>
            {merges.slice(0, SHOWN).map((r) => (
              <tr key={r.row}>
                <Th scope="row">{r.row}</Th>
                <Td>
                  <span lang="pl">{r.organisationName}</span>
                </Td>
                <Td>{r.fills.length > 0 ? r.fills.map((f) => t(`fields.${f}`)).join(", ") : t("nothingToFill")}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
