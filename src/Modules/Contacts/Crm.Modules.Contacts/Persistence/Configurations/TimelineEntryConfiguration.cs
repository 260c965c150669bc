using Crm.Modules.Contacts.Features.Timeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Contacts.Persistence.Configurations;

internal sealed class TimelineEntryConfiguration : IEntityTypeConfiguration<TimelineEntry>
{
    public void Configure(EntityTypeBuilder<TimelineEntry> builder)
    {
        builder.ToTable("timeline_entries");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Subject).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Kind).HasMaxLength(TimelineEntry.KindMaxLength);
        builder.Property(t => t.Detail).HasMaxLength(TimelineEntry.DetailMaxLength);
        builder.HasIndex(t => new { t.SubjectId, t.Subject, t.Id });
    }
}
