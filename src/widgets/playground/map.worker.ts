// The playground's map (contours, greyed cells, arrows), computed off the input path
// (useWorkerTask in Playground.tsx): a keystroke's frame then carries no sampling or contouring.
import { serveTask } from '~/widgets/kit/workerProtocol';
import { mapGeometry } from './mapGeometry';

serveTask(mapGeometry);
