using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Exports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Contacts.Persistence.Configurations;

internal sealed class ListExportConfiguration : IEntityTypeConfiguration<ListExport>
{
    public void Configure(EntityTypeBuilder<ListExport> builder)
    {
        builder.ToTable("exports");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasConversion(id => id.Value, value => new ExportId(value)).ValueGeneratedNever();
        // Exports recorded before companies could be exported were all of contacts.
        builder.Property(e => e.Records).HasConversion<string>().HasMaxLength(16).HasDefaultValue(RecordKind.Contact).HasSentinel((RecordKind)(-1));
        builder.Property(e => e.Format).HasMaxLength(16);
        builder.Property(e => e.Query).HasMaxLength(ListExport.QueryMaxLength);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasIndex(e => e.UserId);
        builder.Ignore(e => e.DomainEvents);
    }
}
