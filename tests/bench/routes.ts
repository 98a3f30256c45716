// Routes measured by `npm run bench`. Each module adds its own under a stable
// name; `baseline` is a trivial dynamic route reading one row, so the other
// figures can be read as multiples of it on whatever machine runs them.
export interface BenchRoute {
  name: string;
  /** `{office}` stands for the competitions search's office (tests/bench/competitions-data.ts): its id differs in every database. */
  route: string;
  /** Appends a counter parameter to each request, so no cache can answer it: the figure of a fresh render. */
  uncached?: boolean;
  /** Sent with the session of a demo-like NGO representative (tests/bench/session.ts): never cached, personal parts rendered. */
  signedIn?: boolean;
  /** The goal for this route, checked and printed after the run. */
  target?: BenchTarget;
}

/**
 * A route's goal, relative to the baseline of the same run: `p95Ms` at most,
 * and at least `minRpsShare` of the baseline's requests per second.
 */
export interface BenchTarget {
  p95Ms?: number;
  minRpsShare: number;
}

// Issue 21: signed-in pages and pages rendered afresh serve at least a third
// of the baseline's requests per second with p95 ≤ 60 ms (the consultation of
// 2,000 remarks ≤ 120 ms); pages the same for everyone at twice the baseline.
const FRESH: BenchTarget = { p95Ms: 60, minRpsShare: 1 / 3 };
const SAME_FOR_EVERYONE: BenchTarget = { minRpsShare: 2 };

/** The demo-like NGO representative whose session the signed-in routes carry. */
export const BENCH_MEMBER = { email: "ngo@demo.example.org", password: "demo-ngo" };

export const BASELINE: BenchRoute = { name: "baseline", route: "/api/instance" };

