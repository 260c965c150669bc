using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Crm.Modules.Reporting.Persistence;

internal sealed class ReportingDesignTimeDbContextFactory : IDesignTimeDbContextFactory<ReportingDbContext>
{
    public ReportingDbContext CreateDbContext(string[] args) => new(DesignTimeDatabase.Options<ReportingDbContext>(args, ReportingModule.Schema));
}
