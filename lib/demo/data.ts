// The demo's fictional institutions, organisations and people. Names of
// offices are those of real Opolskie offices; every organisation is invented
// and has no KRS number, so none can be mistaken for a registered one.
import type { InstitutionKind, LegalForm, OrganisationRole, PlatformRole, InstitutionRole } from "@/lib/generated/prisma/enums";

export const DEMO_EMAIL_DOMAIN = "demo.example.org";

export const demoInstitutions: { slug: string; name: string; kind: InstitutionKind; territoryCode: string }[] = [
  { slug: "urzad-marszalkowski-wojewodztwa-opolskiego", name: "Urząd Marszałkowski Województwa Opolskiego", kind: "VOIVODESHIP_OFFICE", territoryCode: "16" },
  { slug: "starostwo-powiatowe-w-nysie", name: "Starostwo Powiatowe w Nysie", kind: "POWIAT_OFFICE", territoryCode: "1607" },
  { slug: "starostwo-powiatowe-w-opolu", name: "Starostwo Powiatowe w Opolu", kind: "POWIAT_OFFICE", territoryCode: "1609" },
  { slug: "urzad-miasta-opola", name: "Urząd Miasta Opola", kind: "GMINA_OFFICE", territoryCode: "1661011" },
  { slug: "urzad-miejski-w-nysie", name: "Urząd Miejski w Nysie", kind: "GMINA_OFFICE", territoryCode: "1607053" },
  { slug: "urzad-gminy-lubsza", name: "Urząd Gminy Lubsza", kind: "GMINA_OFFICE", territoryCode: "1601052" },
  { slug: "urzad-gminy-dobrzen-wielki", name: "Urząd Gminy Dobrzeń Wielki", kind: "GMINA_OFFICE", territoryCode: "1609032" },
];

export const demoOrganisations: {
  slug: string;
  name: string;
  legalForm: LegalForm;
  seatTerritoryCode: string;
  sphereCodes: string[];
  hasPublicBenefitStatus: boolean;
}[] = [
  { slug: "razem-dla-nysy", name: "Stowarzyszenie „Razem dla Nysy”", legalForm: "ASSOCIATION", seatTerritoryCode: "1607053", sphereCodes: ["13", "15"], hasPublicBenefitStatus: false },
  { slug: "opolskie-centrum-wolontariatu", name: "Fundacja Opolskie Centrum Wolontariatu", legalForm: "FOUNDATION", seatTerritoryCode: "1661011", sphereCodes: ["27", "33"], hasPublicBenefitStatus: true },
  { slug: "lks-orzel-lubsza", name: "Ludowy Klub Sportowy „Orzeł” Lubsza", legalForm: "SPORTS_ASSOCIATION", seatTerritoryCode: "1601052", sphereCodes: ["17", "15"], hasPublicBenefitStatus: false },
  { slug: "kgw-bierawa", name: "Koło Gospodyń Wiejskich w Bierawie", legalForm: "RURAL_HOUSEWIVES_CIRCLE", seatTerritoryCode: "1603022", sphereCodes: ["4", "13"], hasPublicBenefitStatus: false },
  { slug: "przyjaciele-ziemi-glucholaskiej", name: "Stowarzyszenie Przyjaciół Ziemi Głuchołaskiej", legalForm: "ASSOCIATION", seatTerritoryCode: "1607013", sphereCodes: ["19", "16"], hasPublicBenefitStatus: false },
  { slug: "zdrowie-bez-barier", name: "Fundacja „Zdrowie bez Barier”", legalForm: "FOUNDATION", seatTerritoryCode: "1661011", sphereCodes: ["6", "7"], hasPublicBenefitStatus: true },
  { slug: "srebrny-wiek-brzeg", name: "Stowarzyszenie Seniorów „Srebrny Wiek” w Brzegu", legalForm: "ASSOCIATION", seatTerritoryCode: "1601011", sphereCodes: ["10"], hasPublicBenefitStatus: false },
  { slug: "nowy-start-kedzierzyn", name: "Spółdzielnia Socjalna „Nowy Start”", legalForm: "SOCIAL_COOPERATIVE", seatTerritoryCode: "1603011", sphereCodes: ["2", "8"], hasPublicBenefitStatus: false },
  { slug: "nasz-slask-dobrodzien", name: "Stowarzyszenie Kultury Regionalnej „Nasz Śląsk” w Dobrodzieniu", legalForm: "ASSOCIATION", seatTerritoryCode: "1608013", sphereCodes: ["5", "4"], hasPublicBenefitStatus: false },
  { slug: "zielona-odra", name: "Fundacja Ekologiczna „Zielona Odra”", legalForm: "FOUNDATION", seatTerritoryCode: "1609032", sphereCodes: ["18"], hasPublicBenefitStatus: true },
  { slug: "ratownictwo-ziemi-nyskiej", name: "Stowarzyszenie Ratownictwa Wodnego Ziemi Nyskiej", legalForm: "ASSOCIATION", seatTerritoryCode: "1607063", sphereCodes: ["23", "20"], hasPublicBenefitStatus: false },
  { slug: "gniazdo-strzelce", name: "Stowarzyszenie Rodzin Zastępczych „Gniazdo”", legalForm: "ASSOCIATION", seatTerritoryCode: "1611053", sphereCodes: ["1a", "31"], hasPublicBenefitStatus: false },
  { slug: "forum-praw-obywatelskich", name: "Fundacja Praw Obywatelskich „Forum”", legalForm: "FOUNDATION", seatTerritoryCode: "1661011", sphereCodes: ["22", "1b"], hasPublicBenefitStatus: true },
];

/** One person per role. The passwords are public: they are in the README. */
export const demoUsers: {
  email: string;
  name: string;
  password: string;
  platformRole: PlatformRole;
  organisation?: { slug: string; role: OrganisationRole };
  institution?: { slug: string; role: InstitutionRole };
}[] = [
  { email: `mieszkaniec@${DEMO_EMAIL_DOMAIN}`, name: "Anna Mieszkańska", password: "demo-mieszkaniec", platformRole: "RESIDENT" },
  {
    email: `ngo@${DEMO_EMAIL_DOMAIN}`,
    name: "Tomasz Społeczny",
    password: "demo-ngo",
    platformRole: "RESIDENT",
    organisation: { slug: "opolskie-centrum-wolontariatu", role: "OWNER" },
  },
  {
    email: `urzednik@${DEMO_EMAIL_DOMAIN}`,
    name: "Katarzyna Urzędowska",
    password: "demo-urzednik",
    platformRole: "RESIDENT",
    institution: { slug: "urzad-marszalkowski-wojewodztwa-opolskiego", role: "OFFICIAL" },
  },
  { email: `moderator@${DEMO_EMAIL_DOMAIN}`, name: "Piotr Moderowski", password: "demo-moderator", platformRole: "MODERATOR" },
  { email: `admin@${DEMO_EMAIL_DOMAIN}`, name: "Ewa Administratorska", password: "demo-admin", platformRole: "ADMINISTRATOR" },
];