export const benchRoutes: BenchRoute[] = [
  { name: "home", route: "/" },
  { name: "home_en", route: "/en" },
  { name: "spheres", route: "/sfery-pozytku-publicznego" },
  { name: "accessibility_statement", route: "/deklaracja-dostepnosci" },
  // Pages whose content is the same for everyone, past the server's own page
  // cache (a counter parameter each time): what Next.js itself serves.
  { name: "contact-uncached", route: "/kontakt", uncached: true, target: SAME_FOR_EVERYONE },
  { name: "terms-uncached", route: "/regulamin", uncached: true, target: SAME_FOR_EVERYONE },
  { name: "privacy-uncached", route: "/ochrona-danych", uncached: true, target: SAME_FOR_EVERYONE },
  {
    name: "accessibility_statement-uncached",
    route: "/deklaracja-dostepnosci",
    uncached: true,
    target: SAME_FOR_EVERYONE,
  },
  { name: "spheres-uncached", route: "/sfery-pozytku-publicznego", uncached: true, target: SAME_FOR_EVERYONE },
  // Signed in as an NGO representative: every page rendered for them.
  { name: "home-signed-in", route: "/", signedIn: true, target: FRESH },
  { name: "directory-signed-in", route: "/organizacje", signedIn: true, target: FRESH },
  { name: "consultations-signed-in", route: "/konsultacje", signedIn: true, target: FRESH },
  { name: "forum-signed-in", route: "/forum", signedIn: true, target: FRESH },
  { name: "news-list-signed-in", route: "/aktualnosci", signedIn: true, target: FRESH },
  // The notification centre is one copy for everyone; the reader's entries are its browser's second request.
  { name: "notifications-signed-in", route: "/powiadomienia", signedIn: true, target: FRESH },
  {
    name: "notifications-viewer-signed-in",
    route: "/api/notifications/centre?locale=pl",
    signedIn: true,
    target: FRESH,
  },
  // Issue 24's to-do page is one copy for everyone; the reader's matters (all its small queries, afresh) are its
  // browser's second request.
  { name: "my-matters-signed-in", route: "/moje-sprawy", signedIn: true, target: FRESH },
  { name: "my-matters-viewer-signed-in", route: "/api/account/matters", signedIn: true, target: FRESH },
  { name: "health", route: "/api/health" },
  // The national-scale directory (tests/bench/directory-data.ts): a Polish
  // inflected query with filters, as visitors send it, then the same rendered
  // fresh every time (the page cache cannot answer it).
  { name: "directory-search", route: "/organizacje?q=stowarzyszenia+sportowego&powiat=1661&sort=relevance" },
  {
    name: "directory-search-uncached",
    route: "/organizacje?q=stowarzyszenia+sportowego&powiat=1661&sort=relevance",
    uncached: true,
    target: FRESH,
  },
  {
    name: "directory-search-signed-in",
    route: "/organizacje?q=stowarzyszenia+sportowego&powiat=1661&sort=relevance",
    signedIn: true,
    target: FRESH,
  },
  { name: "organisation-page", route: "/organizacje/bench-000001" },
  { name: "organisation-page-uncached", route: "/organizacje/bench-000001", uncached: true, target: FRESH },
  { name: "organisation-page-signed-in", route: "/organizacje/bench-000001", signedIn: true, target: FRESH },
  // What the page's browser side then asks for the signed-in reader (lib/organisations/viewer.ts): the
  // page itself is the same for everyone, so this is the personal part's cost.
  {
    name: "organisation-viewer-signed-in",
    route: "/api/organisations/bench00000001/viewer",
    signedIn: true,
    target: FRESH,
  },
  // The open data API with the same search: no page cache in front of it, so
  // every request runs the route and the query (only the counts are cached).
  { name: "organisations-api", route: "/api/v1/organisations?q=stowarzyszenia+sportowego&powiat=1661&limit=50" },
  // A consultation of 300 units and 2,000 remarks (tests/bench/consultation-data.ts):
  // its page as visitors get it, then rendered every time, then with one unit's remarks listed.
  { name: "consultation-page", route: "/konsultacje/bench-konsultacje" },
  {
    name: "consultation-page-uncached",
    route: "/konsultacje/bench-konsultacje",
    uncached: true,
    target: { p95Ms: 120, minRpsShare: 1 / 3 },
  },
  {
    name: "consultation-page-signed-in",
    route: "/konsultacje/bench-konsultacje",
    signedIn: true,
    target: { p95Ms: 120, minRpsShare: 1 / 3 },
  },
  // The page is the same for everyone now (signed in, it comes from the page cache); what the browser
  // then asks for the signed-in reader (lib/consultations/viewer.ts) is the personal part's cost.
  {
    name: "consultation-viewer-signed-in",
    route: "/api/consultations/benchkonsultacje00001/viewer",
    signedIn: true,
    target: FRESH,
  },
  { name: "consultation-unit-remarks", route: "/konsultacje/bench-konsultacje?uwagi=par-50-ust-1", uncached: true },
  // The forum of a million posts (tests/bench/forum-data.ts): a page in the
  // middle of the 5,000-post thread and a search for inflected words without
  // their Polish letters, as visitors get them (its category is open to them),
  // then rendered fresh every time.
  { name: "forum-thread", route: "/forum/watki/bft00000000000000001?strona=125" },
  {
    name: "forum-thread-uncached",
    route: "/forum/watki/bft00000000000000001?strona=125",
    uncached: true,
    target: FRESH,
  },
  {
    name: "forum-thread-signed-in",
    route: "/forum/watki/bft00000000000000001?strona=125",
    signedIn: true,
    target: FRESH,
  },
  // What the thread page's browser side then asks for the signed-in reader (lib/forum/thread-viewer.ts):
  // their part of page 125, their read mark moved with it.
  {
    name: "forum-thread-viewer-signed-in",
    route: "/api/forum/threads/bft00000000000000001/viewer?page=125&locale=pl",
    signedIn: true,
    target: FRESH,
  },
  { name: "forum-search", route: "/forum/szukaj?q=sprawozdaniem+wspolpracy" },
  { name: "forum-search-uncached", route: "/forum/szukaj?q=sprawozdaniem+wspolpracy", uncached: true },
  // The news of 50,000 articles (tests/bench/news-data.ts): the list as
  // visitors get it, a search for an inflected word without its Polish
  // letters with a type filter, then both rendered fresh every time. The home
  // page (measured above as "home") shows the featured and latest of them.
  { name: "news-list", route: "/aktualnosci" },
  { name: "news-search", route: "/aktualnosci?q=warsztatow&kind=EVENT" },
  { name: "news-list-uncached", route: "/aktualnosci", uncached: true, target: FRESH },
  { name: "news-search-uncached", route: "/aktualnosci?q=warsztatow&kind=EVENT", uncached: true, target: FRESH },
  { name: "news-search-signed-in", route: "/aktualnosci?q=warsztatow&kind=EVENT", signedIn: true, target: FRESH },
  // The library of 10,000 documents (tests/bench/library-data.ts): a search
  // for inflected words without Polish letters, matched in titles,
  // descriptions and the files' text, as visitors get it, then rendered fresh.
  { name: "library-search", route: "/biblioteka?q=rewitalizacji+obszarow+wiejskich" },
  {
    name: "library-search-uncached",
    route: "/biblioteka?q=rewitalizacji+obszarow+wiejskich",
    uncached: true,
    target: FRESH,
  },
  {
    name: "library-search-signed-in",
    route: "/biblioteka?q=rewitalizacji+obszarow+wiejskich",
    signedIn: true,
    target: FRESH,
  },
  // The ideas board of 20,000 entries and 500,000 supports (tests/bench/ideas-data.ts):
  // the list ordered by support as visitors get it (p95 ≤ 50 ms, at least half
  // the baseline's throughput: issue 22), then rendered fresh every time.
  { name: "ideas-list", route: "/pomysly?sort=supported", target: { p95Ms: 50, minRpsShare: 1 / 2 } },
  { name: "ideas-list-uncached", route: "/pomysly?sort=supported", uncached: true, target: FRESH },
  // Partnership matching (tests/bench/partnerships-data.ts): a request's suggestions over 150,000
  // organisations, signed in as its author (the demo NGO representative's organisation; p95 ≤ 150 ms,
  // issue 23), and the public list of open requests (p95 ≤ 50 ms, half the baseline's throughput).
  {
    name: "partner-suggestions",
    route: "/partnerstwa/bench-partnerstwo/propozycje",
    signedIn: true,
    target: { p95Ms: 150, minRpsShare: 1 / 10 },
  },
  { name: "partner-requests", route: "/partnerstwa", target: { p95Ms: 50, minRpsShare: 1 / 2 } },
  // 2,500 open partner requests and 500 closed, expired or hidden ones (tests/bench/partner-requests-data.ts):
  // the list filtered by territory and searched, as visitors get it (p95 ≤ 50 ms, at least half the
  // baseline's throughput: issue 23), then rendered fresh every time.
  {
    name: "partner-requests-search",
    route: "/partnerstwa?territory=1607053&q=seniorom",
    target: { p95Ms: 50, minRpsShare: 1 / 2 },
  },
  {
    name: "partner-requests-search-uncached",
    route: "/partnerstwa?territory=1607053&q=seniorom",
    uncached: true,
    target: FRESH,
  },
  // 2,000 open competitions of 60 offices (tests/bench/competitions-data.ts): the list of open ones as
  // visitors get it (p95 ≤ 50 ms, at least half the baseline's throughput: issue 25), then rendered fresh,
  // then searched for an inflected word without its Polish letters with every filter (phase, office,
  // sphere, territory, form, amount). The page of a competition with 4 tasks and 20 answered questions,
  // signed in, and what its browser side then asks for the reader (lib/competitions/viewer.ts).
  { name: "competitions-list", route: "/konkursy", target: { p95Ms: 50, minRpsShare: 1 / 2 } },
  { name: "competitions-list-uncached", route: "/konkursy", uncached: true, target: FRESH },
  {
    name: "competitions-search-uncached",
    route:
      "/konkursy?phase=open&office={office}&sphere=udpp-4-1-10&territory=1661&form=SUPPORT&amount=10+000&q=seniorow",
    uncached: true,
    target: FRESH,
  },
  { name: "competition-page", route: "/konkursy/bench-konkurs-nr-00001" },
  { name: "competition-page-signed-in", route: "/konkursy/bench-konkurs-nr-00001", signedIn: true, target: FRESH },
  {
    name: "competition-viewer-signed-in",
    route: "/api/competitions/bcp00000000000000001/viewer",
    signedIn: true,
    target: FRESH,
  },
  // The one search across the platform (issue 24) over all the national-scale data above: every module
  // searched at once for words in another form than in most organisations' names (thousands of them
  // in the national register), rendered fresh every time (p95 ≤ 100 ms).
  {
    name: "global-search",
    route: "/szukaj?q=stowarzyszenie+sportowe",
    uncached: true,
    target: { p95Ms: 100, minRpsShare: 1 / 3 },
  },
];
