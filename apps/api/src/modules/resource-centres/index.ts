/** What other features may use of the resource-centre directory. */
export { ResourceCentresModule } from './resource-centres.module';
export { ResourceCentresRepository } from './resource-centres.repository';
