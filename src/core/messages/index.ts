// The one message catalogue: every text Jalon shows, in French and English, one file per namespace (the pane, the
// findings, the command line...), each holding both languages side by side so that a translator sees them together
// and a third language is one more object per file. The core, the command line and the pane's i18next read it.
export { pane } from './pane';
export { cli } from './cli';
export { demo } from './demo';
export { fields } from './fields';
export { findings } from './findings';
export { host } from './host';
export { progress } from './progress';
export { publish } from './publish';
export { reading } from './reading';
export { rules } from './rules';
export { score } from './score';
export { fill, translate, translator, type Translate, type Vars } from './translate';
export type { MessageNamespace, Shape } from './shape';
