/** The multi-start widget's worker: computes basin maps off the main thread. */
import { serveTask } from '~/widgets/kit/workerProtocol';
import { computeBasins } from './basinTask';

serveTask(computeBasins);
