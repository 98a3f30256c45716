import { uploadAttachment } from "@/lib/consultations/attachment-handlers";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Context): Promise<Response> {
  return uploadAttachment(request, (await params).id);
}
