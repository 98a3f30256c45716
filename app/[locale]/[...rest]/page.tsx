import { notFound } from "next/navigation";

// Unknown addresses within a language get that language's not-found page.
export default function CatchAll() {
  notFound();
}
