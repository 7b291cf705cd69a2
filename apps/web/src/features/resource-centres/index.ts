/** What other features may use of the resource-centre directory: the centre picker of their forms. */
export { ResourceCentrePicker } from './resource-centre-picker';
