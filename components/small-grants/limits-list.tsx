import { useTranslations } from "next-intl";
import { RuleValue } from "@/components/admin/legal-rules/rule-value";
import { legalRuleUnits } from "@/lib/legal-rules/keys";
import { ruleMessageKey } from "@/lib/legal-rules/values";
import { SMALL_GRANT_RULE_KEYS, type SmallGrantRules } from "@/lib/small-grants/limits";

/**
 * The art. 19a limits in force today, each named as on the administrators'
 * legal limits page and shown in its unit (złoty, days, a percentage): read
 * from the dated configuration, so a change in the law shows here from its day.
 */
export function LimitsList({ rules }: { rules: SmallGrantRules }) {
  const t = useTranslations("legalRules");
  return (
    <dl className="mt-4 max-w-3xl">
      {SMALL_GRANT_RULE_KEYS.map((key) => (
        <div key={key} className="border-b border-slate-300 py-2 sm:flex sm:gap-6">
          <dt className="font-semibold sm:w-2/3">{t(`keys.${ruleMessageKey(key)}.name`)}</dt>
          <dd>
            <RuleValue unit={legalRuleUnits[key]} value={rules[key]} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
