// The playground's map (contours, greyed cells, arrows) and the descent paths on it, computed
// off the input path (useWorkerTask in Playground.tsx): a keystroke's frame then carries no
// sampling, contouring or descent, only drawing.
import { serveTask } from '~/widgets/kit/workerProtocol';
import { mapAnswer } from './mapAnswer';

serveTask(mapAnswer);
