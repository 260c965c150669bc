using Crm.Shared.Kernel.CustomFields;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Shared.Infrastructure.CustomFields;

public sealed class CustomFieldDefinitionConfiguration : IEntityTypeConfiguration<CustomFieldDefinition>
{
    public void Configure(EntityTypeBuilder<CustomFieldDefinition> builder)
    {
        builder.ToTable("custom_fields");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).HasConversion(id => id.Value, value => new CustomFieldId(value)).ValueGeneratedNever();
        builder.Property(f => f.Entity).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Key).HasMaxLength(CustomFieldKey.MaxLength);
        builder.Property(f => f.Label).HasMaxLength(CustomFieldDefinition.LabelMaxLength);
        builder.Property(f => f.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Currency).HasMaxLength(3);
        builder.Ignore(f => f.Options);
        builder.ComplexCollection<List<CustomFieldOption>, CustomFieldOption>("_options", options => options.ToJson("options"));
        builder.HasIndex(f => new { f.Entity, f.Key }).IsUnique();
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.Ignore(f => f.HasOptions);
        builder.Ignore(f => f.CanBeUnique);
        builder.Ignore(f => f.DomainEvents);
    }
}
