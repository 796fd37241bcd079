export { fitStandardScaler, standardize, unstandardize, standardScaler, type StandardScaler } from './standard-scaler';
export { fitMinMaxScaler, minMaxTransform, minMaxInverse, minMaxScaler, type MinMaxScaler } from './min-max-scaler';
