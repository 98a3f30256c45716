import { deadlinesCalendar, type CompetitionFeedItem } from "@/lib/competitions/feeds";
import { readCompetitionsApiQuery } from "@/lib/competitions/open-data";

const item: CompetitionFeedItem = {
  id: "k1",
  title: "Konkurs; seniorzy, wolontariat i bardzo długi tytuł, który nie mieści się w jednej linii kalendarza",
  url: "https://example.org/konkursy/k1",
  summary: "",
  office: "Urząd Marszałkowski",
  publishedAt: new Date("2027-03-01T08:00:00Z"),
  // 16:00 on 31 March 2027 in Warsaw (summer time since the 28th).
  offersDeadline: new Date("2027-03-31T14:00:00Z"),
};

describe("the deadlines calendar", () => {
  const ics = deadlinesCalendar(
    { name: "Terminy", host: "example.org", now: new Date("2027-03-02T10:00:00Z"), label: "Termin składania ofert" },
    [item],
  );

  it("puts each deadline as a UTC instant with no end, under a UID that survives an extension", () => {
    expect(ics).toContain("DTSTART:20270331T140000Z\r\n");
    expect(ics).not.toContain("DTEND");
    expect(ics).toContain("UID:competition-deadline-k1@example.org");
  });

  it("escapes text and folds lines at 75 octets without splitting a character", () => {
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain("SUMMARY:Termin składania ofert: Konkurs\\; seniorzy\\, wolontariat");
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});

describe("the open data API's parameters", () => {
  const read = (query: string) => readCompetitionsApiQuery(new URL(`https://x/api/v1/competitions${query}`));

  it("takes the list's filters and paging", () => {
    expect(read("?phase=decided&form=SUPPORT&amount=20000&page=2&limit=10")).toEqual({
      query: { phase: "decided", form: "SUPPORT", amount: 20000, page: 2, limit: 10 },
    });
  });

  it("names every wrong or unknown parameter rather than widening the search", () => {
    expect(read("?phase=soon&limit=1000&sfera=10")).toEqual({ invalid: ["phase", "limit", "sfera"] });
  });
});
