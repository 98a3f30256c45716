import { useFormatter, useTranslations } from "next-intl";
import { LegalRuleForm } from "@/components/admin/legal-rules/legal-rule-form";
import { RuleDay, RuleValue } from "@/components/admin/legal-rules/rule-value";
import { Table, Td, Th } from "@/components/ui/table";
import type { LegalRuleOverview } from "@/lib/legal-rules/queries";
import { ruleMessageKey } from "@/lib/legal-rules/values";

/** One legal limit: what it means, the value in force, its history, and the form for a new value. */
export function LegalRuleSection({ rule }: { rule: LegalRuleOverview }) {
  const t = useTranslations("legalRules");
  const format = useFormatter();
  const name = t(`keys.${ruleMessageKey(rule.key)}.name`);
  const headingId = `legal-rule-${rule.key.replace(".", "-").toLowerCase()}`;
  const latest = rule.latestValidFrom
    ? format.dateTime(new Date(`${rule.latestValidFrom}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" })
    : null;
  return (
    <section aria-labelledby={headingId} className="mt-10 border-t-2 border-slate-300 pt-6">
      <h2 id={headingId} className="text-2xl font-bold">
        {name}
      </h2>
      <p className="mt-2 max-w-3xl">{t(`keys.${ruleMessageKey(rule.key)}.description`)}</p>
      <dl className="mt-4 grid max-w-3xl gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("currentValue")}</dt>
        <dd>{rule.current ? <RuleValue unit={rule.unit} value={rule.current.value} /> : t("noCurrent")}</dd>
        <dt className="font-semibold">{t("unit")}</dt>
        <dd>{t(`unitNames.${rule.unit}`)}</dd>
        {rule.current && (
          <>
            <dt className="font-semibold">{t("inForceSince")}</dt>
            <dd>
              <RuleDay day={rule.current.validFrom} />
            </dd>
            <dt className="font-semibold">{t("source")}</dt>
            <dd>{rule.current.source}</dd>
          </>
        )}
        <dt className="font-semibold">{t("key")}</dt>
        <dd>
          <code className="break-all">{rule.key}</code>
        </dd>
      </dl>
      <Table caption={t("historyCaption", { name })} stacked>
        <thead>
          <tr>
            <Th>{t("value")}</Th>
            <Th>{t("validFrom")}</Th>
            <Th>{t("validTo")}</Th>
            <Th>{t("state")}</Th>
            <Th>{t("source")}</Th>
          </tr>
        </thead>
        <tbody>
          {rule.history.map((row) => (
            <tr key={row.id}>
              <Td label={t("value")}>
                <RuleValue unit={rule.unit} value={row.value} />
              </Td>
              <Td label={t("validFrom")}>
                <RuleDay day={row.validFrom} />
              </Td>
              <Td label={t("validTo")}>{row.validTo ? <RuleDay day={row.validTo} /> : "—"}</Td>
              <Td label={t("state")}>{t(`states.${row.state}`)}</Td>
              <Td label={t("source")}>
                {row.source}
                {row.note && <span className="mt-1 block text-sm text-slate-700">{row.note}</span>}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <details className="mt-4">
        <summary className="cursor-pointer py-2 font-semibold text-blue-900 underline">
          {t("addHeading", { name })}
        </summary>
        <p className="mt-2 max-w-3xl">{t("addIntro")}</p>
        <LegalRuleForm ruleKey={rule.key} unit={rule.unit} latest={latest} />
      </details>
    </section>
  );
}
