using Crm.Modules.Contacts.Domain.Imports;
using Crm.Shared.Kernel.CustomFields;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Contacts.Persistence.Configurations;

internal sealed class ContactImportConfiguration : IEntityTypeConfiguration<ContactImport>
{
    public void Configure(EntityTypeBuilder<ContactImport> builder)
    {
        builder.ToTable("imports");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasConversion(id => id.Value, value => new ImportId(value)).ValueGeneratedNever();
        builder.Property(i => i.FileName).HasMaxLength(ContactImport.FileNameMaxLength);
        builder.Property(i => i.Format).HasMaxLength(16);
        builder.Property(i => i.Encoding).HasMaxLength(32);
        builder.Property(i => i.Delimiter).HasMaxLength(4);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Policy).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.MatchKey).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.MatchCustomField).HasMaxLength(CustomFieldKey.MaxLength);
        builder.Property(i => i.Failure).HasMaxLength(ContactImport.FailureMaxLength);
        builder.Ignore(i => i.Headers);
        builder.Ignore(i => i.Columns);
        builder.Ignore(i => i.VisibleOwnerIds);
        builder.Ignore(i => i.Counts);
        builder.PrimitiveCollection<List<string>>("_headers").HasColumnName("headers");
        builder.PrimitiveCollection<List<Guid>>("_visibleOwnerIds").HasColumnName("visible_owner_ids");
        builder.ComplexCollection<List<ColumnMapping>, ColumnMapping>("_columns", columns =>
        {
            columns.ToJson("columns");
            columns.Property(c => c.Field).HasConversion<string>();
        });
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => i.Status);
        builder.HasIndex(i => i.CreatedBy);
        builder.Ignore(i => i.DomainEvents);
    }
}
