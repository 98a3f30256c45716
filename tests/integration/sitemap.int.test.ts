import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { robotsTxtResponse, sitemapFileResponse, sitemapIndexResponse } from "@/lib/sitemap/handlers";
import { sectionFileCount, sectionPages } from "@/lib/sitemap/sections";
import { webManifestResponse } from "@/lib/settings/web-manifest";
import { publicDataChanged } from "@/lib/cache/public-data";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createForumCategory, createForumThread } from "@/tests/factories/forum";
import { createIdea } from "@/tests/factories/ideas";
import { createNewsArticle } from "@/tests/factories/news";
import { createInstanceSettings } from "@/tests/factories/settings";

const DAY = 24 * 3600 * 1000;
const origin = () => new URL(env().APP_URL).origin;
const text = async (response: Response) => {
  expect(response.status).toBe(200);
  return response.text();
};
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(origin(), ""));

async function publicAndPrivateContent() {
  const institution = await createInstitution({ name: "Urząd Miasta Opola" });
  const organisation = await createOrganisation({ name: "Fundacja Mapa" });
  const base = {
    institutionId: institution.id,
    kind: "DOCUMENT" as const,
    summary: "Opis.",
    startsAt: new Date(Date.now() - DAY),
    endsAt: new Date(Date.now() + 9 * DAY),
  };
  await db().consultation.create({
    data: {
      ...base,
      slug: "program-wspolpracy",
      title: "Program",
      status: "OPEN",
      publishedAt: new Date(Date.now() - DAY),
    },
  });
  await db().consultation.create({ data: { ...base, slug: "szkic-urzednika", title: "Szkic" } });
  const by = { institutionId: institution.id };
  await createNewsArticle(by, { slug: "dzien-wolontariusza", title: "Dzień" });
  await createNewsArticle(by, { slug: "jutro-rano", title: "Jutro", publishedAt: new Date(Date.now() + DAY) });
  await createNewsArticle(by, { slug: "czeka-na-moderacje", title: "Czeka", status: "PENDING" });
  const open = await createForumCategory({ slug: "ogolna", openToPublic: true });
  const closed = await createForumCategory({ slug: "dla-urzednikow", position: 2, access: "OFFICIALS" });
  const visible = await createForumThread(open.id, { title: "Widoczny" });
  const held = await createForumThread(open.id, { title: "Wstrzymany", heldAt: new Date() });
  const hidden = await createForumThread(closed.id, { title: "Dla urzędników" });
  await createIdea({ slug: "swietlica-dla-dzieci", title: "Świetlica" });
  await createIdea({ slug: "wpis-czeka-na-moderatora", visibility: "PENDING" });
  await createIdea({ slug: "wpis-ukryty", visibility: "HIDDEN" });
  return { institution, organisation, visible, held, hidden };
}

describe("sitemap.xml, robots.txt and the web manifest", () => {
  beforeAll(async () => {
    await createInstanceSettings();
  });

  it("lists every public page in all three languages and nothing a visitor cannot open", async () => {
    const content = await publicAndPrivateContent();
    publicDataChanged();
    const index = await text(await sitemapIndexResponse());
    const files = locs(index);
    expect(files).toEqual(
      expect.arrayContaining(["/sitemaps/pages.xml", "/sitemaps/organisations-0.xml", "/sitemaps/forum-threads-0.xml"]),
    );

    const all: string[] = [];
    let body = "";
    for (const file of files) {
      const xml = await text(await sitemapFileResponse(file.replace("/sitemaps/", "")));
      body += xml;
      all.push(...locs(xml));
    }
    expect(all).toEqual(
      expect.arrayContaining([
        "/",
        "/en",
        "/de",
        "/organizacje",
        "/en/organisations",
        "/de/organisationen",
        `/organizacje/${content.organisation.slug}`,
        `/en/organisations/${content.organisation.slug}`,
        `/de/behoerden/${content.institution.slug}`,
        "/konsultacje/program-wspolpracy",
        "/aktualnosci/dzien-wolontariusza",
        "/pomysly",
        "/pomysly/swietlica-dla-dzieci",
        "/de/ideen/swietlica-dla-dzieci",
        "/forum/kategorie/ogolna",
        `/forum/watki/${content.visible.id}`,
        `/de/forum/themen/${content.visible.id}`,
      ]),
    );
    for (const secret of [
      "szkic-urzednika",
      "jutro-rano",
      "czeka-na-moderacje",
      "wpis-czeka-na-moderatora",
      "wpis-ukryty",
      "dla-urzednikow",
      content.held.id,
      content.hidden.id,
    ]) {
      expect(all.filter((url) => url.includes(secret))).toEqual([]);
    }
    // Each page names its language versions, so a search engine shows the reader's own.
    expect(body).toContain(
      `<xhtml:link rel="alternate" hreflang="en" href="${origin()}/en/news/dzien-wolontariusza"/>`,
    );
    expect(body).toContain(
      `<xhtml:link rel="alternate" hreflang="x-default" href="${origin()}/aktualnosci/dzien-wolontariusza"/>`,
    );
  });

  it("cuts a large section into files and answers 404 for a file the index never named", async () => {
    const now = new Date();
    const organisations = await db().organisation.count();
    expect(organisations).toBeGreaterThan(0);
    expect(await sectionFileCount("organisations", now, 1)).toBe(organisations);
    const pages = await sectionPages("organisations", organisations - 1, now, 1);
    expect(pages).toHaveLength(1);
    expect(pages![0]!.versions.map((version) => version.locale)).toEqual(["pl", "en", "de"]);
    expect(await sectionPages("organisations", organisations, now, 1)).toBeNull();
    for (const name of ["organisations-99.xml", "users-0.xml", "organisations.xml", "../robots.txt"]) {
      expect((await sitemapFileResponse(name)).status).toBe(404);
    }
  });

  it("drops a page from the sitemap as soon as public data changes", async () => {
    const before = await text(await sitemapFileResponse("news-0.xml"));
    expect(before).toContain("/aktualnosci/dzien-wolontariusza");
    await db().newsArticle.update({ where: { slug: "dzien-wolontariusza" }, data: { status: "UNPUBLISHED" } });
    publicDataChanged();
    expect(await text(await sitemapFileResponse("news-0.xml"))).not.toContain("dzien-wolontariusza");
  });

  it("robots.txt names the sitemap at the instance's address and keeps crawlers out of private pages", async () => {
    const robots = await text(robotsTxtResponse());
    expect(robots).toContain(`Sitemap: ${origin()}/sitemap.xml`);
    for (const path of [
      "/api/",
      "/konto",
      "/en/account",
      "/moderacja/",
      "/de/verwaltung/",
      "/logowanie",
      "/en/notifications",
    ]) {
      expect(robots).toContain(`Disallow: ${path}\n`);
    }
    expect(robots).not.toMatch(/Disallow: \/(organizacje|konsultacje|kontakt)\n/);
  });

  it("the manifest names the instance in the requested language and points at the icons in public/", async () => {
    const response = await webManifestResponse(new Request("http://localhost/manifest.webmanifest?lang=en"));
    expect(response.headers.get("content-type")).toContain("application/manifest+json");
    const manifest = (await response.json()) as {
      name: string;
      lang: string;
      start_url: string;
      icons: { src: string }[];
    };
    expect(manifest).toMatchObject({ lang: "en", start_url: "/en" });
    expect(manifest.name.length).toBeGreaterThan(0);
    expect(manifest.icons.map((icon) => icon.src)).toEqual([
      "/icon.svg",
      "/icon-192.png",
      "/icon-512.png",
      "/icon-maskable-512.png",
    ]);
  });
});
