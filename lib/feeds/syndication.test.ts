/**
 * @jest-environment jsdom
 */
import fc from "fast-check";
import { atomFeed, rssFeed, type FeedEntry } from "@/lib/feeds/syndication";

const channel = {
  title: "Aktualności – Platforma <NGO> & JST",
  url: "https://ngo.example.org/aktualnosci",
  selfUrl: "https://ngo.example.org/api/news/atom?sphere=kultura&locale=pl",
  description: "Wiadomości",
  language: "pl",
};
const entry: FeedEntry = {
  url: "https://ngo.example.org/aktualnosci/nabor-2027",
  title: "Nabór <2027> & „więcej”",
  summary: "Zajawka ze <script>alert(1)</script> i znakiem \u0001 sterującym",
  author: "Fundacja „Razem” & Co",
  publishedAt: new Date("2026-11-20T08:00:00Z"),
  categories: ["Kultura, sztuka"],
};

function parse(text: string): Document {
  const doc = new DOMParser().parseFromString(text, "application/xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
}

describe("rssFeed", () => {
  it("is well-formed RSS 2.0 with the entry's fields, escaped", () => {
    const doc = parse(rssFeed(channel, [entry]));
    expect(doc.documentElement.getAttribute("version")).toBe("2.0");
    const item = doc.getElementsByTagName("item")[0]!;
    expect(item.getElementsByTagName("title")[0]!.textContent).toBe(entry.title);
    expect(item.getElementsByTagName("guid")[0]!.textContent).toBe(entry.url);
    expect(item.getElementsByTagName("pubDate")[0]!.textContent).toBe("Fri, 20 Nov 2026 08:00:00 GMT");
    expect(item.getElementsByTagName("dc:creator")[0]!.textContent).toBe(entry.author);
    expect(item.getElementsByTagName("category")[0]!.textContent).toBe("Kultura, sztuka");
    expect(item.getElementsByTagName("description")[0]!.textContent).toBe(
      "Zajawka ze <script>alert(1)</script> i znakiem  sterującym",
    );
  });
});

describe("atomFeed", () => {
  it("is well-formed Atom with the ids, dates and links RFC 4287 requires", () => {
    const doc = parse(
      atomFeed(channel, [entry, { ...entry, url: `${entry.url}-2`, publishedAt: new Date("2026-11-25T10:00:00Z") }]),
    );
    const feed = doc.documentElement;
    expect(feed.namespaceURI).toBe("http://www.w3.org/2005/Atom");
    expect(feed.getElementsByTagName("id")[0]!.textContent).toBe(channel.selfUrl);
    expect(feed.getElementsByTagName("updated")[0]!.textContent).toBe("2026-11-25T10:00:00.000Z");
    const entries = feed.getElementsByTagName("entry");
    expect(entries).toHaveLength(2);
    for (const element of Array.from(entries)) {
      for (const required of ["id", "title", "updated", "author", "link", "summary"])
        expect(element.getElementsByTagName(required).length).toBeGreaterThan(0);
    }
    expect(entries[0]!.getElementsByTagName("link")[0]!.getAttribute("href")).toBe(entry.url);
    expect(feed.querySelector('link[rel="self"]')!.getAttribute("href")).toBe(channel.selfUrl);
  });

  it("stays well-formed whatever people write", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (title, summary, author) => {
        for (const text of [
          rssFeed(channel, [{ ...entry, title, summary, author }]),
          atomFeed(channel, [{ ...entry, title, summary, author }]),
        ]) {
          const doc = new DOMParser().parseFromString(text, "application/xml");
          if (doc.getElementsByTagName("parsererror").length > 0) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
