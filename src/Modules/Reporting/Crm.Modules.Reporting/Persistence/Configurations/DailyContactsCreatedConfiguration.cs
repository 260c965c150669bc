using Crm.Modules.Reporting.ContactsCreated;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Reporting.Persistence.Configurations;

internal sealed class DailyContactsCreatedConfiguration : IEntityTypeConfiguration<DailyContactsCreated>
{
    public void Configure(EntityTypeBuilder<DailyContactsCreated> builder)
    {
        builder.ToTable("daily_contacts_created");
        builder.HasKey(d => d.Day);
    }
}
