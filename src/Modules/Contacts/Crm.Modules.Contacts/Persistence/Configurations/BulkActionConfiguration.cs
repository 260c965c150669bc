using Crm.Modules.Contacts.Domain.BulkActions;
using Crm.Modules.Contacts.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Contacts.Persistence.Configurations;

internal sealed class BulkActionConfiguration : IEntityTypeConfiguration<BulkAction>
{
    public void Configure(EntityTypeBuilder<BulkAction> builder)
    {
        builder.ToTable("bulk_actions");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).HasConversion(id => id.Value, value => new BulkActionId(value)).ValueGeneratedNever();
        builder.Property(b => b.Records).HasConversion<string>().HasMaxLength(16).HasDefaultValue(RecordKind.Contact).HasSentinel((RecordKind)(-1));
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.Field).HasMaxLength(60);
        builder.Property(b => b.Value).HasMaxLength(12_000);
        builder.Property(b => b.FailureReason).HasMaxLength(500);
        builder.ComplexProperty(b => b.Selection, selection =>
        {
            selection.ToJson("selection");
            selection.ComplexCollection(s => s.Filters);
            selection.PrimitiveCollection(s => s.RecordIds).HasJsonPropertyName("ContactIds");
        });
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.HasIndex(b => b.Status);
        builder.Ignore(b => b.IsFinished);
        builder.Ignore(b => b.DomainEvents);
    }
}
