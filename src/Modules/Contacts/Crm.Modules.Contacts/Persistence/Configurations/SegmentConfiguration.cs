using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.Segments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Contacts.Persistence.Configurations;

internal sealed class SegmentConfiguration : IEntityTypeConfiguration<Segment>
{
    public void Configure(EntityTypeBuilder<Segment> builder)
    {
        builder.ToTable("segments");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasConversion(id => id.Value, value => new SegmentId(value)).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(Segment.NameMaxLength);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Search).HasMaxLength(Segment.SearchMaxLength);
        builder.Ignore(s => s.Filters);
        builder.ComplexCollection<List<StoredFilter>, StoredFilter>("_filters", filters => filters.ToJson("filters"));
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.DomainEvents);
    }
}

internal sealed class SegmentMemberConfiguration : IEntityTypeConfiguration<SegmentMember>
{
    public void Configure(EntityTypeBuilder<SegmentMember> builder)
    {
        builder.ToTable("segment_members");
        builder.Property(m => m.SegmentId).HasConversion(id => id.Value, value => new SegmentId(value));
        builder.Property(m => m.ContactId).HasConversion(id => id.Value, value => new ContactId(value));
        builder.HasKey(m => new { m.SegmentId, m.ContactId });
        builder.HasOne<Segment>().WithMany().HasForeignKey(m => m.SegmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Contact>().WithMany().HasForeignKey(m => m.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.ContactId);
    }
}
