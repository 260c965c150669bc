using Crm.Modules.Contacts.Domain.Exports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Contacts.Persistence.Configurations;

internal sealed class ContactExportConfiguration : IEntityTypeConfiguration<ContactExport>
{
    public void Configure(EntityTypeBuilder<ContactExport> builder)
    {
        builder.ToTable("exports");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasConversion(id => id.Value, value => new ExportId(value)).ValueGeneratedNever();
        builder.Property(e => e.Format).HasMaxLength(16);
        builder.Property(e => e.Query).HasMaxLength(ContactExport.QueryMaxLength);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasIndex(e => e.UserId);
        builder.Ignore(e => e.DomainEvents);
    }
}
