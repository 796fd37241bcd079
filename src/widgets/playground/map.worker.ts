// The playground's map (contours, greyed cells, arrows) and the descent paths on it, computed
// off the input path (useWorkerTask in Playground.tsx): a keystroke's frame then carries no
// sampling, contouring or descent, only drawing. After its first answer the worker warms its
// code up on variants of that request until the next request comes (warmUp.ts).
import { serveTask } from '~/widgets/kit/workerProtocol';
import { mapAnswer, type MapRequest } from './mapAnswer';
import { warmUp } from './warmUp';

/** Messages received so far (the warm-up stops at the first after the first). */
let received = 0;
addEventListener('message', () => void received++);

/** A pause before the warm-up, so that it does not compete with the page's own load. */
const WARM_UP_DELAY_MS = 300;

serveTask((request: MapRequest) => {
  const answer = mapAnswer(request);
  if (received === 1) {
    setTimeout(() => warmUp(request, () => received > 1), WARM_UP_DELAY_MS);
  }
  return answer;
});
