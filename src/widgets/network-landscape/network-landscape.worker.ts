/** The network-landscape widget's Web Worker (see train-in-chunks.ts). */
import { serveTask } from '~/widgets/kit/workerProtocol';
import { trainInChunks } from './train-in-chunks';

serveTask(trainInChunks);
