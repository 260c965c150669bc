using Crm.Modules.Contacts.Features.Imports;
using Crm.Shared.Kernel.CustomFields;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Contacts.Persistence.Configurations;

internal sealed class RememberedMappingConfiguration : IEntityTypeConfiguration<RememberedMapping>
{
    public void Configure(EntityTypeBuilder<RememberedMapping> builder)
    {
        builder.ToTable("import_mappings");
        builder.HasKey(m => m.Signature);
        builder.Property(m => m.Signature).HasMaxLength(64);
        builder.Property(m => m.Policy).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.MatchKey).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.MatchCustomField).HasMaxLength(CustomFieldKey.MaxLength);
        builder.ComplexCollection(m => m.Columns, columns =>
        {
            columns.ToJson("columns");
            columns.Property(c => c.Field).HasConversion<string>();
        });
    }
}
