using Crm.Modules.Activities.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Activities.Persistence.Configurations;

internal sealed class ActivityTaskConfiguration : IEntityTypeConfiguration<ActivityTask>
{
    public void Configure(EntityTypeBuilder<ActivityTask> builder)
    {
        builder.ToTable("tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasConversion(id => id.Value, value => new ActivityTaskId(value)).ValueGeneratedNever();
        builder.Property(t => t.Title).HasMaxLength(TaskDetails.TitleMaxLength);
        builder.Property(t => t.Description).HasMaxLength(TaskDetails.DescriptionMaxLength);
        builder.Property(t => t.Priority).HasConversion<string>().HasMaxLength(8);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(12);
        builder.Property(t => t.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.RelatedType).HasMaxLength(16);
        builder.Property(t => t.Reminders).HasConversion(TaskRemindersColumn.Converter, TaskRemindersColumn.Comparer).HasMaxLength(1000);
        builder.Property(t => t.Checklist).HasConversion(TaskChecklistColumn.Converter, TaskChecklistColumn.Comparer);
        builder.Property(t => t.Recurrence).HasMaxLength(500);
        builder.Property(t => t.RecurrenceStartLocal).HasConversion(WallClockText.Converter).HasMaxLength(WallClockText.Length);
        builder.Ignore(t => t.Repeat);
        builder.Property(t => t.NextTaskId).HasConversion(id => id!.Value.Value, value => new ActivityTaskId(value));
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Ignore(t => t.DomainEvents);

        // "My open tasks" and "this deal's tasks", newest first.
        builder.HasIndex(t => new { t.AssigneeId, t.Status, t.Id });
        builder.HasIndex(t => new { t.RelatedType, t.RelatedId, t.Id });
    }
}
