using Crm.Modules.SalesPipeline.Domain.Quotas;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.SalesPipeline.Persistence.Configurations;

internal sealed class QuotaConfiguration : IEntityTypeConfiguration<Quota>
{
    public void Configure(EntityTypeBuilder<Quota> builder)
    {
        builder.ToTable("quotas");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).HasConversion(id => id.Value, value => new QuotaId(value)).ValueGeneratedNever();
        builder.Property(q => q.Currency).HasMaxLength(3);
        builder.Ignore(q => q.Amount);
        builder.Ignore(q => q.Period);
        builder.Property(q => q.Version).IsConcurrencyToken();
        builder.Ignore(q => q.DomainEvents);

        // One quota per user per month; a forecast reads a range of months, for some users or for all.
        builder.HasIndex(q => new { q.UserId, q.Month }).IsUnique();
        builder.HasIndex(q => q.Month);
    }
}
