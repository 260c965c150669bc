using Crm.Modules.SalesPipeline.Domain.LostReasons;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.SalesPipeline.Persistence.Configurations;

internal sealed class LostReasonConfiguration : IEntityTypeConfiguration<LostReason>
{
    public void Configure(EntityTypeBuilder<LostReason> builder)
    {
        builder.ToTable("lost_reasons");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasConversion(id => id.Value, value => new LostReasonId(value)).ValueGeneratedNever();
        builder.Property(r => r.Name).HasMaxLength(LostReason.NameMaxLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.DomainEvents);
    }
}
