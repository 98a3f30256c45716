// The controlled lists an organisation's partnership profile is made of: what
// it can do (competences) and what it has (resources), each offered to
// partners or needed from them. The matching compares codes, never words, so
// a request's needs meet an offer whatever language either side reads in.
// Names are in the message catalogues (partnerships.competences.<CODE>,
// partnerships.resources.<CODE>). Codes are stored as text: a code may be
// added here freely; one removed is ignored where profiles are read.

export const competences = [
  "PROJECT_MANAGEMENT",
  "GRANT_ACCOUNTING",
  "FUNDRAISING",
  "VOLUNTEER_COORDINATION",
  "WORK_WITH_SENIORS",
  "WORK_WITH_CHILDREN_AND_YOUTH",
  "WORK_WITH_PEOPLE_WITH_DISABILITIES",
  "SOCIAL_ASSISTANCE",
  "CARE_SERVICES",
  "HEALTH_PROMOTION",
  "PSYCHOLOGICAL_SUPPORT",
  "EMPLOYMENT_ACTIVATION",
  "EDUCATION_AND_TRAINING",
  "CULTURE_EVENTS",
  "MINORITY_CULTURE_AND_LANGUAGE",
  "HERITAGE_AND_TOURISM",
  "SPORT_AND_RECREATION",
  "ECOLOGY",
  "RESCUE_AND_SAFETY",
  "LOCAL_COMMUNITY_DEVELOPMENT",
  "CIVIC_PARTICIPATION",
  "LEGAL_ADVICE",
  "IT_AND_DIGITAL",
  "PROMOTION_AND_MEDIA",
  "TRANSLATION_GERMAN",
  "TRANSLATION_CZECH",
  "CROSS_BORDER_COOPERATION",
  "RESEARCH_AND_EVALUATION",
] as const;
export type Competence = (typeof competences)[number];

export const resources = [
  "OFFICE_PREMISES",
  "EVENT_HALL",
  "TRAINING_ROOM",
  "ACCESSIBLE_PREMISES",
  "KITCHEN",
  "CAR",
  "MINIBUS",
  "SOUND_SYSTEM",
  "PROJECTOR_AND_SCREEN",
  "COMPUTERS",
  "PHOTO_AND_VIDEO_EQUIPMENT",
  "MOBILE_STAGE",
  "TENTS_TABLES_BENCHES",
  "SPORTS_FACILITIES",
  "ACCOMMODATION",
  "GARDEN_OR_LAND",
  "WORKSHOP",
  "STORAGE",
  "VOLUNTEERS",
] as const;
export type Resource = (typeof resources)[number];

/** The codes of `list` among `codes`, in the list's order: unknown (retired) codes are dropped. */
export function knownCodes<Code extends string>(list: readonly Code[], codes: readonly string[]): Code[] {
  const given = new Set(codes);
  return list.filter((code) => given.has(code));
}

const competenceSet: ReadonlySet<string> = new Set(competences);
const resourceSet: ReadonlySet<string> = new Set(resources);

export const isCompetence = (code: string): code is Competence => competenceSet.has(code);
export const isResource = (code: string): code is Resource => resourceSet.has(code);

/** The keys naming the codes in the partnerships namespace; a translator for it takes them. */
export type CapabilityKey = `competences.${Competence}` | `resources.${Resource}`;

/**
 * A competence or resource code named in the reader's language, by a
 * translator for the partnerships namespace (`useTranslations("partnerships")`,
 * `getTranslations` or `createTranslator` with that namespace). The lists
 * share no code, so the code alone says which list names it; an unknown
 * (retired) code is shown as it is.
 */
export function capabilityName(t: (key: CapabilityKey) => string, code: string): string {
  if (isCompetence(code)) return t(`competences.${code}`);
  if (isResource(code)) return t(`resources.${code}`);
  return code;
}
