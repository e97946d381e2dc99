import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import type { Context } from '../context';
import type { ServiceExportService } from './data-export.service';
import { DataExport } from './data-export.type';

@Resolver(() => DataExport)
export class ServiceExportResolver {
  constructor(private readonly serviceExportService: ServiceExportService) {}

  @FieldResolver(() => JSONObjectResolver, {
    nullable: true,
    description:
      'The service section: tickets with their messages, returns with lines and progress, surveys (README "Data export"). Null only when the service subgraph cannot answer, with an error.',
  })
  service(@Root() dataExport: DataExport, @Ctx() ctx: Context) {
    return this.serviceExportService.section(ctx.actor, dataExport.customerId);
  }
}
