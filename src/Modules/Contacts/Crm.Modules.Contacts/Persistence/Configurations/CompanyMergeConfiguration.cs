using Crm.Modules.Contacts.Domain.Merges;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Contacts.Persistence.Configurations;

internal sealed class CompanyMergeConfiguration : IEntityTypeConfiguration<CompanyMerge>
{
    public void Configure(EntityTypeBuilder<CompanyMerge> builder)
    {
        builder.ToTable("company_merges");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasConversion(id => id.Value, value => new MergeId(value)).ValueGeneratedNever();
        builder.Ignore(m => m.SourceIds);
        builder.Ignore(m => m.Moved);
        builder.Ignore(m => m.LinksBefore);
        builder.Ignore(m => m.Children);
        builder.PrimitiveCollection<List<Guid>>("_sourceIds").HasColumnName("source_ids");
        builder.ComplexCollection<List<MovedEntry>, MovedEntry>("_moved", moved => moved.ToJson("moved"));
        builder.ComplexCollection<List<MovedLink>, MovedLink>("_links", links => links.ToJson("links_before"));
        builder.ComplexCollection<List<MovedChild>, MovedChild>("_children", children => children.ToJson("children"));
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasIndex(m => m.TargetId);
        builder.Ignore(m => m.DomainEvents);
    }
}
