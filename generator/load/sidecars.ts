/**
 * Where a model's sidecar files sit. Kept apart from the loader so that the cache and the watcher, which
 * only need the paths, do not load the parser and the validators (the unchanged-catalog run's start-up).
 */

/** AWS models are JSON (`*.normal.json`, `service-2.json`); shapegen models are YAML. */
export function isAwsJsonModel(file: string): boolean {
  return file.endsWith('.json');
}

/** Where an AWS `*.normal.json` model's `*.examples.json` and `*.paginators.json` sit (none for YAML). */
export function sidecarPaths(file: string): { examples: string; paginators: string } | undefined {
  if (!isAwsJsonModel(file)) return undefined;
  const stem = file.replace(/(\.normal)?\.json$/, '');
  return { examples: `${stem}.examples.json`, paginators: `${stem}.paginators.json` };
}
