// Every refusal the commission's modules can answer is said in words in each
// language: the forms show `commission.refusals.<code>` for whatever came back.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import pl from "@/lib/i18n/messages/pl.json";
import { declarationRefusal } from "@/lib/competitions/commission/exclusion";
import { validateCard } from "@/lib/competitions/evaluation/calc/cards";

const DIR = path.resolve(__dirname);

/** The codes thrown as RuleRefusal<…>("CODE"). */
function thrownCodes(): Set<string> {
  const codes = new Set<string>();
  for (const file of readdirSync(DIR).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))) {
    const source = readFileSync(path.join(DIR, file), "utf8");
    for (const match of source.matchAll(/RuleRefusal<\w+>\("([A-Z_]+)"\)/g)) codes.add(match[1]!);
    for (const match of source.matchAll(/refuse\("([A-Z_]+)"\)/g)) codes.add(match[1]!);
  }
  return codes;
}

describe("the commission's refusals", () => {
  const codes = thrownCodes();
  // The pure rules' answers are refused as they are.
  for (const refusal of [
    declarationRefusal({ conflict: true }, false, null),
    declarationRefusal(null, false, "LEAD_MEMBER"),
  ])
    codes.add(refusal!);
  // The card's own checks are refused with their codes too.
  for (const problem of validateCard(
    [{ criterionIndex: 0, scoreTenths: 3, justification: "" }],
    [{ index: 0, name: "k", maxTenths: 2, onlySupport: false }],
  ))
    codes.add(problem.code);

  it("are found in the modules", () => {
    expect([...codes]).toEqual(expect.arrayContaining(["CONFLICT_KNOWN", "NOMINEE_EXCLUDED", "STALE_CARD"]));
  });

  it.each([
    ["pl", pl],
    ["en", en],
    ["de", de],
  ])("each has its words in %s", (_, messages) => {
    const texts = messages.commission.refusals as Record<string, string>;
    expect([...codes].filter((code) => !texts[code])).toEqual([]);
  });
});
