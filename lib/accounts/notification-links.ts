// Security notices concern the reader's own account: they lead to its settings.
import { linksFor, type LinkResolver } from "@/lib/notifications/links";

export const accountLinks: LinkResolver = async (refs, reader) =>
  linksFor(refs, new Map([[reader.id, reader]]), () => ({ pathname: "/account" }));
