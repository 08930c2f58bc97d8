// jsdom has no Worker: the DOM tests replace the pane's worker factory with this one, which throws, so that the pane
// runs its plan pass inline (as it does where a browser refuses the worker). In a test file:
//   jest.mock('../../src/taskpane/planWorkerFactory', () => jest.requireActual('./noPlanWorker').noPlanWorker);
export const noPlanWorker = {
  createPlanWorker: (): never => {
    throw new Error('no worker in jsdom');
  },
};
