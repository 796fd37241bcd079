import { activate, type ActivationId } from '../core/nn/activation';

/**
 * An SVG path for g(z) over z ∈ [−zMax, zMax] in a width × height box whose vertical range is
 * [yMin, yMax] (y up). Sampled finely enough that the kink of ReLU lands on a sample. Where
 * the curve leaves the box it is cut, not flattened (a clamped identity would look saturated).
 */
export function activationCurve(
  id: ActivationId,
  box: { width: number; height: number; zMax: number; yMin: number; yMax: number },
  samples = 120,
): string {
  const { width, height, zMax, yMin, yMax } = box;
  const px = (z: number): number => ((z + zMax) / (2 * zMax)) * width;
  const py = (v: number): number => height - ((v - yMin) / (yMax - yMin)) * height;
  const parts: string[] = [];
  let drawing = false;
  for (let k = 0; k <= samples; k++) {
    const z = -zMax + (2 * zMax * k) / samples;
    const v = activate(id, z);
    if (v < yMin || v > yMax) {
      drawing = false;
      continue;
    }
    parts.push(`${drawing ? 'L' : 'M'}${px(z).toFixed(2)},${py(v).toFixed(2)}`);
    drawing = true;
  }
  return parts.join('');
}
