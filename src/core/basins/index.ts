/** Basins of attraction on the catalogue surfaces, computed in row chunks. */
export {
  basinChunk,
  basinRowChunks,
  BASIN_DIVERGED,
  BASIN_STALLED,
  BASIN_SADDLE,
  BASIN_MAXIMUM,
  BASIN_ELSEWHERE,
  type BasinChunk,
  type BasinOptions,
  type BasinSurface,
} from './basins';
