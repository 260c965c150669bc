using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Crm.Modules.Identity.Persistence;

internal sealed class IdentityDesignTimeDbContextFactory : IDesignTimeDbContextFactory<IdentityModuleDbContext>
{
    public IdentityModuleDbContext CreateDbContext(string[] args) => new(DesignTimeDatabase.Options<IdentityModuleDbContext>(args, IdentityModule.Schema));
}
