import { useTranslations } from "next-intl";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { Button, ButtonLink } from "@/components/ui/button";
import { auditActions } from "@/lib/audit/record";
import type { AuditFilter } from "@/lib/audit/queries";

/** A plain GET form: filtering works without JavaScript and every view has a shareable address. */
export function AuditFilterForm({ filter }: { filter: AuditFilter }) {
  const t = useTranslations("auditLog");
  return (
    <form method="get" className="my-6 rounded border-2 border-slate-300 p-4">
      <h2 className="mb-3 text-xl font-bold">{t("filters")}</h2>
      <div className="grid gap-x-6 md:grid-cols-2">
        <FormField id="audit-action" name="action" label={t("action")}>
          {(props) => (
            <select {...props} defaultValue={filter.action ?? ""} className={inputClassName}>
              <option value="">{t("anyAction")}</option>
              {auditActions.map((action) => (
                <option key={action} value={action}>
                  {t(`actions.${action}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="audit-person" name="person" label={t("person")}>
          {(props) => <input {...props} type="search" defaultValue={filter.person ?? ""} className={inputClassName} />}
        </FormField>
        <FormField id="audit-from" name="from" label={t("from")}>
          {(props) => <input {...props} type="date" defaultValue={filter.from ?? ""} className={inputClassName} />}
        </FormField>
        <FormField id="audit-to" name="to" label={t("to")}>
          {(props) => <input {...props} type="date" defaultValue={filter.to ?? ""} className={inputClassName} />}
        </FormField>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit">{t("apply")}</Button>
        <ButtonLink href="/admin/audit" variant="secondary">
          {t("clear")}
        </ButtonLink>
      </div>
    </form>
  );
}
