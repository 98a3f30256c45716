"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { applyKrsImportAction, previewKrsImportAction } from "@/lib/organisations/actions";

/** Compares the record with KRS, shows what would change, and saves the register's data on request. */
export function KrsImportPanel({ organisationId }: { organisationId: string }) {
  const t = useTranslations("krsImport");
  const preview = useAction(previewKrsImportAction);
  const apply = useAction(applyKrsImportAction);
  const shown = preview.result.data;
  const applied = apply.result.data;
  const value = (field: string, text: string) =>
    field === "publicBenefitStatus" || field === "inLiquidation"
      ? t(text === "yes" ? "yes" : "no")
      : text || t("empty");
  return (
    <section aria-labelledby="krs-heading" className="mt-8 max-w-4xl">
      <h2 id="krs-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      <p className="mt-2">{t("intro")}</p>
      <Button
        className="mt-3"
        variant="secondary"
        disabled={preview.isPending}
        onClick={() => preview.execute({ organisationId })}
      >
        {preview.isPending ? t("checking") : t("check")}
      </Button>
      {(preview.result.serverError || apply.result.serverError) && (
        <Alert tone="error" live>
          {t("failures.KRS_UNAVAILABLE")}
        </Alert>
      )}
      {shown && !shown.ok && (
        <Alert tone="error" live>
          {t(`failures.${shown.failure}`)}
        </Alert>
      )}
      {applied?.ok ? (
        <Alert tone="success" live>
          {t("applied", { count: applied.changes.length })}
        </Alert>
      ) : (
        shown?.ok && (
          <div className="mt-4">
            {shown.seatOutsideRegion && <Alert tone="warning">{t("seatOutside")}</Alert>}
            {shown.taken.length > 0 && (
              <Alert tone="warning">
                {t("taken", { fields: shown.taken.map((f) => t(`fields.${f}`)).join(", ") })}
              </Alert>
            )}
            {shown.changes.length === 0 ? (
              <Alert tone="info" live>
                {t("none")}
              </Alert>
            ) : (
              <>
                <Table caption={t("caption", { count: shown.changes.length })}>
                  <thead>
                    <tr>
                      <Th>{t("field")}</Th>
                      <Th>{t("onPlatform")}</Th>
                      <Th>{t("inKrs")}</Th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.changes.map((change) => (
                      <tr key={change.field}>
                        <Th scope="row">{t(`fields.${change.field}`)}</Th>
                        <Td>
                          <span className="whitespace-pre-line">{value(change.field, change.current)}</span>
                        </Td>
                        <Td>
                          <span className="whitespace-pre-line">{value(change.field, change.incoming)}</span>
                        </Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
                <Button className="mt-3" disabled={apply.isPending} onClick={() => apply.execute({ organisationId })}>
                  {t("apply")}
                </Button>
              </>
            )}
          </div>
        )
      )}
    </section>
  );
}
