import weights from './weights.json' with { type: 'json' };
import { SchemeModel } from './scheme-model.js';
import type { ModelWeights } from './scheme-model.js';

/** The model trained from the corpus by `npm run train:detector`, bundled with the detector. */
export const DEFAULT_MODEL = new SchemeModel(weights as ModelWeights);
