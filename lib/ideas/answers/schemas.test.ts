import { slugFromAddress } from "@/lib/ideas/answers/schemas";

describe("the entry a merge names", () => {
  it("is the last part of its address, or the slug itself", () => {
    expect(slugFromAddress("https://ngo.example.org/pomysly/wspolny-kalendarz/?x=1#odpowiedzi")).toBe(
      "wspolny-kalendarz",
    );
    expect(slugFromAddress(" wspolny-kalendarz ")).toBe("wspolny-kalendarz");
    expect(slugFromAddress("/en/ideas/%C5%BCak")).toBe("żak");
  });

  it("is nothing for an address that is not valid percent-encoding, instead of an error", () => {
    expect(slugFromAddress("/pomysly/%E0%A4%A")).toBe("");
  });
});
