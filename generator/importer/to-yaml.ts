/** Model -> YAML text, the form `shapegen import` writes and `schema/voiceid.yaml` is committed in. */
import { stringify } from 'yaml';
import type { Model } from '../model/types.js';

export function modelToYaml(model: Model, importedFrom: string): string {
  const header =
    `# shapegen model of ${model.metadata.serviceFullName} (${model.metadata.apiVersion}).\n` +
    `# Imported from ${importedFrom} by \`shapegen import\`; re-import rather than edit by hand.\n`;
  // lineWidth 0: never fold long documentation strings, so a one-word change is a one-line diff.
  return header + stringify(model, { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false });
}
