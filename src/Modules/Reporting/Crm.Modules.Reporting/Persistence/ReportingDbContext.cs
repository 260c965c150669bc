using Crm.Modules.Reporting.ContactsCreated;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Reporting.Persistence;

internal sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options) : ModuleDbContext(options, ReportingModule.Schema)
{
    public DbSet<DailyContactsCreated> DailyContactsCreated => Set<DailyContactsCreated>();
}
