using Crm.Modules.Activities.Domain.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Activities.Persistence.Configurations;

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.ToTable("reminders");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.SubjectType).HasMaxLength(ReminderSubjects.MaxLength);
        builder.Property(r => r.Title).HasMaxLength(Reminder.TitleMaxLength);

        // The dispatcher's question: unfired rows due by now, soonest first.
        builder.HasIndex(r => new { r.FiredAtUtc, r.DueAtUtc });

        // A subject's reminders, replaced when it changes.
        builder.HasIndex(r => new { r.SubjectType, r.SubjectId });
    }
}
