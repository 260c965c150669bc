using Crm.Modules.SalesPipeline.Domain.Subscriptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.SalesPipeline.Persistence.Configurations;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.ToTable("subscriptions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(Subscription.NameMaxLength);
        builder.Property(s => s.Currency).HasMaxLength(3);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(8);
        builder.Property(s => s.ChurnReason).HasMaxLength(Subscription.ReasonMaxLength);
        builder.Ignore(s => s.Mrr);
        builder.Ignore(s => s.Arr);
        builder.HasIndex(s => s.DealId);
        builder.HasIndex(s => s.CompanyId);

        // The schedule looks for active terms nearing or past their end.
        builder.HasIndex(s => new { s.Status, s.EndDate });
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.DomainEvents);
    }
}
