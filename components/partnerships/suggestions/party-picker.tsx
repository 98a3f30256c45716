import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { partyChoice } from "@/lib/partnerships/party";
import type { ForYouParty } from "@/lib/partnerships/suggestions/page-view";

/** Choosing which organisation or office the list is for: a plain GET form, so it works without script. */
export function PartyPicker({ choices, current }: { choices: ForYouParty[]; current: string }) {
  const t = useTranslations("partnerSuggestions.forYou");
  return (
    <form method="get" className="mt-6 flex flex-wrap items-end gap-3">
      {/* min-w-0: a long organisation name in the list must not widen a 320 px page. */}
      <div className="max-w-full min-w-0">
        <label htmlFor="for-you-party" className="block font-semibold">
          {t("partyLegend")}
        </label>
        <select
          id="for-you-party"
          name="party"
          defaultValue={current}
          className="mt-1 block w-full max-w-full rounded border-2 border-slate-700 bg-white px-3 py-2"
        >
          {choices.map((choice) => (
            <option key={partyChoice(choice.party)} value={partyChoice(choice.party)}>
              {choice.name}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        {t("show")}
      </Button>
    </form>
  );
}
