import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "@/lib/i18n/locales";

// Polish pages live at the root, the others under /en and /de. The language is
// the one the person chose (a link), never guessed from the browser: a public
// body's site opens in Polish. No locale cookie: the platform sets no cookies
// that need consent.
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
  pathnames: {
    "/": "/",
    "/spheres": { pl: "/sfery-pozytku-publicznego", en: "/public-benefit-spheres", de: "/gemeinwohlbereiche" },
    "/accessibility": {
      pl: "/deklaracja-dostepnosci",
      en: "/accessibility-statement",
      de: "/erklaerung-zur-barrierefreiheit",
    },
    "/privacy": { pl: "/ochrona-danych", en: "/privacy", de: "/datenschutz" },
    "/contact": { pl: "/kontakt", en: "/contact", de: "/kontakt" },
    "/terms": { pl: "/regulamin", en: "/terms", de: "/nutzungsbedingungen" },
    "/search": { pl: "/szukaj", en: "/search", de: "/suche" },
    "/sign-up": { pl: "/rejestracja", en: "/sign-up", de: "/registrieren" },
    "/sign-in": { pl: "/logowanie", en: "/sign-in", de: "/anmelden" },
    "/verify-email": { pl: "/potwierdz-adres", en: "/verify-email", de: "/adresse-bestaetigen" },
    "/account": { pl: "/konto", en: "/account", de: "/konto" },
    "/notifications": { pl: "/powiadomienia", en: "/notifications", de: "/benachrichtigungen" },
    "/notifications/settings": {
      pl: "/powiadomienia/ustawienia",
      en: "/notifications/settings",
      de: "/benachrichtigungen/einstellungen",
    },
    "/my-matters": { pl: "/moje-sprawy", en: "/my-matters", de: "/meine-anliegen" },
    "/unsubscribe": { pl: "/wypisz", en: "/unsubscribe", de: "/abmelden" },
    "/forgot-password": { pl: "/nie-pamietam-hasla", en: "/forgot-password", de: "/passwort-vergessen" },
    "/reset-password": { pl: "/nowe-haslo", en: "/reset-password", de: "/neues-passwort" },
    "/confirm-email": { pl: "/potwierdz-nowy-adres", en: "/confirm-email", de: "/neue-adresse-bestaetigen" },
    "/admin/audit": {
      pl: "/administracja/dziennik-zdarzen",
      en: "/admin/audit-log",
      de: "/verwaltung/ereignisprotokoll",
    },
    "/admin/people": { pl: "/administracja/osoby", en: "/admin/people", de: "/verwaltung/personen" },
    "/admin/people/[id]": {
      pl: "/administracja/osoby/[id]",
      en: "/admin/people/[id]",
      de: "/verwaltung/personen/[id]",
    },
    "/organisations": { pl: "/organizacje", en: "/organisations", de: "/organisationen" },
    "/organisations/register": {
      pl: "/organizacje/zarejestruj",
      en: "/organisations/register",
      de: "/organisationen/registrieren",
    },
    "/organisations/[slug]": { pl: "/organizacje/[slug]", en: "/organisations/[slug]", de: "/organisationen/[slug]" },
    "/organisations/[slug]/edit": {
      pl: "/organizacje/[slug]/edycja",
      en: "/organisations/[slug]/edit",
      de: "/organisationen/[slug]/bearbeiten",
    },
    "/organisations/[slug]/history": {
      pl: "/organizacje/[slug]/historia",
      en: "/organisations/[slug]/history",
      de: "/organisationen/[slug]/verlauf",
    },
    "/organisations/[slug]/partnerships": {
      pl: "/organizacje/[slug]/partnerstwa",
      en: "/organisations/[slug]/partnerships",
      de: "/organisationen/[slug]/partnerschaften",
    },
    "/partnerships": { pl: "/partnerstwa", en: "/partnerships", de: "/partnerschaften" },
    "/partnerships/map": { pl: "/partnerstwa/mapa", en: "/partnerships/map", de: "/partnerschaften/karte" },
    "/partnerships/new": {
      pl: "/partnerstwa/nowe-zapytanie",
      en: "/partnerships/new-request",
      de: "/partnerschaften/neue-anfrage",
    },
    "/partnerships/for-you": {
      pl: "/partnerstwa/dla-ciebie",
      en: "/partnerships/for-you",
      de: "/partnerschaften/fuer-sie",
    },
    "/partnerships/mine": { pl: "/partnerstwa/moje", en: "/partnerships/mine", de: "/partnerschaften/meine" },
    "/partnerships/[slug]": { pl: "/partnerstwa/[slug]", en: "/partnerships/[slug]", de: "/partnerschaften/[slug]" },
    "/partnerships/[slug]/edit": {
      pl: "/partnerstwa/[slug]/edycja",
      en: "/partnerships/[slug]/edit",
      de: "/partnerschaften/[slug]/bearbeiten",
    },
    "/partnerships/[slug]/suggestions": {
      pl: "/partnerstwa/[slug]/propozycje",
      en: "/partnerships/[slug]/suggestions",
      de: "/partnerschaften/[slug]/vorschlaege",
    },
    "/partnerships/[slug]/interests": {
      pl: "/partnerstwa/[slug]/zgloszenia",
      en: "/partnerships/[slug]/interests",
      de: "/partnerschaften/[slug]/interessenbekundungen",
    },
    "/admin/partnerships": {
      pl: "/administracja/partnerstwa",
      en: "/admin/partnerships",
      de: "/verwaltung/partnerschaften",
    },
    "/organisations/[slug]/members": {
      pl: "/organizacje/[slug]/czlonkowie",
      en: "/organisations/[slug]/members",
      de: "/organisationen/[slug]/mitglieder",
    },
    "/institutions": { pl: "/urzedy", en: "/institutions", de: "/behoerden" },
    "/institutions/[slug]": { pl: "/urzedy/[slug]", en: "/institutions/[slug]", de: "/behoerden/[slug]" },
    "/institutions/[slug]/officials": {
      pl: "/urzedy/[slug]/urzednicy",
      en: "/institutions/[slug]/officials",
      de: "/behoerden/[slug]/amtspersonen",
    },
    "/institutions/[slug]/consultations": {
      pl: "/urzedy/[slug]/konsultacje",
      en: "/institutions/[slug]/consultations",
      de: "/behoerden/[slug]/konsultationen",
    },
    "/institutions/[slug]/consultations/new": {
      pl: "/urzedy/[slug]/konsultacje/nowe",
      en: "/institutions/[slug]/consultations/new",
      de: "/behoerden/[slug]/konsultationen/neu",
    },
    "/consultations": { pl: "/konsultacje", en: "/consultations", de: "/konsultationen" },
    "/ideas": { pl: "/pomysly", en: "/ideas", de: "/ideen" },
    "/ideas/new": { pl: "/pomysly/nowy", en: "/ideas/new", de: "/ideen/neu" },
    "/ideas/[slug]": { pl: "/pomysly/[slug]", en: "/ideas/[slug]", de: "/ideen/[slug]" },
    "/ideas/[slug]/edit": { pl: "/pomysly/[slug]/edycja", en: "/ideas/[slug]/edit", de: "/ideen/[slug]/bearbeiten" },
    "/moderation/ideas": { pl: "/moderacja/pomysly", en: "/moderation/ideas", de: "/moderation/ideen" },
    "/moderation/partnerships": {
      pl: "/moderacja/partnerstwa",
      en: "/moderation/partnerships",
      de: "/moderation/partnerschaften",
    },
    "/moderation/ideas-comments": {
      pl: "/moderacja/pomysly-komentarze",
      en: "/moderation/ideas-comments",
      de: "/moderation/ideen-kommentare",
    },
    "/admin/ideas": { pl: "/administracja/pomysly", en: "/admin/ideas", de: "/verwaltung/ideen" },
    "/news": { pl: "/aktualnosci", en: "/news", de: "/aktuelles" },
    "/news/[slug]": { pl: "/aktualnosci/[slug]", en: "/news/[slug]", de: "/aktuelles/[slug]" },
    "/account/news": { pl: "/konto/aktualnosci", en: "/account/news", de: "/konto/aktuelles" },
    "/account/news/new": { pl: "/konto/aktualnosci/nowa", en: "/account/news/new", de: "/konto/aktuelles/neu" },
    "/account/news/[id]": { pl: "/konto/aktualnosci/[id]", en: "/account/news/[id]", de: "/konto/aktuelles/[id]" },
    "/moderation/news": { pl: "/moderacja/aktualnosci", en: "/moderation/news", de: "/moderation/aktuelles" },
    "/library": { pl: "/biblioteka", en: "/library", de: "/bibliothek" },
    "/library/[slug]": { pl: "/biblioteka/[slug]", en: "/library/[slug]", de: "/bibliothek/[slug]" },
    "/account/library": { pl: "/konto/biblioteka", en: "/account/library", de: "/konto/bibliothek" },
    "/account/library/new": { pl: "/konto/biblioteka/nowy", en: "/account/library/new", de: "/konto/bibliothek/neu" },
    "/account/library/[id]": {
      pl: "/konto/biblioteka/[id]",
      en: "/account/library/[id]",
      de: "/konto/bibliothek/[id]",
    },
    "/moderation/library": { pl: "/moderacja/biblioteka", en: "/moderation/library", de: "/moderation/bibliothek" },
    "/forum": "/forum",
    "/forum/categories/[slug]": {
      pl: "/forum/kategorie/[slug]",
      en: "/forum/categories/[slug]",
      de: "/forum/kategorien/[slug]",
    },
    "/forum/categories/[slug]/new": {
      pl: "/forum/kategorie/[slug]/nowy-watek",
      en: "/forum/categories/[slug]/new-thread",
      de: "/forum/kategorien/[slug]/neues-thema",
    },
    "/forum/search": { pl: "/forum/szukaj", en: "/forum/search", de: "/forum/suche" },
    "/forum/threads/[id]": { pl: "/forum/watki/[id]", en: "/forum/threads/[id]", de: "/forum/themen/[id]" },
    "/forum/threads/[id]/reply": {
      pl: "/forum/watki/[id]/odpowiedz",
      en: "/forum/threads/[id]/reply",
      de: "/forum/themen/[id]/antworten",
    },
    "/moderation/forum": { pl: "/moderacja/forum", en: "/moderation/forum", de: "/moderation/forum" },
    "/admin/forum": { pl: "/administracja/forum", en: "/admin/forum", de: "/verwaltung/forum" },
    "/consultations/[slug]": { pl: "/konsultacje/[slug]", en: "/consultations/[slug]", de: "/konsultationen/[slug]" },
    "/consultations/[slug]/remarks": {
      pl: "/konsultacje/[slug]/uwagi",
      en: "/consultations/[slug]/remarks",
      de: "/konsultationen/[slug]/anmerkungen",
    },
    "/consultations/[slug]/edit": {
      pl: "/konsultacje/[slug]/edycja",
      en: "/consultations/[slug]/edit",
      de: "/konsultationen/[slug]/bearbeiten",
    },
    // A draft's page for its officials (the public page never shows a draft: it is the same for everyone).
    "/consultations/[slug]/preview": {
      pl: "/konsultacje/[slug]/podglad",
      en: "/consultations/[slug]/preview",
      de: "/konsultationen/[slug]/vorschau",
    },
    "/institutions/[slug]/elections": {
      pl: "/urzedy/[slug]/wybory",
      en: "/institutions/[slug]/elections",
      de: "/behoerden/[slug]/wahlen",
    },
    "/institutions/[slug]/elections/new": {
      pl: "/urzedy/[slug]/wybory/nowe",
      en: "/institutions/[slug]/elections/new",
      de: "/behoerden/[slug]/wahlen/neu",
    },
    "/elections": { pl: "/wybory", en: "/elections", de: "/wahlen" },
    "/elections/[slug]": { pl: "/wybory/[slug]", en: "/elections/[slug]", de: "/wahlen/[slug]" },
    "/elections/[slug]/edit": {
      pl: "/wybory/[slug]/edycja",
      en: "/elections/[slug]/edit",
      de: "/wahlen/[slug]/bearbeiten",
    },
    "/elections/[slug]/nominate": {
      pl: "/wybory/[slug]/zgloszenie",
      en: "/elections/[slug]/nominate",
      de: "/wahlen/[slug]/nominieren",
    },
    "/elections/[slug]/nominations": {
      pl: "/wybory/[slug]/zgloszenia",
      en: "/elections/[slug]/nominations",
      de: "/wahlen/[slug]/nominierungen",
    },
    "/elections/consent": { pl: "/wybory/zgoda", en: "/elections/consent", de: "/wahlen/zustimmung" },
    "/elections/[slug]/vote": {
      pl: "/wybory/[slug]/glosowanie",
      en: "/elections/[slug]/vote",
      de: "/wahlen/[slug]/abstimmen",
    },
    "/elections/[slug]/board": {
      pl: "/wybory/[slug]/tablica",
      en: "/elections/[slug]/board",
      de: "/wahlen/[slug]/tafel",
    },
    "/elections/[slug]/registry": {
      pl: "/wybory/[slug]/spis",
      en: "/elections/[slug]/registry",
      de: "/wahlen/[slug]/verzeichnis",
    },
    "/invitation": { pl: "/zaproszenie", en: "/invitation", de: "/einladung" },
    "/admin/organisations": {
      pl: "/administracja/organizacje",
      en: "/admin/organisations",
      de: "/verwaltung/organisationen",
    },
    "/admin/organisation-imports": {
      pl: "/administracja/import-organizacji",
      en: "/admin/organisation-imports",
      de: "/verwaltung/organisationsimport",
    },
    "/admin/organisation-imports/[id]": {
      pl: "/administracja/import-organizacji/[id]",
      en: "/admin/organisation-imports/[id]",
      de: "/verwaltung/organisationsimport/[id]",
    },
    "/admin/jobs": { pl: "/administracja/zadania", en: "/admin/jobs", de: "/verwaltung/auftraege" },
    "/admin/officials": { pl: "/administracja/urzednicy", en: "/admin/officials", de: "/verwaltung/amtspersonen" },
    // Open competitions, offers and small grants (issue 25).
    "/competitions": {
      pl: "/konkursy",
      en: "/competitions",
      de: "/ausschreibungen",
    },
    "/competitions/[slug]": {
      pl: "/konkursy/[slug]",
      en: "/competitions/[slug]",
      de: "/ausschreibungen/[slug]",
    },
    "/competitions/[slug]/questions": {
      pl: "/konkursy/[slug]/pytania",
      en: "/competitions/[slug]/questions",
      de: "/ausschreibungen/[slug]/fragen",
    },
    "/competitions/[slug]/commission-call": {
      pl: "/konkursy/[slug]/nabor-do-komisji",
      en: "/competitions/[slug]/commission-call",
      de: "/ausschreibungen/[slug]/kommissionsaufruf",
    },
    "/competitions/[slug]/new-offer": {
      pl: "/konkursy/[slug]/nowa-oferta",
      en: "/competitions/[slug]/new-offer",
      de: "/ausschreibungen/[slug]/neues-angebot",
    },
    "/competitions/[slug]/edit": {
      pl: "/konkursy/[slug]/edycja",
      en: "/competitions/[slug]/edit",
      de: "/ausschreibungen/[slug]/bearbeiten",
    },
    "/competitions/[slug]/preview": {
      pl: "/konkursy/[slug]/podglad",
      en: "/competitions/[slug]/preview",
      de: "/ausschreibungen/[slug]/vorschau",
    },
    "/competitions/[slug]/offers": {
      pl: "/konkursy/[slug]/oferty",
      en: "/competitions/[slug]/offers",
      de: "/ausschreibungen/[slug]/angebote",
    },
    "/competitions/[slug]/offers/[id]": {
      pl: "/konkursy/[slug]/oferty/[id]",
      en: "/competitions/[slug]/offers/[id]",
      de: "/ausschreibungen/[slug]/angebote/[id]",
    },
    // Part 2 (issue 26): evaluation, decision, results.
    "/competitions/[slug]/offers/[id]/formal": {
      pl: "/konkursy/[slug]/oferty/[id]/ocena-formalna",
      en: "/competitions/[slug]/offers/[id]/formal",
      de: "/ausschreibungen/[slug]/angebote/[id]/formale-pruefung",
    },
    "/competitions/[slug]/formal-check": {
      pl: "/konkursy/[slug]/ocena-formalna",
      en: "/competitions/[slug]/formal-check",
      de: "/ausschreibungen/[slug]/formale-pruefung",
    },
    "/competitions/[slug]/commission": {
      pl: "/konkursy/[slug]/komisja",
      en: "/competitions/[slug]/commission",
      de: "/ausschreibungen/[slug]/kommission",
    },
    "/competitions/[slug]/commission/offers/[id]": {
      pl: "/konkursy/[slug]/komisja/oferty/[id]",
      en: "/competitions/[slug]/commission/offers/[id]",
      de: "/ausschreibungen/[slug]/kommission/angebote/[id]",
    },
    "/competitions/[slug]/commission/meetings/[id]": {
      pl: "/konkursy/[slug]/komisja/posiedzenia/[id]",
      en: "/competitions/[slug]/commission/meetings/[id]",
      de: "/ausschreibungen/[slug]/kommission/sitzungen/[id]",
    },
    "/competitions/[slug]/ranking": {
      pl: "/konkursy/[slug]/ranking",
      en: "/competitions/[slug]/ranking",
      de: "/ausschreibungen/[slug]/rangliste",
    },
    "/competitions/[slug]/decision": {
      pl: "/konkursy/[slug]/rozstrzygniecie",
      en: "/competitions/[slug]/decision",
      de: "/ausschreibungen/[slug]/entscheidung",
    },
    "/competitions/[slug]/results": {
      pl: "/konkursy/[slug]/wyniki",
      en: "/competitions/[slug]/results",
      de: "/ausschreibungen/[slug]/ergebnisse",
    },
    "/competitions/[slug]/reasons": {
      pl: "/konkursy/[slug]/uzasadnienie",
      en: "/competitions/[slug]/reasons",
      de: "/ausschreibungen/[slug]/begruendung",
    },
    "/institutions/[slug]/competitions": {
      pl: "/urzedy/[slug]/konkursy",
      en: "/institutions/[slug]/competitions",
      de: "/behoerden/[slug]/ausschreibungen",
    },
    "/institutions/[slug]/competitions/new": {
      pl: "/urzedy/[slug]/konkursy/nowy",
      en: "/institutions/[slug]/competitions/new",
      de: "/behoerden/[slug]/ausschreibungen/neu",
    },
    "/offers": {
      pl: "/oferty",
      en: "/offers",
      de: "/angebote",
    },
    "/offers/[id]": {
      pl: "/oferty/[id]",
      en: "/offers/[id]",
      de: "/angebote/[id]",
    },
    "/offers/[id]/submit": {
      pl: "/oferty/[id]/zlozenie",
      en: "/offers/[id]/submit",
      de: "/angebote/[id]/einreichen",
    },
    "/offers/[id]/confirmation": {
      pl: "/oferty/[id]/potwierdzenie",
      en: "/offers/[id]/confirmation",
      de: "/angebote/[id]/bestaetigung",
    },
    "/offers/[id]/correction": {
      pl: "/oferty/[id]/korekta",
      en: "/offers/[id]/correction",
      de: "/angebote/[id]/korrektur",
    },
    "/small-grants": {
      pl: "/male-granty",
      en: "/small-grants",
      de: "/kleinzuschuesse",
    },
    "/small-grants/[slug]": {
      pl: "/male-granty/[slug]",
      en: "/small-grants/[slug]",
      de: "/kleinzuschuesse/[slug]",
    },
    "/small-grants/new": {
      pl: "/male-granty/nowa-oferta",
      en: "/small-grants/new-offer",
      de: "/kleinzuschuesse/neues-angebot",
    },
    "/institutions/[slug]/small-grants": {
      pl: "/urzedy/[slug]/male-granty",
      en: "/institutions/[slug]/small-grants",
      de: "/behoerden/[slug]/kleinzuschuesse",
    },
    "/admin/legal-rules": {
      pl: "/administracja/limity-prawne",
      en: "/admin/legal-rules",
      de: "/verwaltung/rechtliche-grenzwerte",
    },
    // Development and demo only (lib/mail/transport.ts).
    "/dev/mailbox": "/dev/mailbox",
    "/dev/mailbox/[id]": "/dev/mailbox/[id]",
  },
});

export type AppPathname = keyof typeof routing.pathnames;
