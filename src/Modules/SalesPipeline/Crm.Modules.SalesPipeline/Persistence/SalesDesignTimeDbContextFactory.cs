using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Crm.Modules.SalesPipeline.Persistence;

internal sealed class SalesDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SalesDbContext>
{
    public SalesDbContext CreateDbContext(string[] args) => new(DesignTimeDatabase.Options<SalesDbContext>(args, SalesPipelineModule.Schema));
}
