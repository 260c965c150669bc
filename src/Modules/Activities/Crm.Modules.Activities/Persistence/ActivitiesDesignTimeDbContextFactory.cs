using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Crm.Modules.Activities.Persistence;

internal sealed class ActivitiesDesignTimeDbContextFactory : IDesignTimeDbContextFactory<ActivitiesDbContext>
{
    public ActivitiesDbContext CreateDbContext(string[] args) => new(DesignTimeDatabase.Options<ActivitiesDbContext>(args, ActivitiesModule.Schema));
}
