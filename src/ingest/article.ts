/** What the readers hand to the analysis: plain text plus whatever metadata the input carried. */
export interface ArticleInput {
  /** The path, URL or label as the user gave it. */
  input: string;
  /** Plain text to analyse: the scraped text as is, or the text extracted from HTML. */
  text: string;
  /** Metadata from the container (HTML meta tags, JSON fields, CSV columns), when known. */
  title?: string | null;
  byline?: string[];
  published?: string | null;
  url?: string | null;
  outlet?: string | null;
  /** Problems the reader recovered from (e.g. invalid UTF-8 replaced). */
  warnings?: string[];
}
