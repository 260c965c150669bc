using Crm.Modules.Contacts.Domain.DuplicateScans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Contacts.Persistence.Configurations;

internal sealed class DuplicateScanConfiguration : IEntityTypeConfiguration<DuplicateScan>
{
    public void Configure(EntityTypeBuilder<DuplicateScan> builder)
    {
        builder.ToTable("duplicate_scans");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasConversion(id => id.Value, value => new DuplicateScanId(value)).ValueGeneratedNever();
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Phase).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.FailureReason).HasMaxLength(500);
        builder.Property(s => s.Version).IsConcurrencyToken();
        // One scan waits or runs at a time, even when two are asked for at the same instant.
        builder.HasIndex(s => s.Status).IsUnique().HasFilter("status IN ('Queued', 'Running')").HasDatabaseName("ux_duplicate_scans_pending");
        builder.Ignore(s => s.IsFinished);
        builder.Ignore(s => s.DomainEvents);
    }
}
