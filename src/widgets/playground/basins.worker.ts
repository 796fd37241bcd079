// The playground's basin map, computed off the input path (useWorkerTask in Playground.tsx).
import { serveTask } from '~/widgets/kit/workerProtocol';
import { basinMap } from './basinMap';

serveTask(basinMap);
