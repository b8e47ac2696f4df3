/** The npm packages the XML runtime (xml-parse.ts, xml-writer.ts) imports, as the generated package.json lists them. */
export const XML_DEPENDENCIES: Readonly<Record<string, string>> = {
  entities: '^7.0.1',
  htmlparser2: '^10.1.0',
};
