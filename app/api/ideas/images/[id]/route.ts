export { downloadIdeaImage as GET } from "@/lib/ideas/file-handlers";
