/** @jest-environment jsdom */
// The requesters' map adds a view; the list by place below it says the same
// in words (every place, its requests, who posted them), for every reader.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { RequesterMapSection } from "@/components/partnerships/list/requester-map-section";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

const push = jest.fn();
jest.mock("next/navigation", () => ({
  ...jest.requireActual("next/navigation"),
  useRouter: () => ({ push }),
}));

const seats = [
  {
    code: "1661011",
    name: "Opole",
    kind: "URBAN_GMINA" as const,
    latitude: 50.679,
    longitude: 17.918,
    requests: [
      { slug: "kuchnia", title: "Kuchnia dla seniorów", author: "Fundacja Świetlic Wiejskich" },
      { slug: "sprzet", title: "Sprzęt dla ratowników", author: "Fundacja Świetlic Wiejskich" },
    ],
  },
  {
    code: "1609",
    name: "opolski",
    kind: "POWIAT" as const,
    latitude: null,
    longitude: null,
    requests: [{ slug: "szkolenia", title: "Szkolenia dla sołtysów", author: "Starostwo Powiatowe w Opolu" }],
  },
];

describe("the requesters' map", () => {
  it("lists every place with its requests, and names the places the map cannot show", async () => {
    const { container } = renderWithIntl(
      <RequesterMapSection
        seats={seats}
        placeHref={(code) => `/partnerstwa/mapa#place-${code}`}
        tileUrl="https://tiles.example.org/{z}/{x}/{y}.png"
        attribution="© OpenStreetMap"
      />,
    );
    expect(screen.getByRole("region", { name: "Mapa siedzib zgłaszających otwarte zapytania" })).toBeInTheDocument();
    expect(container).toHaveTextContent("Jedno miejsce nie ma punktu na mapie (powiat opolski)");
    const list = screen.getByRole("heading", { name: "Zgłaszający według miejsca" }).nextElementSibling as HTMLElement;
    const opole = within(list).getByRole("heading", { name: "Opole (2 zapytania)" }).closest("li")!;
    expect(opole).toHaveAttribute("id", "place-1661011");
    expect(within(opole).getByRole("link", { name: "Kuchnia dla seniorów" })).toHaveAttribute(
      "href",
      "/partnerstwa/kuchnia",
    );
    expect(opole).toHaveTextContent("Sprzęt dla ratowników – Fundacja Świetlic Wiejskich");
    expect(within(list).getByRole("heading", { name: "powiat opolski (1 zapytanie)" })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("names each marker by its place, and each request there by its title and who posted it", async () => {
    renderWithIntl(
      <RequesterMapSection
        seats={seats}
        placeHref={(code) => `/en/partnerships/map#place-${code}`}
        tileUrl="https://tiles.example.org/{z}/{x}/{y}.png"
        attribution="© OpenStreetMap"
      />,
      "en",
    );
    const marker = await screen.findByRole("button", { name: /^Opole: 2 requests/ });
    expect(marker).toHaveAccessibleName(
      "Opole: 2 requests – “Kuchnia dla seniorów” (Fundacja Świetlic Wiejskich); “Sprzęt dla ratowników” (Fundacja Świetlic Wiejskich)",
    );
  });

  it("says a voivodeship and a powiat in the reader's language, the register's name marked as Polish", async () => {
    const region = {
      code: "16",
      name: "OPOLSKIE",
      kind: "VOIVODESHIP" as const,
      latitude: 50.6,
      longitude: 17.9,
      requests: [{ slug: "wakacje", title: "Bezpieczne wakacje", author: "Urząd Marszałkowski" }],
    };
    const { container } = renderWithIntl(
      <RequesterMapSection
        seats={[region, seats[1]!]}
        placeHref={(code) => `/de/partnerschaften/karte#place-${code}`}
        tileUrl="https://tiles.example.org/{z}/{x}/{y}.png"
        attribution="© OpenStreetMap"
      />,
      "de",
    );
    const heading = screen.getByRole("heading", { name: "Woiwodschaft Opolskie (1 Anfrage)" });
    expect(within(heading).getByText("Opolskie")).toHaveAttribute("lang", "pl");
    expect(heading).not.toHaveAttribute("lang");
    expect(screen.getByRole("heading", { name: "Powiat opolski (1 Anfrage)" })).toBeInTheDocument();
    expect(container).toHaveTextContent("Ein Ort hat keinen Punkt auf der Karte (Powiat opolski)");
    expect(await screen.findByRole("button", { name: /^Woiwodschaft Opolskie: 1 Anfrage/ })).toBeInTheDocument();
  });

  describe("on a map with a size (jsdom lays nothing out by itself)", () => {
    const sizes = ["clientWidth", "clientHeight"] as const;
    const original = sizes.map((name) => Object.getOwnPropertyDescriptor(Element.prototype, name));
    beforeAll(() =>
      sizes.forEach((name, i) =>
        Object.defineProperty(Element.prototype, name, { configurable: true, get: () => [800, 450][i] }),
      ),
    );
    afterAll(() => sizes.forEach((name, i) => Object.defineProperty(Element.prototype, name, original[i]!)));

    // An office of the voivodeship sits at its gminas' middle, a few kilometres from Opole: here, at the same point.
    const crowded = [
      seats[0]!,
      {
        code: "16",
        name: "OPOLSKIE",
        kind: "VOIVODESHIP" as const,
        latitude: 50.679,
        longitude: 17.918,
        requests: [{ slug: "wakacje", title: "Bezpieczne wakacje", author: "Urząd Marszałkowski" }],
      },
    ];
    const renderMap = () =>
      renderWithIntl(
        <RequesterMapSection
          seats={crowded}
          placeHref={(code) => `/#place-${code}`}
          tileUrl="https://tiles.example.org/{z}/{x}/{y}.png"
          attribution="© OpenStreetMap"
        />,
      );
    const position = (element: HTMLElement) => element.style.transform || `${element.style.left} ${element.style.top}`;

    it("draws markers at the same place side by side, not one over the other", async () => {
      renderMap();
      const opole = await screen.findByRole("button", { name: /^Opole: 2 zapytania/ });
      const region = screen.getByRole("button", { name: /^województwo opolskie: 1 zapytanie/ });
      expect(position(opole)).not.toBe("");
      expect(position(opole)).not.toBe(position(region));
    });

    it("fits the first view to the markers' places, not to the whole region", async () => {
      renderWithIntl(
        <RequesterMapSection
          seats={[seats[0]!]}
          placeHref={(code) => `/#place-${code}`}
          tileUrl="https://tiles.example.org/{z}/{x}/{y}.png"
          attribution="© OpenStreetMap"
        />,
      );
      // One place: the middle of the 800 × 450 map (the region's middle is some kilometres south-west of Opole).
      const opole = await screen.findByRole("button", { name: /^Opole: 2 zapytania/ });
      expect(position(opole)).toBe("400px 225px");
    });

    it("moves the focus to the place's entry in the list when a marker is opened by keyboard", async () => {
      push.mockReset();
      const scrollIntoView = jest.fn();
      Element.prototype.scrollIntoView = scrollIntoView;
      renderMap();
      const marker = await screen.findByRole("button", { name: /^województwo opolskie: 1 zapytanie/ });
      marker.focus();
      fireEvent.keyPress(marker, { key: "Enter", code: "Enter", charCode: 13 });
      const entry = screen.getByRole("heading", { name: "województwo opolskie (1 zapytanie)" }).closest("li");
      expect(entry).toHaveFocus();
      // Its top at the top of the window, not only its first line at the bottom of it.
      expect(scrollIntoView.mock.contexts).toEqual([entry]);
      expect(scrollIntoView).toHaveBeenCalledWith({ block: "start" });
      expect(window.location.hash).toBe("#place-16");
      expect(push).not.toHaveBeenCalled();
    });

    it("says so when the map's background cannot be loaded, and points to the list", async () => {
      const { container } = renderMap();
      await screen.findByRole("button", { name: /^Opole: 2 zapytania/ });
      const tiles = container.querySelectorAll("img.leaflet-tile");
      expect(tiles.length).toBeGreaterThan(0);
      expect(screen.getByRole("status")).toBeEmptyDOMElement();
      tiles.forEach((tile) => fireEvent.error(tile));
      await waitFor(() =>
        expect(screen.getByRole("status")).toHaveTextContent(
          "Nie udało się wczytać tła mapy. Znaczniki nadal działają, a te same miejsca są na liście na tej stronie.",
        ),
      );
    });
  });

  it("says when nobody is looking for partners", () => {
    renderWithIntl(<RequesterMapSection seats={[]} placeHref={() => ""} tileUrl="" attribution="" />, "en");
    expect(screen.queryByRole("region", { name: /Map of the seats/ })).toBeNull();
    expect(screen.getByText("There are no open requests at the moment.")).toBeInTheDocument();
  });
});
