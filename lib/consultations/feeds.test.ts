import fc from "fast-check";
import { foldLine, icalFeed, icalText, rssFeed, type FeedItem } from "@/lib/consultations/feeds";

const item: FeedItem = {
  id: "c1",
  title: "Program współpracy <2027> & „więcej”",
  url: "https://ngo.example.org/konsultacje/program",
  summary: "Zapraszamy; uwagi, propozycje\nna nowej linii",
  organiser: "Urząd Marszałkowski",
  publishedAt: new Date("2026-11-20T08:00:00Z"),
  startsAt: new Date("2026-11-21T07:00:00Z"),
  endsAt: new Date("2026-12-05T22:59:00Z"),
  meetingAt: new Date("2026-11-28T09:00:00Z"),
  meetingPlace: "Sala 310, ul. Piastowska 14",
};

describe("rssFeed", () => {
  it("escapes what users wrote and names itself", () => {
    const feed = rssFeed(
      {
        title: "Konsultacje",
        url: "https://ngo.example.org/konsultacje",
        selfUrl: "https://ngo.example.org/api/consultations/rss",
        description: "Nowe",
        language: "pl",
      },
      [item],
    );
    expect(feed).toContain("<title>Program współpracy &lt;2027&gt; &amp; „więcej”</title>");
    expect(feed).toContain(
      '<atom:link href="https://ngo.example.org/api/consultations/rss" rel="self" type="application/rss+xml"/>',
    );
    expect(feed).toContain("<pubDate>Fri, 20 Nov 2026 08:00:00 GMT</pubDate>");
    expect(feed).not.toMatch(/<[^/a-z?!]/);
  });
});

describe("icalFeed", () => {
  const calendar = icalFeed(
    {
      name: "Konsultacje",
      host: "ngo.example.org",
      now: new Date("2026-11-27T00:00:00Z"),
      labels: { period: "Konsultacje", meeting: "Spotkanie" },
    },
    [item],
  );

  it("has the period and the meeting as events, in UTC, with CRLF lines", () => {
    const unfolded = calendar.replace(/\r\n /g, "");
    expect(unfolded).toContain("DTSTART:20261121T070000Z\r\nDTEND:20261205T225900Z");
    expect(unfolded).toContain("SUMMARY:Konsultacje: Program współpracy <2027> & „więcej”");
    expect(unfolded).toContain("LOCATION:Sala 310\\, ul. Piastowska 14");
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(calendar.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(calendar.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  });

  it("escapes text values", () => {
    expect(icalText("a;b,c\\d\ne")).toBe("a\\;b\\,c\\\\d\\ne");
  });

  it("never lets a lone carriage return or another control character break a line of the calendar", () => {
    // A lone CR ends a line for some calendar readers: what follows would become a property of its own.
    expect(icalText("title\rATTENDEE:mailto:x@example.org")).toBe("title\\nATTENDEE:mailto:x@example.org");
    expect(icalText("a\r\nb\n\rc")).toBe("a\\nb\\n\\nc");
    expect(icalText("tab\tstays\u0000\u001b\u007fgone")).toBe("tab\tstaysgone");
    const hostile = icalFeed(
      {
        name: "Konsultacje",
        host: "ngo.example.org",
        now: new Date("2026-11-27T00:00:00Z"),
        labels: { period: "Konsultacje", meeting: "Spotkanie" },
      },
      [{ ...item, title: "A\rB", organiser: "Urząd\r\nEND:VCALENDAR" }],
    );
    expect(hostile.split("\r\n").every((line) => !line.includes("\r") && !line.includes("\n"))).toBe(true);
    expect(hostile.match(/^END:VCALENDAR\r?$/gm)).toHaveLength(1);
  });

  it("folds any line into at most 75 octets without losing or splitting a character", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: "grapheme" }), (text) => {
        const folded = foldLine(`SUMMARY:${text}`);
        const lines = folded.split("\r\n");
        return (
          lines.every((line) => new TextEncoder().encode(line).length <= 75) &&
          lines.map((line, i) => (i === 0 ? line : line.slice(1))).join("") === `SUMMARY:${text}`
        );
      }),
    );
  });
});
