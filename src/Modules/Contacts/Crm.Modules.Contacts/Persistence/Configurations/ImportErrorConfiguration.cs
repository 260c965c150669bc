using Crm.Modules.Contacts.Features.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Contacts.Persistence.Configurations;

internal sealed class ImportErrorConfiguration : IEntityTypeConfiguration<ImportError>
{
    public void Configure(EntityTypeBuilder<ImportError> builder)
    {
        builder.ToTable("import_errors");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Column).HasMaxLength(ImportError.ColumnMaxLength);
        builder.Property(e => e.Reason).HasMaxLength(ImportError.ReasonMaxLength);
        builder.Property(e => e.FrenchReason).HasMaxLength(ImportError.ReasonMaxLength);
        builder.HasIndex(e => new { e.ImportId, e.Line });
    }
}
