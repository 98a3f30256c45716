/** @jest-environment jsdom */
// The requesters' map adds a view; the list by place below it says the same
// in words (every place, its requests, who posted them), for every reader.
import { screen, within } from "@testing-library/react";
import { RequesterMapSection } from "@/components/partnerships/list/requester-map-section";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("next/navigation", () => ({
  ...jest.requireActual("next/navigation"),
  useRouter: () => ({ push: jest.fn() }),
}));

const seats = [
  {
    code: "1661011",
    name: "Opole",
    latitude: 50.679,
    longitude: 17.918,
    requests: [
      { slug: "kuchnia", title: "Kuchnia dla seniorów", author: "Fundacja Świetlic Wiejskich" },
      { slug: "sprzet", title: "Sprzęt dla ratowników", author: "Fundacja Świetlic Wiejskich" },
    ],
  },
  {
    code: "1609",
    name: "powiat opolski",
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
        bounds={[
          [50.1, 16.9],
          [51.1, 18.7],
        ]}
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
        bounds={[
          [50.1, 16.9],
          [51.1, 18.7],
        ]}
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

  it("says when nobody is looking for partners", () => {
    renderWithIntl(
      <RequesterMapSection seats={[]} bounds={null} placeHref={() => ""} tileUrl="" attribution="" />,
      "en",
    );
    expect(screen.queryByRole("region", { name: /Map of the seats/ })).toBeNull();
    expect(screen.getByText("There are no open requests at the moment.")).toBeInTheDocument();
  });
});
