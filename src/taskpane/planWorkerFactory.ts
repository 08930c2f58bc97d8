// The one place that names the worker's script, in the form webpack 5 bundles as a separate file.
// (Kept apart because jest cannot load `import.meta`; the DOM tests replace this module.)
export function createPlanWorker(): Worker {
  return new Worker(new URL('./plan.worker.ts', import.meta.url));
}
