using System.Globalization;
using Crm.Modules.Activities.Domain.Appointments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Activities.Persistence.Configurations;

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.ToTable("appointments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasConversion(id => id.Value, value => new AppointmentId(value)).ValueGeneratedNever();
        builder.Property(a => a.Title).HasMaxLength(AppointmentDetails.TitleMaxLength);
        builder.Property(a => a.Description).HasMaxLength(AppointmentDetails.DescriptionMaxLength);
        builder.Property(a => a.Location).HasMaxLength(AppointmentDetails.LocationMaxLength);
        builder.Property(a => a.VideoLink).HasMaxLength(AppointmentDetails.VideoLinkMaxLength);
        builder.Property(a => a.RelatedType).HasMaxLength(16);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(12);
        builder.Property(a => a.TimeZone).HasMaxLength(64);
        builder.Property(a => a.Recurrence).HasMaxLength(500);

        builder.Property(a => a.StartLocal).HasConversion(WallClockText.Converter).HasMaxLength(WallClockText.Length);
        builder.Property(a => a.EndLocal).HasConversion(WallClockText.Converter).HasMaxLength(WallClockText.Length);
        builder.Property(a => a.Exceptions)
            .HasConversion(
                v => string.Join(',', v.Select(WallClockText.ToText)),
                v => v.Length == 0 ? new List<DateTime>() : v.Split(',', StringSplitOptions.None).Select(WallClockText.FromText).ToList(),
                new ValueComparer<List<DateTime>>((a, b) => a!.SequenceEqual(b!), v => v.Count, v => v.ToList()));
        builder.Property(a => a.ReminderMinutes)
            .HasConversion(
                v => string.Join(',', v),
                v => v.Length == 0 ? new List<int>() : v.Split(',', StringSplitOptions.None).Select(m => int.Parse(m, CultureInfo.InvariantCulture)).ToList(),
                new ValueComparer<List<int>>((a, b) => a!.SequenceEqual(b!), v => v.Count, v => v.ToList()))
            .HasMaxLength(100);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.DomainEvents);
        builder.Ignore(a => a.Schedule);

        builder.HasMany(a => a.Attendees).WithOne().HasForeignKey(a => a.AppointmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Attendees).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(a => new { a.RelatedType, a.RelatedId, a.StartUtc });
        builder.HasIndex(a => a.NextHeldAtUtc);
    }
}

internal sealed class AppointmentAttendeeConfiguration : IEntityTypeConfiguration<AppointmentAttendee>
{
    public void Configure(EntityTypeBuilder<AppointmentAttendee> builder)
    {
        builder.ToTable("appointment_attendees");
        builder.Property(a => a.AppointmentId).HasConversion(id => id.Value, value => new AppointmentId(value));
        builder.HasKey(a => new { a.AppointmentId, a.Kind, a.AttendeeId });
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(8);
        builder.Property(a => a.AttendeeId).ValueGeneratedNever();
        builder.Property(a => a.Response).HasConversion<string>().HasMaxLength(12);

        // A person's calendar over a range: one-off appointments by start, series apart (they are few). The columns the
        // calendar filters on and reads are carried in the index (INCLUDE, PostgreSQL and SQL Server), so the read never
        // visits the table: one row per attendee per page of the table otherwise, and at 2M activities PostgreSQL chose
        // a parallel plan for it whose workers' start cost more than the read (ADR 25, tests/Crm.Benchmarks agenda).
        var calendar = builder.HasIndex(a => new { a.AttendeeId, a.Recurring, a.StartUtc });
        NpgsqlIndexBuilderExtensions.IncludeProperties(calendar, a => new { a.EndUtc, a.SeriesEndUtc, a.Cancelled, a.AppointmentId, a.Response });
        SqlServerIndexBuilderExtensions.IncludeProperties(calendar, a => new { a.EndUtc, a.SeriesEndUtc, a.Cancelled, a.AppointmentId, a.Response });
    }
}
