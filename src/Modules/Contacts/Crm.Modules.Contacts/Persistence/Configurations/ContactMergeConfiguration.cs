using Crm.Modules.Contacts.Domain.Merges;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Contacts.Persistence.Configurations;

internal sealed class ContactMergeConfiguration : IEntityTypeConfiguration<ContactMerge>
{
    public void Configure(EntityTypeBuilder<ContactMerge> builder)
    {
        builder.ToTable("merges");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasConversion(id => id.Value, value => new MergeId(value)).ValueGeneratedNever();
        builder.Ignore(m => m.SourceIds);
        builder.Ignore(m => m.Moved);
        builder.PrimitiveCollection<List<Guid>>("_sourceIds").HasColumnName("source_ids");
        builder.ComplexCollection<List<MovedEntry>, MovedEntry>("_moved", moved =>
        {
            moved.ToJson("moved");
            // Named when only contacts were merged: the stored JSON keeps the name.
            moved.Property(m => m.FromId).HasJsonPropertyName("FromContactId");
        });
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasIndex(m => m.TargetId);
        builder.Ignore(m => m.DomainEvents);
    }
}
