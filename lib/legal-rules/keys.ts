// The legal limits and settings kept as dated configuration (LegalRule rows),
// with the unit each is stored in. The act and the small-grant limits are
// amended, so code asks lib/legal-rules/rules.ts for the value in force on a
// day and never holds one as a constant. Pure: the browser's checks use it too.

export type LegalRuleUnit = "grosze" | "days" | "workingDays" | "basisPoints" | "flag" | "text";

export const legalRuleUnits = {
  /** Offer deadline at least this many days after the last required publication (art. 13 ust. 1). */
  "competition.announcementMinDays": "days",
  /** 1: the office counts the 21 days one day more strictly (see the design's L1). */
  "competition.announcementDaysExclusive": "flag",
  /** Anyone may ask for the reasons of a choice or rejection within this many days of the results (art. 15 ust. 2j). */
  "competition.reasonsRequestDays": "days",
  "smallGrant.maxGrant": "grosze",
  "smallGrant.maxDays": "days",
  "smallGrant.maxPerOrganisationYear": "grosze",
  "smallGrant.maxShareOfPlannedBp": "basisPoints",
  "smallGrant.publishWithinWorkingDays": "workingDays",
  "smallGrant.remarksDays": "days",
  /** The consolidated text of the act, printed in the templates' titles. */
  "udpp.citation": "text",
  "template.full": "text",
  "template.simplified": "text",
} as const satisfies Record<string, LegalRuleUnit>;

export type LegalRuleKey = keyof typeof legalRuleUnits;
export const legalRuleKeys = Object.keys(legalRuleUnits) as [LegalRuleKey, ...LegalRuleKey[]];

/** Text rules hold a string; every other unit a safe integer (grosze, days, basis points, 0/1). */
export type LegalRuleValue<K extends LegalRuleKey> = (typeof legalRuleUnits)[K] extends "text" ? string : number;

export type LegalRuleSnapshot<K extends LegalRuleKey = LegalRuleKey> = { [P in K]: LegalRuleValue<P> };

export const isLegalRuleKey = (key: string): key is LegalRuleKey => Object.hasOwn(legalRuleUnits, key);
