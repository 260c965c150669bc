using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Views;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Contacts.Persistence.Configurations;

internal sealed class SavedViewConfiguration : IEntityTypeConfiguration<SavedView>
{
    public void Configure(EntityTypeBuilder<SavedView> builder)
    {
        builder.ToTable("saved_views");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).HasConversion(id => id.Value, value => new SavedViewId(value)).ValueGeneratedNever();
        builder.Property(v => v.Records).HasConversion<string>().HasMaxLength(16).HasDefaultValue(RecordKind.Contact).HasSentinel((RecordKind)(-1));
        builder.Property(v => v.Name).HasMaxLength(SavedView.NameMaxLength);
        builder.Property(v => v.Search).HasMaxLength(SavedView.SearchMaxLength);
        builder.Property(v => v.Sort).HasMaxLength(SavedView.SortMaxLength);
        builder.Ignore(v => v.Filters);
        builder.ComplexCollection<List<StoredFilter>, StoredFilter>("_filters", filters => filters.ToJson("filters"));
        builder.Ignore(v => v.Columns);
        builder.PrimitiveCollection<List<string>>("_columns").HasColumnName("columns");
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.HasIndex(v => v.OwnerId);
        builder.HasIndex(v => v.SharedWithTeamId);
        builder.Ignore(v => v.DomainEvents);
    }
}
